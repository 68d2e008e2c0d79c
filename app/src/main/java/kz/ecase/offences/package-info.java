/**
 * Offences: SRAP (the single register of administrative proceedings). The catalogue of articles of
 * the Code of Administrative Offences with their fines in MCI, each value sourced and flagged when
 * unconfirmed, in versions with an effective-from date; the fine computation (MCI of the offence
 * year, the 50 % discount for payment within 7 working days, repeat-offence escalation); and the
 * protocol's life from draft through registration, service, decision, appeal and entry into force
 * to payment, enforcement or cancellation, as an explicit state machine. Protocols are registered
 * (numbered, rendered to PDF, signed by the officer, recorded in the ledger) in one transaction and
 * never change; their status is that of their latest event.
 */
@ApplicationModule(
    displayName = "Offences",
    allowedDependencies = {
      "documents",
      "identity",
      "kernel",
      "ledger",
      "notifications",
      "persons",
      "platform",
      "procedure",
      "signing",
      "web"
    })
package kz.ecase.offences;

import org.springframework.modulith.ApplicationModule;
