package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlateCodeTest {

  RandomIins random = new RandomIins();

  @Test
  void everyPlateIsExactlyOneSlot() {
    for (int i = 0; i < 20_000; i++) {
      String plate = random.nextPlate();

      PlateCode.Slot slot = PlateCode.slotOf(plate).orElseThrow();

      assertThat(PlateCode.plateOf(slot)).as(random.seed()).isEqualTo(plate);
    }
  }

  @Test
  void everySlotIsExactlyOnePlate() {
    SplittableRandom numbers = new SplittableRandom(random.seed().hashCode());
    for (int i = 0; i < 20_000; i++) {
      PlateCode.Slot slot =
          new PlateCode.Slot(
              PlateCode.FIRST_BIRTH_DATE.plusDays(numbers.nextInt(PlateCode.BIRTH_DATES)),
              numbers.nextBoolean(),
              numbers.nextInt(PlateCode.SERIAL_GROUPS),
              numbers.nextInt(PlateCode.SLOTS_PER_GROUP));

      String plate = PlateCode.plateOf(slot);

      assertThat(plate).as(random.seed()).matches("[0-9]{3}[A-Z]{3}(0[1-9]|1[0-9]|20)");
      assertThat(PlateCode.slotOf(plate)).as(random.seed()).contains(slot);
    }
  }

  @Test
  void theSlotsOfOneGroupHaveUnrelatedLookingPlates() {
    LocalDate born = LocalDate.of(1985, 3, 15);
    String first = PlateCode.plateOf(new PlateCode.Slot(born, true, 123, 0));
    String second = PlateCode.plateOf(new PlateCode.Slot(born, true, 123, 1));

    assertThat(first.substring(3, 6)).isNotEqualTo(second.substring(3, 6));
  }

  @Test
  void platesOutsideTheFormatOrTheRegionsAreNoSlot() {
    assertThat(PlateCode.slotOf("123AB01")).isEmpty();
    assertThat(PlateCode.slotOf("123abc01")).isEmpty();
    assertThat(PlateCode.slotOf("123ABC00")).isEmpty();
    assertThat(PlateCode.slotOf("123ABC21")).isEmpty();
    assertThat(PlateCode.isWellFormed("123ABC99")).isTrue();
  }

  @Test
  void ownersBornOutsideTheCoveredDaysHaveNoPlates() {
    LocalDate before = PlateCode.FIRST_BIRTH_DATE.minusDays(1);
    LocalDate after = PlateCode.FIRST_BIRTH_DATE.plusDays(PlateCode.BIRTH_DATES);

    assertThat(PlateCode.covers(before)).isFalse();
    assertThat(PlateCode.covers(after)).isFalse();
    assertThat(PlateCode.covers(after.minusDays(1))).isTrue();
    assertThatThrownBy(() -> PlateCode.plateOf(new PlateCode.Slot(before, true, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
