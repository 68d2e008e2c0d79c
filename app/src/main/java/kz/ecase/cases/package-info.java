/**
 * Criminal cases: the pre-trial investigation that an ERDR registration starts. Its form and term
 * (law values with validity dates), its participants (each by IIN through the person look-up), its
 * procedural documents rendered from templates in the language of the proceedings and signed by
 * their authors, approvals that go straight to the one approver the law names, the term sweep's
 * alerts, and the case's way to court. Every step a signed act in the ledger through the procedure
 * kernel; nothing is edited: a correction is a new version, a new qualification a new act.
 */
@ApplicationModule(
    displayName = "Criminal cases",
    allowedDependencies = {
      "documents",
      "identity",
      "investigations",
      "investigations :: domain",
      "kernel",
      "ledger",
      "notifications",
      "persons",
      "platform",
      "procedure",
      "signing",
      "web"
    })
package kz.ecase.cases;

import org.springframework.modulith.ApplicationModule;
