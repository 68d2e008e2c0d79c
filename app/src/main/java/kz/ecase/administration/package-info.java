/**
 * Administration: what an administrator changes in identity (creates accounts and units, disables,
 * re-enables and moves accounts, resets signing keys, maps external identities to local accounts),
 * each change an act signed with the administrator's signing PIN, kept with its signature and
 * recorded in the ledger ({@code identity.<PastTense>}) in the change's transaction. An
 * administrator cannot change their own account (role, unit, status, key).
 */
@ApplicationModule(
    displayName = "Administration",
    allowedDependencies = {"identity", "kernel", "ledger", "platform", "signing", "web"})
package kz.ecase.administration;

import org.springframework.modulith.ApplicationModule;
