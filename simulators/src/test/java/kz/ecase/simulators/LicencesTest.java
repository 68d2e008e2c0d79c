package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LicencesTest {

  SyntheticPeople people = new SyntheticPeople();
  AdminOffences offences = new AdminOffences(people.population);
  Licences licences = new Licences(people.population, offences);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void aboutHalfOfAdultsOver30HoldALicence() {
    long holders =
        people.peopleAged(30, 4_000).stream()
            .filter(person -> !licences.recordOf(person).licences().isEmpty())
            .count();

    assertThat(holders).as(people.seed()).isBetween(2_000L, 2_400L);
  }

  @Test
  void minorsHaveNoLicence() {
    for (Person person : people.people(4_000)) {
      if (!person.hasTurned(18, today)) {
        assertThat(licences.recordOf(person).licences()).as(people.seed()).isEmpty();
      }
    }
  }

  @Test
  void aLicenceIsIssuedToAnAdultForTenYearsAndItsStatusFitsItsDates() {
    for (Person person : people.peopleAged(18, 4_000)) {
      for (Licences.Licence licence : licences.recordOf(person).licences()) {
        assertThat(licence.issued()).as(people.seed()).isBetween(person.birthday(18), today);
        assertThat(licence.expires()).isEqualTo(licence.issued().plusYears(10));
        assertThat(licence.number()).matches("[A-Z]{2}[0-9]{6}");
        assertThat(licence.categories()).contains("B");
        if (licence.status() == Licences.Status.EXPIRED) {
          assertThat(licence.expires()).as(people.seed()).isBeforeOrEqualTo(today);
        } else {
          assertThat(licence.expires()).as(people.seed()).isAfter(today);
        }
      }
    }
  }

  @Test
  void aValidLicenceIsSuspendedAfterDrunkDrivingInTheLastTwoYears() {
    int checked = 0;
    for (Person person : people.peopleAged(18, 40_000)) {
      boolean drunkDriving =
          offences.offencesOf(person).stream()
              .anyMatch(
                  offence ->
                      offence.article().equals(AdminOffences.DRUNK_DRIVING)
                          && offence.date().isAfter(today.minusYears(2)));
      if (drunkDriving) {
        for (Licences.Licence licence : licences.recordOf(person).licences()) {
          if (licence.expires().isAfter(today)) {
            assertThat(licence.status()).as(people.seed()).isEqualTo(Licences.Status.SUSPENDED);
            checked++;
          }
        }
      }
    }
    assertThat(checked).as(people.seed()).isPositive();
  }

  @Test
  void allThreeStatusesOccur() {
    assertThat(
            people.peopleAged(18, 4_000).stream()
                .flatMap(person -> licences.recordOf(person).licences().stream())
                .map(Licences.Licence::status)
                .distinct())
        .as(people.seed())
        .containsExactlyInAnyOrder(Licences.Status.values());
  }
}
