package kz.ecase.offences;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.ecase.offences.domain.MciTable;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.WorkingCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The offences module's settings: law that changes by year is configuration, not code.
 *
 * @param mci the MCI in tenge per year ({@code ecase.offences.mci.2026=4325})
 * @param appealTerm how long after the decision an appeal may be filed
 * @param discountWorkingDays working days after the protocol for the 50 % discounted payment
 * @param voluntaryPaymentTerm how long after entry into force before enforcement
 * @param holidays public holidays that are days off every year, as {@code MM-DD}
 * @param extraDaysOff days off of particular years (moveable feasts, transfers)
 * @param workingWeekendDays weekend days declared working days by a transfer
 * @param zone the time zone in which terms are counted
 */
@ConfigurationProperties("ecase.offences")
public record OffencesProperties(
    Map<Integer, Long> mci,
    @DefaultValue("10d") Period appealTerm,
    @DefaultValue("7") int discountWorkingDays,
    @DefaultValue("30d") Period voluntaryPaymentTerm,
    @DefaultValue({
          "01-01", "01-02", "03-08", "03-21", "03-22", "03-23", "05-01", "05-07", "05-09", "07-06",
          "08-30", "10-25", "12-16"
        })
        List<String> holidays,
    @DefaultValue("") List<LocalDate> extraDaysOff,
    @DefaultValue("") List<LocalDate> workingWeekendDays,
    @DefaultValue("Asia/Almaty") ZoneId zone) {

  public OffencesProperties {
    mci = mci == null ? Map.of() : Map.copyOf(mci);
    extraDaysOff = datesOnly(extraDaysOff);
    workingWeekendDays = datesOnly(workingWeekendDays);
  }

  /** An empty setting binds as a list holding {@code null}. */
  private static List<LocalDate> datesOnly(List<LocalDate> dates) {
    return dates == null ? List.of() : dates.stream().filter(Objects::nonNull).toList();
  }

  MciTable mciTable() {
    return new MciTable(mci);
  }

  ProcedureTerms terms() {
    Set<MonthDay> days = new HashSet<>();
    holidays.forEach(day -> days.add(MonthDay.parse("--" + day.strip())));
    return new ProcedureTerms(
        appealTerm,
        discountWorkingDays,
        voluntaryPaymentTerm,
        new WorkingCalendar(days, Set.copyOf(extraDaysOff), Set.copyOf(workingWeekendDays)),
        zone);
  }
}
