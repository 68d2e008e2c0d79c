package kz.ecase.procedure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Which days count as working days for terms counted in working days (the 7-day discount): Monday
 * to Friday, except the public holidays that are days off and the extra days off the government
 * moves each year; a weekend day declared a working day counts.
 *
 * @param holidays public holidays that are days off every year (configuration)
 * @param extraDaysOff further days off of particular years (transfers, moveable feasts)
 * @param workingWeekendDays weekend days declared working days by a transfer
 */
public record WorkingCalendar(
    Set<MonthDay> holidays, Set<LocalDate> extraDaysOff, Set<LocalDate> workingWeekendDays) {

  public WorkingCalendar {
    holidays = Set.copyOf(holidays);
    extraDaysOff = Set.copyOf(extraDaysOff);
    workingWeekendDays = Set.copyOf(workingWeekendDays);
  }

  public boolean isWorkingDay(LocalDate date) {
    if (workingWeekendDays.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && !holidays.contains(MonthDay.from(date))
        && !extraDaysOff.contains(date);
  }

  /** The {@code days}-th working day after {@code date} (the date itself not counted). */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    LocalDate day = date;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
