package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WantedListTest {

  SyntheticPeople people = new SyntheticPeople();
  WantedList wantedList = new WantedList(people.population);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void aboutOneInTwoHundredAged14IsWantedByAPoliceDepartment() {
    List<String> departments = Region.ALL.stream().map(Region::policeDepartment).toList();
    int wanted = 0;
    for (Person person : people.peopleAged(14, 20_000)) {
      WantedList.WantedStatus status = wantedList.statusOf(person);
      if (status.wanted()) {
        wanted++;
        assertThat(status.since())
            .as(people.seed())
            .isBetween(person.firstDayAged(14, today.minusYears(5)), today);
        assertThat(status.initiator()).isIn(departments);
      } else {
        assertThat(status.since()).isNull();
        assertThat(status.initiator()).isNull();
      }
    }
    assertThat(wanted).as(people.seed()).isBetween(60, 150);
  }

  @Test
  void childrenUnder14AreNotWanted() {
    for (Person person : people.people(3_000)) {
      if (!person.hasTurned(14, today)) {
        assertThat(wantedList.statusOf(person).wanted()).isFalse();
      }
    }
  }
}
