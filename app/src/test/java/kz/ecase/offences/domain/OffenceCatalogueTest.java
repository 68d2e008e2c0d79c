package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kz.ecase.procedure.Sourced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped catalogue: sourced, honest about what is unconfirmed, searchable, versioned. */
class OffenceCatalogueTest {

  static final OffenceCatalogue SHIPPED = CatalogueFiles.shipped();
  static final CatalogueVersion V1 = SHIPPED.version(1).orElseThrow();

  @Test
  void theShippedCatalogueLoadsWithAtLeastThirtyArticles() {
    assertThat(SHIPPED.versions()).hasSize(1);
    assertThat(V1.articles()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(V1.articles()).extracting(Article::code).doesNotHaveDuplicates();
  }

  @Test
  void everyRowHasAWebSourceAndATitleInEveryLanguage() {
    assertThat(V1.articles())
        .allSatisfy(
            article -> {
              assertThat(article.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
              assertThat(article.titles().all()).allMatch(title -> title.value() != null);
            });
  }

  @Test
  void aQuestionMarkInTheDataIsKeptAsAnUnconfirmedValue() {
    Article seatBelt = V1.article("seat-belt").orElseThrow();
    assertThat(seatBelt.number().article()).isEqualTo(Sourced.unconfirmed("596"));
    assertThat(seatBelt.number().part().isUnknown()).isTrue();
    assertThat(seatBelt.number()).hasToString("596? ч.?");
    assertThat(seatBelt.confirmed()).isFalse();
    assertThat(seatBelt.unconfirmedValues()).contains("article", "part", "title_kk", "on_the_spot");

    Article smoking = V1.article("smoking-in-public").orElseThrow();
    assertThat(smoking.fineIndividual()).isEqualTo(Sourced.unconfirmed(FineRange.exactly(5)));

    Article unknownFine = V1.article("driving-without-licence").orElseThrow();
    assertThat(unknownFine.fineIndividual().isUnknown()).isTrue();
  }

  @Test
  void confirmedValuesAndNonesAreNotFlagged() {
    Article drunk = V1.article("drunk-driving").orElseThrow();
    assertThat(drunk.number()).hasToString("608 ч.1");
    assertThat(drunk.onTheSpot()).isEqualTo(Sourced.confirmed(false));
    assertThat(drunk.fineIndividual()).isEqualTo(Sourced.none());
    assertThat(drunk.unconfirmedValues()).doesNotContain("fine_individual_mci", "on_the_spot");
    assertThat(drunk.escalatesTo()).contains("drunk-driving-repeat");
  }

  @Test
  void everyKazakhTitleIsOurOwnTranslationAndSoUnconfirmed() {
    assertThat(V1.articles()).allMatch(article -> !article.titles().kk().confirmed());
    assertThat(V1.articles()).allMatch(article -> article.titles().ru().confirmed());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "592 | speeding-10-20 speeding-20-40 speeding-40-60 speeding-60-plus speeding-repeat",
        "592 ч.2 | speeding-20-40",
        "592 ч. 3-1 | speeding-60-plus",
        "592.3-1 | speeding-60-plus",
        "592 part 4 | speeding-repeat",
        "592 2-бөлік | speeding-20-40",
        "608 ч.3-1 | drunk-driving-repeat",
        "596 | seat-belt carriage-rules",
        "592 3 | speeding-40-60",
        "999 | ''"
      })
  void searchByNumber(String query, String codes) {
    assertThat(V1.search(query)).extracting(Article::code).containsExactlyElementsOf(split(codes));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "скорости 20–40 | speeding-20-40",
        "СКОРОСТИ НА 60 И БОЛЕЕ | speeding-60-plus",
        "Speeding 10 | speeding-10-20",
        "жылдамдықты 40–60 | speeding-40-60",
        "skorosti 20 40 | speeding-20-40",
        "непристегнутый | seat-belt",
        "Ремень | seat-belt",
        "hooliganism | petty-hooliganism",
        "бұзақылық | petty-hooliganism",
        "тишины | night-silence",
        "phone repeat | phone-while-driving-repeat",
        "nonsense-word-xyz | ''"
      })
  void searchByWordsInAnyLanguageAndCase(String query, String codes) {
    assertThat(V1.search(query)).extracting(Article::code).containsExactlyElementsOf(split(codes));
  }

  @Test
  void anEmptyQueryListsTheWholeVersion() {
    assertThat(V1.search("")).hasSameSizeAs(V1.articles());
  }

  @Test
  void theVersionInForceIsTheLastOneStartedByTheDate() {
    CatalogueVersion v2 =
        new CatalogueVersion(2, Sourced.confirmed(LocalDate.of(2027, 1, 1)), V1.articles());
    OffenceCatalogue catalogue = new OffenceCatalogue(List.of(v2, V1));

    assertThat(catalogue.versionInForceOn(LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(catalogue.versionInForceOn(LocalDate.of(2026, 1, 1))).contains(V1);
    assertThat(catalogue.versionInForceOn(LocalDate.of(2026, 12, 31))).contains(V1);
    assertThat(catalogue.versionInForceOn(LocalDate.of(2027, 1, 1))).contains(v2);
    assertThat(catalogue.search("592 ч.2", LocalDate.of(2025, 6, 1))).isEmpty();
  }

  @Test
  void theShippedVersionsStartDateIsItselfUnconfirmed() {
    assertThat(V1.effectiveFrom()).isEqualTo(Sourced.unconfirmed(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void inconsistentCataloguesAreRefused() {
    Article any = V1.articles().get(0);
    assertThatThrownBy(
            () ->
                new CatalogueVersion(
                    3, Sourced.confirmed(LocalDate.of(2027, 1, 1)), List.of(any, any)))
        .hasMessageContaining("appears twice");
    assertThatThrownBy(
            () ->
                new OffenceCatalogue(
                    List.of(V1, new CatalogueVersion(2, V1.effectiveFrom(), V1.articles()))))
        .hasMessageContaining("start on 2026-01-01");
    assertThatThrownBy(() -> CatalogueFiles.article(java.util.Map.of("code", "x")))
        .hasMessageContaining("no source");
  }

  private static List<String> split(String codes) {
    return codes.isBlank() ? List.of() : List.of(codes.strip().split("\\s+"));
  }
}
