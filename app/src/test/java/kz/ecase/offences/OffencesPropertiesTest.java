package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.procedure.ProcedureCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings bind as application.yml writes them, with DOMAIN.md's defaults. */
class OffencesPropertiesTest {

  @Test
  void mciPerYearAndTermsBindFromConfiguration() {
    OffencesProperties properties =
        bind(
            Map.of(
                "ecase.offences.mci.2025", "3932",
                "ecase.offences.mci.2026", "4325",
                "ecase.offences.appeal-term", "10d"));

    assertThat(properties.mci()).containsEntry(2026, 4325L).containsEntry(2025, 3932L);
    assertThat(properties.mciTable().tengeOn(LocalDate.of(2026, 3, 1))).isEqualTo(4325);
    ProcedureTerms terms = properties.terms(ProcedureCalendar.kazakhstan());
    assertThat(terms.appealTerm()).isEqualTo(Period.ofDays(10));
    assertThat(terms.discountWorkingDays()).isEqualTo(7);
    assertThat(terms.voluntaryPaymentTerm()).isEqualTo(Period.ofDays(30));
    assertThat(terms.zone().getId()).isEqualTo("Asia/Almaty");
  }

  @Test
  void theShippedApplicationYmlBinds() throws java.io.IOException {
    var sources =
        new org.springframework.boot.env.YamlPropertySourceLoader()
            .load(
                "application.yml",
                new org.springframework.core.io.ClassPathResource("application.yml"));
    var environment = new org.springframework.core.env.StandardEnvironment();
    sources.forEach(environment.getPropertySources()::addLast);
    OffencesProperties properties =
        Binder.get(environment).bindOrCreate("ecase.offences", OffencesProperties.class);

    assertThat(properties.mci())
        .containsEntry(2023, 3450L)
        .containsEntry(2024, 3692L)
        .containsEntry(2025, 3932L)
        .containsEntry(2026, 4325L);
    assertThat(properties.terms(ProcedureCalendar.kazakhstan()))
        .isEqualTo(ProcedureTerms.defaults());
  }

  private static OffencesProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("ecase.offences", OffencesProperties.class);
  }
}
