/**
 * Shared UI chrome: layout and navigation, each role's workspace (the start page after sign-in),
 * error pages and the language switch (Kazakh, Russian, English). Screens of a bounded context live
 * in that context's module.
 */
@ApplicationModule(displayName = "Web")
package kz.ecase.web;

import org.springframework.modulith.ApplicationModule;
