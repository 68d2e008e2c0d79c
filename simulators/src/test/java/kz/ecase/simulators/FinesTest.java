package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinesTest {

  SyntheticPeople people = new SyntheticPeople();
  AdminOffences offences = new AdminOffences(people.population);
  Fines fines = new Fines(people.population, offences);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void everyUnpaidOffenceIsAnUnpaidFineInTengeDue40DaysLater() {
    for (Person person : people.peopleAged(16, 3_000)) {
      List<AdminOffences.Offence> unpaid =
          offences.offencesOf(person).stream().filter(offence -> !offence.paid()).toList();
      Fines.FineRecord record = fines.recordOf(person);

      assertThat(record.unpaidFines()).as(people.seed()).hasSameSizeAs(unpaid);
      for (int i = 0; i < unpaid.size(); i++) {
        AdminOffences.Offence offence = unpaid.get(i);
        Fines.UnpaidFine fine = record.unpaidFines().get(i);
        assertThat(fine.reference()).isEqualTo(offence.protocolNumber());
        assertThat(fine.article()).isEqualTo(offence.article());
        assertThat(fine.dueDate()).isEqualTo(offence.date().plusDays(40));
        assertThat(fine.amountKzt())
            .isEqualTo(
                offence.fineMci()
                    * (long) MonthlyCalculationIndex.tengeIn(offence.date().getYear()));
      }
    }
  }

  @Test
  void onlyOverdueFinesAreInEnforcement() {
    for (Person person : people.peopleAged(16, 3_000)) {
      Fines.FineRecord record = fines.recordOf(person);
      List<Long> overdue =
          record.unpaidFines().stream()
              .filter(fine -> fine.dueDate().isBefore(today))
              .map(Fines.UnpaidFine::amountKzt)
              .toList();

      assertThat(record.enforcement())
          .as(people.seed())
          .extracting(Fines.Enforcement::amountKzt)
          .containsExactlyElementsOf(overdue);
      assertThat(record.enforcement())
          .allSatisfy(
              enforcement -> {
                assertThat(enforcement.status()).isIn("IN_PROGRESS", "SUSPENDED");
                assertThat(enforcement.number()).matches("20[0-9]{2}-[0-9]{8}");
              });
    }
  }

  @Test
  void aboutFifteenPercentOfThoseAged16HaveUnpaidFines() {
    long withUnpaid =
        people.peopleAged(16, 4_000).stream()
            .filter(person -> !fines.recordOf(person).unpaidFines().isEmpty())
            .count();

    assertThat(withUnpaid).as(people.seed()).isBetween(480L, 720L);
  }

  @Test
  void theMciIsTheBudgetLawsValueForTheYear() {
    assertThat(MonthlyCalculationIndex.tengeIn(2024)).isEqualTo(3692);
    assertThat(MonthlyCalculationIndex.tengeIn(2026)).isEqualTo(4325);
    assertThat(MonthlyCalculationIndex.tengeIn(2031)).isEqualTo(4325);
  }
}
