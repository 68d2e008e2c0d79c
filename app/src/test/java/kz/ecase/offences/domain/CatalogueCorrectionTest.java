package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueCorrectionTest {

  static final CatalogueVersion LATEST = CatalogueFiles.shipped().latest();
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void aVersionWrittenAsTextReadsBackAsTheSameRows() {
    String csv = CatalogueFiles.csv(LATEST.articles());

    CatalogueVersion read = CatalogueFiles.version(9, LocalDate.of(2027, 1, 1), csv);

    assertThat(read.articles()).isEqualTo(LATEST.articles());
  }

  @Test
  void aCorrectionIsTheLatestVersionWithTheRowChangedNumberedNext() {
    CatalogueCorrection correction =
        new CatalogueCorrection(
            LATEST.version(),
            "checked against the Code",
            "2027-01-01",
            List.of(row("seat-belt", new CatalogueCell("593", true), fine("7", true))));

    assertThat(correction.problems(LATEST, TODAY)).isEmpty();
    CatalogueVersion next = correction.applyTo(LATEST);

    assertThat(next.version()).isEqualTo(LATEST.version() + 1);
    assertThat(next.startsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    Article seatBelt = next.article("seat-belt").orElseThrow();
    assertThat(seatBelt.fineIndividual().value()).isEqualTo(FineRange.exactly(7));
    assertThat(seatBelt.unconfirmedValues()).doesNotContain("article", "fine_individual_mci");
    assertThat(seatBelt.titles()).isEqualTo(LATEST.article("seat-belt").orElseThrow().titles());
    assertThat(next.articles().stream().filter(a -> !a.code().equals("seat-belt")))
        .containsExactlyElementsOf(
            LATEST.articles().stream().filter(a -> !a.code().equals("seat-belt")).toList());
  }

  @Test
  void everyFieldAtFaultIsNamedAtOnce() {
    CatalogueCorrection correction =
        new CatalogueCorrection(
            LATEST.version() - 1,
            "",
            "2026-12-06",
            List.of(row("seat-belt", new CatalogueCell("59x", true), fine("9-3", false))));

    assertThat(correction.problems(LATEST, TODAY))
        .containsOnlyKeys(
            "basedOn", "reason", "effectiveFrom", "rows[0].article", "rows[0].fineIndividual");
  }

  @Test
  void aRepeatCodeMustNameARowOfTheVersion() {
    CorrectedRow row =
        new CorrectedRow(
            "seat-belt",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new CatalogueCell("no-such-row", true),
            null);
    CatalogueCorrection correction =
        new CatalogueCorrection(null, "reason", "2027-01-01", List.of(row));

    assertThat(correction.problems(LATEST, TODAY)).containsOnlyKeys("rows[0].repeatCode");
  }

  private static CatalogueCell fine(String value, boolean confirmed) {
    return new CatalogueCell(value, confirmed);
  }

  private static CorrectedRow row(String code, CatalogueCell article, CatalogueCell fine) {
    return new CorrectedRow(
        code, article, null, null, null, null, fine, null, null, null, null, null, null);
  }
}
