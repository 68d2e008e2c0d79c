package kz.ecase.offences.enforcement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.enforcement.EnforcementOutbox.Referral;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
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

  private final EnforcementOutbox outbox;
  private final CurrentUsers currentUsers;

  EnforcementController(EnforcementOutbox outbox, CurrentUsers currentUsers) {
    this.outbox = outbox;
    this.currentUsers = currentUsers;
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
    CurrentUser user = currentUsers.current();
    if (!user.role().allows(Action.VIEW_RECORD) || !user.role().allows(Action.VIEW_STATISTICS)) {
      throw new AccessDeniedException("Only those who oversee a jurisdiction see its enforcement");
    }
    return outbox.referrals(user.unit().value(), parse(status), limit);
  }

  private static EnforcementStatus parse(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return EnforcementStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "One of " + Arrays.toString(EnforcementStatus.values()));
    }
  }
}
