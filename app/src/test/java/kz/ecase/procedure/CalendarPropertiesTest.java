package kz.ecase.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The one working-day calendar binds from configuration, with Kazakhstan's holidays by default. */
class CalendarPropertiesTest {

  @Test
  void holidaysDefaultToKazakhstansAndExtraDaysOffAreDates() {
    WorkingCalendar calendar =
        bind(Map.of("ecase.procedure.calendar.extra-days-off", "2026-05-27,2026-01-05"))
            .workingCalendar();

    assertThat(calendar.holidays()).isEqualTo(ProcedureCalendar.KAZAKHSTAN_HOLIDAYS);
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 26))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 16))).isFalse();
  }

  @Test
  void anEmptySettingMeansNoExtraDaysOff() {
    assertThat(bind(Map.of("ecase.procedure.calendar.extra-days-off", "")).extraDaysOff())
        .isEmpty();
  }

  @Test
  void theShippedApplicationYmlGivesKazakhstansCalendar() throws java.io.IOException {
    var environment = new StandardEnvironment();
    new YamlPropertySourceLoader()
        .load("application.yml", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);
    CalendarProperties properties =
        Binder.get(environment).bindOrCreate("ecase.procedure.calendar", CalendarProperties.class);

    assertThat(properties.workingCalendar())
        .isEqualTo(ProcedureCalendar.kazakhstan().workingDays());
  }

  private static CalendarProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("ecase.procedure.calendar", CalendarProperties.class);
  }
}
