/** The rules of criminal procedure in plain Java: no Spring, no SQL, no HTTP, no system clock. */
package kz.ecase.investigations.domain;
