package kz.ecase.procedure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working days, from configuration: the public holidays that are days off every year (Law of the
 * Republic of Kazakhstan "On holidays", article 1 and 2; the moveable Kurban Ait and the
 * government's transfers of days off go into {@code extraDaysOff} each year, {@code
 * ECASE_EXTRA_DAYS_OFF}).
 *
 * @param holidays days off every year, as {@code MM-DD}; unset: {@link
 *     ProcedureCalendar#KAZAKHSTAN_HOLIDAYS}
 * @param extraDaysOff days off of particular years
 * @param workingWeekendDays weekend days declared working days by a transfer
 */
@ConfigurationProperties("ecase.procedure.calendar")
record CalendarProperties(
    List<String> holidays,
    @DefaultValue("") List<LocalDate> extraDaysOff,
    @DefaultValue("") List<LocalDate> workingWeekendDays) {

  CalendarProperties {
    holidays = holidays == null ? null : holidays.stream().filter(Objects::nonNull).toList();
    extraDaysOff = datesOnly(extraDaysOff);
    workingWeekendDays = datesOnly(workingWeekendDays);
  }

  /** An empty setting binds as a list holding {@code null}. */
  private static List<LocalDate> datesOnly(List<LocalDate> dates) {
    return dates == null ? List.of() : dates.stream().filter(Objects::nonNull).toList();
  }

  WorkingCalendar workingCalendar() {
    Set<MonthDay> days =
        holidays == null
            ? ProcedureCalendar.KAZAKHSTAN_HOLIDAYS
            : holidays.stream()
                .filter(day -> !day.isBlank())
                .map(day -> MonthDay.parse("--" + day.strip()))
                .collect(Collectors.toSet());
    return new WorkingCalendar(days, Set.copyOf(extraDaysOff), Set.copyOf(workingWeekendDays));
  }
}
