/** The rules of the pre-trial investigation in plain Java: no Spring, no SQL, no HTTP, no clock. */
package kz.ecase.cases.domain;
