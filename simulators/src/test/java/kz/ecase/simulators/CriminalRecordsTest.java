package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CriminalRecordsTest {

  SyntheticPeople people = new SyntheticPeople();
  CriminalRecords records = new CriminalRecords(people.population);
  LocalDate today = SyntheticPeople.TODAY;

  @Test
  void aboutFivePercentOfThoseAged16HaveConvictionsAfterTheir16thBirthday() {
    int convicted = 0;
    for (Person person : people.peopleAged(16, 6_000)) {
      CriminalRecords.CriminalRecord record = records.recordOf(person);
      if (!record.convictions().isEmpty()) {
        convicted++;
      }
      assertThat(record.convictions())
          .as(people.seed())
          .hasSizeLessThanOrEqualTo(2)
          .isSortedAccordingTo(Comparator.comparing(CriminalRecords.Conviction::date))
          .allSatisfy(
              conviction -> {
                assertThat(conviction.date()).isBetween(person.birthday(16), today);
                assertThat(conviction.article()).matches("[0-9]{2,3} ч\\.[0-9]");
                assertThat(conviction.court()).startsWith("Районный суд №");
                assertThat(conviction.sentence()).isNotBlank();
              });
    }
    assertThat(convicted).as(people.seed()).isBetween(220, 380);
  }

  @Test
  void aboutTwoPercentAreSuspectsInAnOpenInvestigation() {
    int suspects = 0;
    for (Person person : people.peopleAged(14, 8_000)) {
      CriminalRecords.CriminalRecord record = records.recordOf(person);
      suspects += record.openProceedings().size();
      assertThat(record.openProceedings())
          .as(people.seed())
          .allSatisfy(
              open -> {
                assertThat(open.caseNumber()).matches("2[56][0-9]{2}[0-9]{4}1[0-9]{6}");
                assertThat(open.stage()).isNotBlank();
              });
    }
    assertThat(suspects).as(people.seed()).isBetween(100, 230);
  }

  @Test
  void childrenUnder14HaveACleanRecord() {
    for (Person person : people.people(3_000)) {
      if (!person.hasTurned(14, today)) {
        CriminalRecords.CriminalRecord record = records.recordOf(person);
        assertThat(record.convictions()).isEmpty();
        assertThat(record.openProceedings()).isEmpty();
      }
    }
  }
}
