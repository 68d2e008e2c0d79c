package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class AdminOffencesTest {

  SyntheticPeople people = new SyntheticPeople();
  AdminOffences offences = new AdminOffences(people.population);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void aboutAQuarterOfThoseAged16HaveOffencesInTheLastThreeYears() {
    int offenders = 0;
    for (Person person : people.peopleAged(16, 4_000)) {
      AdminOffences.OffenceRecord record = offences.recordOf(person);
      if (!record.offences().isEmpty()) {
        offenders++;
      }
      assertThat(record.offences())
          .as(people.seed())
          .hasSizeLessThanOrEqualTo(4)
          .isSortedAccordingTo(Comparator.comparing(AdminOffences.Offence::date))
          .allSatisfy(
              offence -> {
                assertThat(offence.date())
                    .isBetween(person.firstDayAged(16, today.minusYears(3)), today);
                assertThat(offence.article()).matches("(592|596|608|610|613|434)-[0-9]");
                assertThat(offence.fineMci()).isPositive();
                assertThat(offence.protocolNumber()).matches("[0-9]{15}");
              });
    }
    assertThat(offenders).as(people.seed()).isBetween(880, 1_120);
  }

  @Test
  void aboutHalfOfTheOffencesArePaid() {
    long paid = 0;
    long all = 0;
    for (Person person : people.peopleAged(16, 4_000)) {
      for (AdminOffences.Offence offence : offences.offencesOf(person)) {
        all++;
        paid += offence.paid() ? 1 : 0;
      }
    }
    assertThat((double) paid / all).as(people.seed()).isBetween(0.48, 0.62);
  }

  @Test
  void nobodyUnder16HasOffences() {
    for (Person person : people.people(3_000)) {
      if (!person.hasTurned(16, today)) {
        assertThat(offences.offencesOf(person)).isEmpty();
      }
    }
  }
}
