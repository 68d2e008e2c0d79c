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
  static final CatalogueVersion V2 = SHIPPED.version(2).orElseThrow();

  @Test
  void theShippedCatalogueLoadsWithAtLeastThirtyArticles() {
    assertThat(SHIPPED.versions()).hasSize(2);
    assertThat(V1.articles()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(V1.articles()).extracting(Article::code).doesNotHaveDuplicates();
    assertThat(V2.articles()).hasSize(44);
    assertThat(V2.articles()).extracting(Article::code).doesNotHaveDuplicates();
  }

  @Test
  void theRecheckedVersionCorrectsVersionOneFromTheSameDayWhileVersionOneStaysForItsProtocols() {
    assertThat(V2.effectiveFrom()).isEqualTo(V1.effectiveFrom());
    assertThat(SHIPPED.versionInForceOn(LocalDate.of(2026, 1, 1))).contains(V2);
    assertThat(SHIPPED.versionInForceOn(LocalDate.of(2026, 12, 6))).contains(V2);
    // a protocol drawn up under version 1 still finds its row as it was
    assertThat(SHIPPED.version(1).flatMap(v -> v.article("seat-belt")))
        .hasValueSatisfying(a -> assertThat(a.number()).hasToString("596? ч.?"));
    assertThat(V2.article("seat-belt"))
        .hasValueSatisfying(a -> assertThat(a.number()).hasToString("593 ч.1?"));
  }

  @Test
  void theRecheckedRowsCarryTheirConfirmedValuesAndSources() {
    Article speeding = V2.article("speeding-20-40").orElseThrow();
    assertThat(speeding.number()).hasToString("592 ч.2");
    assertThat(speeding.fineIndividual()).isEqualTo(Sourced.confirmed(FineRange.exactly(10)));
    assertThat(speeding.discount()).isEqualTo(Sourced.confirmed(true));
    assertThat(speeding.escalatesTo()).contains("speeding-repeat");
    assertThat(speeding.repeatCode().confirmed()).isTrue();

    Article smoking = V2.article("smoking-in-public").orElseThrow();
    assertThat(smoking.fineIndividual()).isEqualTo(Sourced.confirmed(FineRange.exactly(15)));
    assertThat(V2.article("night-silence").orElseThrow().number()).hasToString("437 ч.1?");
    assertThat(V2.article("littering").orElseThrow().number()).hasToString("434-2 ч.?");
    assertThat(V2.article("railway-crossing").orElseThrow().fineIndividual())
        .isEqualTo(Sourced.unconfirmed(FineRange.exactly(20)));
    assertThat(V2.articles())
        .allSatisfy(
            article -> {
              assertThat(article.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
              assertThat(article.titles().all()).allMatch(title -> title.value() != null);
            });
  }

  @Test
  void aRowWhoseArticleNumberIsUnknownOrAGuessIsNotOfferedToOfficers() {
    List<String> notOffered =
        V2.articles().stream().filter(a -> !a.offered()).map(Article::code).toList();
    assertThat(notOffered)
        .containsExactlyInAnyOrder(
            "no-insurance-policy",
            "railway-crossing",
            "reversing-where-prohibited",
            "drinking-in-public",
            "drunk-in-public");
    LocalDate day = LocalDate.of(2026, 12, 6);
    assertThat(SHIPPED.search("reversing", day))
        .extracting(Article::code)
        .contains("reversing-where-prohibited");
    assertThat(SHIPPED.searchOffered("reversing", day)).isEmpty();
    assertThat(SHIPPED.searchOffered("440", day)).isEmpty();
    assertThat(SHIPPED.searchOffered("", day)).hasSize(39);
    assertThat(SHIPPED.searchOffered("593", day))
        .extracting(Article::code)
        .containsExactly("seat-belt", "carriage-rules", "child-restraint");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "speeding-20-40 | ru | 592 ч.2",
        "speeding-20-40 | kk | 592 б.2",
        "speeding-20-40 | en | 592 part 2",
        "speeding-60-plus | kk | 592 б.3-1",
        "seat-belt | ru | 593 ч.1",
        "littering | en | 434-2",
        "no-technical-inspection | kk | 590"
      })
  void numbersAreCitedInTheReadersLanguageWithoutQuestionMarks(
      String code, String language, String cited) {
    assertThat(V2.article(code).orElseThrow().number().cited(language)).isEqualTo(cited);
  }

  @Test
  void noOfferedRowIsCitedWithAQuestionMark() {
    assertThat(V2.articles())
        .filteredOn(Article::offered)
        .allSatisfy(
            a ->
                assertThat(List.of(a.number().cited("ru"), a.number().cited("kk")))
                    .noneMatch(text -> text.contains("?") || text.isBlank()));
  }

  @Test
  void aRussianCitationReadsInKazakhAndEnglish() {
    assertThat(ArticleNumber.inLanguage("592 ч.3-1", "kk")).isEqualTo("592 б.3-1");
    assertThat(ArticleNumber.inLanguage("592 ч.3-1", "en")).isEqualTo("592 part 3-1");
    assertThat(ArticleNumber.inLanguage("592 ч.3-1", "ru")).isEqualTo("592 ч.3-1");
    assertThat(ArticleNumber.inLanguage("434-2", "kk")).isEqualTo("434-2");
    assertThat(ArticleNumber.inLanguage("speeding-20-40", "en")).isEqualTo("speeding-20-40");
  }

  @Test
  void anOfficerIsToldOnlyTheUnconfirmedValuesOfTheirLanguage() {
    Article drunk = V2.article("drunk-driving").orElseThrow();
    assertThat(drunk.unconfirmedValues()).containsExactly("title_kk");
    assertThat(drunk.unconfirmedValuesFor("ru")).isEmpty();
    assertThat(drunk.unconfirmedValuesFor("kk")).containsExactly("title_kk");
    Article seatBelt = V2.article("seat-belt").orElseThrow();
    assertThat(seatBelt.unconfirmedValuesFor("en"))
        .containsExactly("part", "on_the_spot", "repeat_code");
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
        "592 б.2 | speeding-20-40",
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
                    List.of(V1, new CatalogueVersion(1, V1.effectiveFrom(), V1.articles()))))
        .hasMessageContaining("version 1 starts on 2026-01-01, not after version 1");
    assertThatThrownBy(
            () ->
                new OffenceCatalogue(
                    List.of(
                        V1,
                        new CatalogueVersion(
                            0, Sourced.confirmed(LocalDate.of(2027, 1, 1)), V1.articles()))))
        .hasMessageContaining("not after version 1");
    assertThatThrownBy(() -> CatalogueFiles.article(java.util.Map.of("code", "x")))
        .hasMessageContaining("no source");
  }

  private static List<String> split(String codes) {
    return codes.isBlank() ? List.of() : List.of(codes.strip().split("\\s+"));
  }
}
