package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

/**
 * The terms of administrative proceedings, from configuration (defaults from DOMAIN.md).
 *
 * @param appealTerm how long after the decision an appeal may be filed (10 days)
 * @param discountWorkingDays within how many working days after the protocol the discounted payment
 *     may be made (7)
 * @param voluntaryPaymentTerm how long after entry into force the fine may be paid before the
 *     decision goes to enforcement (30 days)
 * @param calendar working days and holidays
 * @param zone the time zone in which dates are counted (Kazakhstan)
 */
public record ProcedureTerms(
    Period appealTerm,
    int discountWorkingDays,
    Period voluntaryPaymentTerm,
    WorkingCalendar calendar,
    ZoneId zone) {

  /**
   * Kazakhstan's public holidays that are days off (check against the Law on holidays; Kurban Ait
   * and government transfers of days off go in {@code extraDaysOff} each year).
   */
  public static final Set<MonthDay> KAZAKHSTAN_HOLIDAYS =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(1, 2),
          MonthDay.of(3, 8),
          MonthDay.of(3, 21),
          MonthDay.of(3, 22),
          MonthDay.of(3, 23),
          MonthDay.of(5, 1),
          MonthDay.of(5, 7),
          MonthDay.of(5, 9),
          MonthDay.of(7, 6),
          MonthDay.of(8, 30),
          MonthDay.of(10, 25),
          MonthDay.of(12, 16));

  /** The defaults of DOMAIN.md. */
  public static ProcedureTerms defaults() {
    return new ProcedureTerms(
        Period.ofDays(10),
        7,
        Period.ofDays(30),
        new WorkingCalendar(KAZAKHSTAN_HOLIDAYS, Set.of(), Set.of()),
        ZoneId.of("Asia/Almaty"));
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
