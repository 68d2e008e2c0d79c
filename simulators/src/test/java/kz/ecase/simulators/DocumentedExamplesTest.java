package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example IINs that simulators/README.md offers for trying each registry keep doing what it
 * says they do, today and in years to come.
 */
class DocumentedExamplesTest {

  Population population;
  AdminOffences offences;

  Person person(String iin) {
    return population.find(new Iin(iin)).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-06-15", "2030-01-01"})
  void theExamplesInTheReadmeHold(String day) {
    Clock clock =
        Clock.fixed(
            LocalDate.parse(day).atStartOfDay(SyntheticPeople.ZONE).toInstant(),
            SyntheticPeople.ZONE);
    population = new Population(clock);
    offences = new AdminOffences(population);

    Person citizen = person("850315401231");
    assertThat(citizen.lastName() + " " + citizen.firstName() + " " + citizen.patronymic())
        .isEqualTo("Петрова Дарья Николаевна");
    assertThat(new VehicleRegister(population).ownershipOf(citizen).vehicles()).hasSize(2);
    assertThat(new Licences(population, offences).recordOf(citizen).licences()).hasSize(1);
    assertThat(offences.offencesOf(citizen))
        .extracting(AdminOffences.Offence::paid)
        .containsExactly(true);
    assertThat(population.find(new Iin("750115401015"))).isEmpty();
    assertThat(new WantedList(population).statusOf(person("750101301141")).wanted()).isTrue();
    CriminalRecords.CriminalRecord record =
        new CriminalRecords(population).recordOf(person("750423301043"));
    assertThat(record.convictions()).isNotEmpty();
    assertThat(record.openProceedings()).isNotEmpty();
    Dispensaries dispensaries = new Dispensaries(population);
    assertThat(dispensaries.narcologyFileOf(person("750101301002")).registered()).isTrue();
    assertThat(dispensaries.psychiatryFileOf(person("750108301168")).registered()).isTrue();
    assertThat(new Fines(population, offences).recordOf(person("750101301062")).enforcement())
        .isNotEmpty();
    assertThat(new Licences(population, offences).recordOf(person("760422401214")).licences())
        .extracting(Licences.Licence::status)
        .containsExactly(Licences.Status.SUSPENDED);
    assertThat(offences.offencesOf(person("760422401214")))
        .extracting(AdminOffences.Offence::article)
        .contains(AdminOffences.DRUNK_DRIVING);
    VehicleRegister vehicles = new VehicleRegister(population);
    assertThat(vehicles.ownershipOf(person("750122301205")).vehicles()).hasSize(3);
    assertThat(vehicles.byPlate("279VVG15").orElseThrow().ownerIin()).isEqualTo("750122301205");
    assertClean(person("750101301042"));
  }

  void assertClean(Person person) {
    assertThat(new CriminalRecords(population).recordOf(person).convictions()).isEmpty();
    assertThat(offences.offencesOf(person)).isEmpty();
    assertThat(new VehicleRegister(population).ownershipOf(person).vehicles()).isEmpty();
    assertThat(new Licences(population, offences).recordOf(person).licences()).isEmpty();
    assertThat(new WantedList(population).statusOf(person).wanted()).isFalse();
  }
}
