package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import kz.ecase.procedure.ProcedureCalendar;

/**
 * The terms of administrative proceedings, from configuration (defaults from DOMAIN.md), counted on
 * the procedure kernel's calendar.
 *
 * @param appealTerm how long after the decision an appeal may be filed (10 days)
 * @param discountWorkingDays within how many working days after the protocol the discounted payment
 *     may be made (7)
 * @param voluntaryPaymentTerm how long after entry into force the fine may be paid before the
 *     decision goes to enforcement (30 days)
 * @param calendar the kernel's calendar: the zone dates are counted in, working days and holidays
 */
public record ProcedureTerms(
    Period appealTerm,
    int discountWorkingDays,
    Period voluntaryPaymentTerm,
    ProcedureCalendar calendar) {

  /** The defaults of DOMAIN.md. */
  public static ProcedureTerms defaults() {
    return new ProcedureTerms(
        Period.ofDays(10), 7, Period.ofDays(30), ProcedureCalendar.kazakhstan());
  }

  /** The time zone in which dates are counted. */
  public ZoneId zone() {
    return calendar.zone();
  }

  /** The last day of the discounted payment for a protocol registered on {@code registeredOn}. */
  public LocalDate discountDeadline(LocalDate registeredOn) {
    return calendar.plusWorkingDays(registeredOn, discountWorkingDays);
  }

  /** The last day to appeal a decision served on {@code servedOn}. */
  public LocalDate appealDeadline(LocalDate servedOn) {
    return servedOn.plus(appealTerm);
  }

  /** The day an unappealed decision served on {@code servedOn} enters into force. */
  public LocalDate entryIntoForce(LocalDate servedOn) {
    return appealDeadline(servedOn).plusDays(1);
  }

  /** The last day of voluntary payment of a decision in force since {@code inForceOn}. */
  public LocalDate voluntaryPaymentDeadline(LocalDate inForceOn) {
    return inForceOn.plus(voluntaryPaymentTerm);
  }
}
