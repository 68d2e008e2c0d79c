package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.ecase.kernel.SearchText.Refusal;
import kz.ecase.kernel.SearchText.RefusedQueryException;
import kz.ecase.offences.domain.SearchQuery.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

  @ParameterizedTest
  @CsvSource({
    "850315401231, IIN, 850315401231",
    "' 8503 1540 1231 ', IIN, 850315401231",
    "26710001000001, NUMBER, 26710001000001",
    "123abc01, PLATE, 123ABC01",
    "'123 ABC-01', PLATE, 123ABC01",
    "A123BCD, PLATE, A123BCD",
    "Әлібеков, NAME, алибеков",
    "'  АХМЕТОВ   Серік ', NAME, ахметов серик",
    "'Ёлкин-Фёдоров', NAME, елкин федоров",
    "'Smith', NAME, smith",
    "'ли Ким', NAME, ли ким",
  })
  void eachKeyIsRecognised(String text, Key key, String value) {
    SearchQuery query = SearchQuery.of(text);

    assertThat(query.key()).isEqualTo(key);
    assertThat(query.value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY, search.error.empty",
    "'   ', EMPTY, search.error.empty",
    "ab, TOO_SHORT, search.error.too-short",
    "'ә і ң', TOO_SHORT, search.error.too-short",
    "'--', TOO_SHORT, search.error.too-short",
    "12345, DIGITS, search.error.digits",
    "1234567890123, DIGITS, search.error.digits",
    "850315401232, INVALID_IIN, search.error.iin",
    "'Иван 12', MIXED, search.error.mixed",
  })
  void aTextThatIsNoKeyIsRefusedWithItsReason(String text, Refusal refusal, String messageKey) {
    assertThatThrownBy(() -> SearchQuery.of(text))
        .isInstanceOfSatisfying(
            RefusedQueryException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(refusal);
              assertThat(e.messageKey()).isEqualTo(messageKey);
            });
  }

  @Test
  void tooLongAndTooManyWords() {
    assertThatThrownBy(() -> SearchQuery.of("а".repeat(101)))
        .isInstanceOfSatisfying(
            RefusedQueryException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_LONG));
    assertThat(SearchQuery.of("аа бб вв гг дд ее жжж").words())
        .containsExactly("аа", "бб", "вв", "гг", "дд");
  }
}
