package kz.ecase.offences.enforcement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import kz.ecase.offences.enforcement.EnforcementOutbox.Referral;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What went to enforcement in the caller's jurisdiction and how it stands: for those who oversee a
 * jurisdiction's records (heads of unit, supervising prosecutors).
 */
@RestController
@RequestMapping("/api/offences/enforcement")
@Validated
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class EnforcementController {

  private final EnforcementOverview overview;

  EnforcementController(EnforcementOverview overview) {
    this.overview = overview;
  }

  @GetMapping
  @Operation(
      summary =
          "Protocols sent to enforcement (AIS BEP) in the caller's jurisdiction, newest first",
      description =
          "Heads of unit and supervising prosecutors. status: SENT (waiting for AIS BEP),"
              + " FAILING (the last attempt failed; retried), ACKNOWLEDGED (a case is open),"
              + " EXECUTED (collected: the protocol is paid), RETURNED (sent back, with the"
              + " reason); all when absent.")
  List<Referral> referrals(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return overview.referrals(status, limit);
  }

  @GetMapping("/counts")
  @Operation(
      summary = "How many referrals of the caller's jurisdiction stand in each status",
      description = "Heads of unit and supervising prosecutors; every status is listed.")
  Map<EnforcementStatus, Long> counts() {
    return overview.counts();
  }
}
