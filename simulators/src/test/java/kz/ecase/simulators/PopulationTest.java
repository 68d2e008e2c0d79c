package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTest {

  SyntheticPeople people = new SyntheticPeople();
  Population population = people.population;

  @Test
  void theSameIinGivesTheSamePersonInEveryPopulation() {
    Population another = new Population(SyntheticPeople.fixedClock());
    for (int i = 0; i < 500; i++) {
      Iin iin = people.iins.next();

      assertThat(another.find(iin)).as(people.seed()).isEqualTo(population.find(iin));
    }
  }

  @Test
  void theDemoCitizenIsAlwaysTheSamePerson() {
    Person person = population.find(new Iin("850315401231")).orElseThrow();

    assertThat(person)
        .isEqualTo(
            new Person(
                "850315401231",
                "Петрова",
                "Дарья",
                "Николаевна",
                LocalDate.of(1985, 3, 15),
                Person.Sex.FEMALE,
                "KZ",
                new Address("Батыс Қазақстан облысы", "Орал", "Жамбыл көшесі", "172", null),
                "+77710796295"));
  }

  @Test
  void birthDateAndSexAreTheOnesTheIinEncodes() {
    for (int i = 0; i < 2_000; i++) {
      Iin iin = people.iins.next();
      population
          .find(iin)
          .ifPresent(
              person -> {
                assertThat(person.birthDate()).as(people.seed()).isEqualTo(iin.birthDate());
                assertThat(person.sex())
                    .as(people.seed())
                    .isEqualTo(iin.isMale() ? Person.Sex.MALE : Person.Sex.FEMALE);
                assertThat(person.iin()).isEqualTo(iin.value());
              });
    }
  }

  @Test
  void namesAgreeWithTheSex() {
    for (Person person : people.people(2_000)) {
      if (person.sex() == Person.Sex.FEMALE) {
        assertThat(person.lastName()).as(people.seed()).endsWith("а");
        assertThat(person.patronymic()).as(people.seed()).matches(".+(қызы|вна)");
      } else {
        assertThat(person.lastName()).as(people.seed()).matches(".+(ов|ев|ин)");
        assertThat(person.patronymic()).as(people.seed()).matches(".+(ұлы|вич)");
      }
    }
  }

  @Test
  void aboutTwoPercentOfValidIinsAreNotRegistered() {
    int unregistered = 0;
    for (int i = 0; i < 10_000; i++) {
      if (population.find(people.iins.next()).isEmpty()) {
        unregistered++;
      }
    }
    assertThat(unregistered).as(people.seed()).isBetween(130, 280);
  }

  @Test
  void nobodyIsBornAfterTodayOrBefore1900() {
    LocalDate tomorrow = SyntheticPeople.TODAY.plusDays(1);
    for (int serial = 0; serial < 300; serial++) {
      Iin.of(tomorrow, true, serial)
          .ifPresent(iin -> assertThat(population.isRegistered(iin)).isFalse());
      Iin.of(LocalDate.of(1899, 12, 31), false, serial)
          .ifPresent(iin -> assertThat(population.isRegistered(iin)).isFalse());
    }
  }

  @Test
  void publishedExamplesAreRegistered() {
    for (String iin : List.of("850315401231", "791028302728", "061211600012")) {
      assertThat(population.isRegistered(new Iin(iin))).as(iin).isTrue();
    }
  }

  @Test
  void addressesAndPhonesAreKazakhstans() {
    List<String> regions = Region.ALL.stream().map(Region::name).toList();
    for (Person person : people.people(2_000)) {
      Address address = person.address();
      assertThat(address.region()).as(people.seed()).isIn(regions);
      assertThat(address.city()).isEqualTo(Region.named(address.region()).city());
      assertThat(address.street()).isNotBlank();
      assertThat(address.house()).matches("[0-9]+[АБВ]?");
      assertThat(address.apartment())
          .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).matches("[0-9]+"));
      assertThat(person.citizenship()).isEqualTo("KZ");
      if (person.hasTurned(14, SyntheticPeople.TODAY)) {
        assertThat(person.mobilePhone())
            .as(people.seed())
            .matches("\\+7(700|701|702|705|707|708|747|771|775|776|777|778)[0-9]{7}");
      } else {
        assertThat(person.mobilePhone()).as(people.seed()).isNull();
      }
    }
  }

  @Test
  void bothKazakhAndRussianNamesOccur() {
    long kazakh =
        people.people(2_000).stream()
            .filter(person -> person.patronymic().matches(".+(ұлы|қызы)"))
            .count();

    assertThat(kazakh).as(people.seed()).isBetween(1_350L, 1_650L);
  }
}
