/**
 * Procedure kernel: what every procedure of ecase shares, so that SRAP (offences) and the
 * e-criminal case (investigations) declare only their own states, steps and documents. A procedural
 * step recorded as an act (its document, its signature, its ledger entry and its event row in one
 * transaction, refused when another step of the same record got there first); gap-free register
 * numbers per unit and year; the one working-day calendar and time zone; law values with validity
 * dates, sources and a confirmed flag; one transactional outbox engine (claim with a lease, retries
 * with back-off, give-up, once per idempotency key) for messages to external systems; and staff
 * alerts, kept as facts. The ledger knows nothing of procedure: this module writes to it.
 */
@ApplicationModule(
    displayName = "Procedure kernel",
    allowedDependencies = {
      "documents",
      "identity",
      "kernel",
      "ledger",
      "platform",
      "signing",
      "web"
    })
package kz.ecase.procedure;

import org.springframework.modulith.ApplicationModule;
