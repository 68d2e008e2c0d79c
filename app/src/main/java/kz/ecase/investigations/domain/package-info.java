/**
 * The rules of criminal procedure in plain Java: no Spring, no SQL, no HTTP, no system clock. Named
 * so that the criminal cases of {@code kz.ecase.cases} share its catalogue, gravity and forms.
 */
@NamedInterface("domain")
package kz.ecase.investigations.domain;

import org.springframework.modulith.NamedInterface;
