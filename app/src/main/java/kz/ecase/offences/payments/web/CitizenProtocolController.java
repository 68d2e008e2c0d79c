package kz.ecase.offences.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.payments.CitizenProtocols;
import kz.ecase.offences.payments.CitizenProtocols.PersonProtocol;
import kz.ecase.offences.payments.CitizenProtocols.StartedPayment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The citizen's own protocols: what is due now and until when, and paying through the provider. An
 * appeal is a step of the protocol: {@code POST /api/offences/protocols/{id}/events} with {@code
 * APPEAL} and its grounds.
 */
@RestController
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class CitizenProtocolController {

  /** Where the provider's pay page sends the person back; the portal's page when absent. */
  record PaymentRequest(String returnUrl) {}

  private final CitizenProtocols citizenProtocols;
  private final CurrentUsers currentUsers;

  CitizenProtocolController(CitizenProtocols citizenProtocols, CurrentUsers currentUsers) {
    this.citizenProtocols = citizenProtocols;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/offences/my-protocols")
  @Operation(summary = "The citizen's protocols: status, amount due now, deadlines; audited")
  List<PersonProtocol> mine() {
    return citizenProtocols.mine(currentUsers.current());
  }

  @GetMapping("/api/offences/my-protocols/{id}")
  @Operation(summary = "One of the citizen's protocols; audited")
  PersonProtocol one(@PathVariable String id) {
    return citizenProtocols.one(currentUsers.current(), id);
  }

  @PostMapping("/api/offences/my-protocols/{id}/payments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start paying what is due now: the provider's pay URL to send the person to",
      description = "409 payment-not-possible when the protocol takes no payment now (appealed…)")
  StartedPayment pay(@PathVariable String id, @RequestBody(required = false) PaymentRequest body) {
    String returnUrl = body == null || body.returnUrl() == null ? "" : body.returnUrl().strip();
    if (returnUrl.isEmpty()) {
      returnUrl =
          ServletUriComponentsBuilder.fromCurrentContextPath()
              .path("/offences/my-protocols")
              .toUriString();
    }
    return citizenProtocols.pay(currentUsers.current(), id, returnUrl);
  }
}
