/**
 * Shared kernel: value types used by every module ({@code Iin}, {@code UnitCode}). Validation of
 * their form lives here; business rules never do.
 */
@ApplicationModule(displayName = "Kernel", type = ApplicationModule.Type.OPEN)
package kz.ecase.kernel;

import org.springframework.modulith.ApplicationModule;
