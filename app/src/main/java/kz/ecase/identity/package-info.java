/**
 * Identity: units and their jurisdiction, user accounts and roles, form login and bearer tokens
 * (ecase's own or an external OpenID Connect provider's), lock-out after wrong passwords, and the
 * one decision every module asks before it shows or changes a record: {@link
 * kz.ecase.identity.Authorization}.
 */
@ApplicationModule(displayName = "Identity")
package kz.ecase.identity;

import org.springframework.modulith.ApplicationModule;
