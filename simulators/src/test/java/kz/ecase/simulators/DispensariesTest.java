package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DispensariesTest {

  SyntheticPeople people = new SyntheticPeople();
  Dispensaries dispensaries = new Dispensaries(people.population);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void aboutThreePercentAreUnderNarcologicalObservationSinceAge14() {
    int registered = 0;
    for (Person person : people.peopleAged(14, 8_000)) {
      Dispensaries.NarcologyFile file = dispensaries.narcologyFileOf(person);
      assertThat(file.iin()).isEqualTo(person.iin());
      if (file.registered()) {
        registered++;
        assertThat(file.since()).as(people.seed()).isBetween(person.birthday(14), today);
        assertThat(file.group()).as(people.seed()).matches("F1[0-9]\\.[0-9] .+");
      } else {
        assertThat(file.since()).isNull();
        assertThat(file.group()).isNull();
      }
    }
    assertThat(registered).as(people.seed()).isBetween(160, 330);
  }

  @Test
  void aboutThreePercentAreUnderPsychiatricObservationSinceAge3() {
    int registered = 0;
    for (Person person : people.peopleAged(3, 8_000)) {
      Dispensaries.PsychiatryFile file = dispensaries.psychiatryFileOf(person);
      if (file.registered()) {
        registered++;
        assertThat(file.since()).as(people.seed()).isBetween(person.birthday(3), today);
      } else {
        assertThat(file.since()).isNull();
      }
    }
    assertThat(registered).as(people.seed()).isBetween(160, 330);
  }

  @Test
  void childrenAreUnderNoNarcologicalObservation() {
    for (Person person : people.people(3_000)) {
      if (!person.hasTurned(14, today)) {
        assertThat(dispensaries.narcologyFileOf(person).registered()).isFalse();
      }
    }
  }
}
