package kz.ecase.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Set;

/**
 * The one calendar of ecase: the time zone in which dates of procedure are counted and pages show
 * times ({@code ECASE_TIME_ZONE}), and which days are working days ({@code
 * ecase.procedure.calendar.*}). Terms of every procedure and every page use this one.
 *
 * @param zone where dates are counted (all of Kazakhstan is UTC+5)
 * @param workingDays working days and days off
 */
public record ProcedureCalendar(ZoneId zone, WorkingCalendar workingDays) {

  /**
   * Kazakhstan's public holidays that are days off every year (Law "On holidays in the Republic of
   * Kazakhstan", check each year; Kurban Ait and the government's transfers of days off are
   * configured per year).
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

  /** Kazakhstan's calendar with no per-year days off: what ecase ships with. */
  public static ProcedureCalendar kazakhstan() {
    return new ProcedureCalendar(
        ZoneId.of("Asia/Almaty"), new WorkingCalendar(KAZAKHSTAN_HOLIDAYS, Set.of(), Set.of()));
  }

  /** The date, in the procedure's zone, of an instant. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.isWorkingDay(date);
  }

  /** The {@code days}-th working day after {@code date} (the date itself not counted). */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    return workingDays.plusWorkingDays(date, days);
  }
}
