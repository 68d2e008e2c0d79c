/**
 * Investigations: the e-criminal case. The register of crime reports (book of incident records →
 * Unified Register of Pre-trial Investigations, ERDR): reports received, then registered with a
 * 15-digit number and a qualification by the Criminal Code, refused, transferred or passed to
 * administrative proceedings, each a signed act; the duty prosecutor's on-line check of every such
 * decision (confirm, return with remarks, annul an illegal refusal); delivery and detention of
 * persons with live clocks against the limits of the law; and the duty prosecutor's reception of
 * citizens. Built on the procedure kernel; every act in the ledger.
 */
@ApplicationModule(
    displayName = "Investigations",
    allowedDependencies = {
      "documents",
      "identity",
      "kernel",
      "ledger",
      "persons",
      "platform",
      "procedure",
      "signing",
      "web"
    })
package kz.ecase.investigations;

import org.springframework.modulith.ApplicationModule;
