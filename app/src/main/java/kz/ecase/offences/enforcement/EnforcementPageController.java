package kz.ecase.offences.enforcement;

import java.util.Locale;
import java.util.Map;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of what went to enforcement in the jurisdiction: a bar per status, then the referrals
 * (of the picked status), with what AIS BEP answered and what is being retried.
 */
@Controller
class EnforcementPageController {

  private static final int SHOWN = 200;

  private final EnforcementOverview overview;

  EnforcementPageController(EnforcementOverview overview) {
    this.overview = overview;
  }

  @GetMapping("/offences/enforcement")
  @PreAuthorize("hasAnyRole('HEAD_OF_UNIT', 'SUPERVISING_PROSECUTOR')")
  String page(@RequestParam(required = false) String status, Model model) {
    Map<EnforcementStatus, Long> counts = overview.counts();
    model.addAttribute("counts", counts);
    model.addAttribute(
        "most", Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1)));
    model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
    try {
      model.addAttribute("referrals", overview.referrals(status, SHOWN));
      // valid once the referrals were found: the status's name, for the heading
      model.addAttribute(
          "picked",
          status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT));
    } catch (InvalidInputException e) {
      model.addAttribute("statusError", "enforcement.status-invalid");
      model.addAttribute("referrals", overview.referrals(null, SHOWN));
      model.addAttribute("picked", null);
    }
    model.addAttribute("shown", SHOWN);
    return "offences/enforcement";
  }
}
