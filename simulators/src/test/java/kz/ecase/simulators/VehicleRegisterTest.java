package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VehicleRegisterTest {

  SyntheticPeople people = new SyntheticPeople();
  VehicleRegister register = new VehicleRegister(people.population);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void everyPlateOnAnOwnersListResolvesBackToThatOwnerAndVehicle() {
    for (Person person : people.peopleAged(18, 3_000)) {
      for (VehicleRegister.Vehicle vehicle : register.ownershipOf(person).vehicles()) {
        VehicleRegister.PlateRecord record = register.byPlate(vehicle.plate()).orElseThrow();

        assertThat(record)
            .as(people.seed())
            .isEqualTo(
                new VehicleRegister.PlateRecord(
                    vehicle.plate(),
                    vehicle.make(),
                    vehicle.model(),
                    vehicle.year(),
                    vehicle.colour(),
                    vehicle.vin(),
                    person.iin()));
      }
    }
  }

  @Test
  void aboutSeventyPercentOfPlatesResolveAndEachIsOnItsOwnersList() {
    int resolved = 0;
    for (int i = 0; i < 3_000; i++) {
      String plate = people.iins.nextPlate();
      Optional<VehicleRegister.PlateRecord> record = register.byPlate(plate);
      if (record.isPresent()) {
        resolved++;
        Person owner = people.population.find(new Iin(record.get().ownerIin())).orElseThrow();
        assertThat(register.ownershipOf(owner).vehicles())
            .as(people.seed())
            .extracting(VehicleRegister.Vehicle::plate)
            .contains(plate);
        assertThat(owner.hasTurned(18, today)).isTrue();
      }
    }
    assertThat(resolved).as(people.seed()).isBetween(1_900, 2_250);
  }

  @Test
  void aboutFortyPercentOfAdultsBornSince1925OwnVehicles() {
    long owners =
        people.peopleAged(18, 4_000).stream()
            .filter(person -> !register.ownershipOf(person).vehicles().isEmpty())
            .count();

    assertThat(owners).as(people.seed()).isBetween(1_400L, 1_750L);
  }

  @Test
  void minorsOwnNothing() {
    for (Person person : people.people(3_000)) {
      if (!person.hasTurned(18, today)) {
        assertThat(register.ownershipOf(person).vehicles()).as(people.seed()).isEmpty();
      }
    }
  }

  @Test
  void vehiclesAreBuiltInTheirModelsYearsWithAValidVin() {
    for (Person person : people.peopleAged(18, 2_000)) {
      for (VehicleRegister.Vehicle vehicle : register.ownershipOf(person).vehicles()) {
        VehicleModel model =
            VehicleModel.ALL.stream()
                .filter(m -> m.make().equals(vehicle.make()) && m.model().equals(vehicle.model()))
                .findFirst()
                .orElseThrow();
        assertThat(vehicle.year())
            .as(people.seed())
            .isBetween(model.firstYear(), Math.min(model.lastYear(), today.getYear()));
        assertThat(vehicle.vin()).startsWith(model.manufacturer()).hasSize(17);
        assertThat(vehicle.vin().charAt(8)).isEqualTo(Vin.checkDigitOf(vehicle.vin()));
        assertThat(vehicle.colour()).isNotBlank();
      }
    }
  }
}
