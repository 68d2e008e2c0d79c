package kz.ecase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.ecase.cases.domain.RegisterQuery.Key;
import kz.ecase.kernel.SearchText.Refusal;
import kz.ecase.kernel.SearchText.RefusedQueryException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterQueryTest {

  @ParameterizedTest
  @CsvSource({
    "850315401231, IIN, 850315401231",
    "'8503 1540 1231', IIN, 850315401231",
    "26710001000042, KUI, 26710001000042",
    "261710001000042, ERDR, 261710001000042",
    "'26-1710001-000042 ', ERDR, 261710001000042",
    "'Әлібеков  Ғалым-Жан', NAME, алибеков галым жан",
    "'ким ОЛЬГА', NAME, ким ольга"
  })
  void aTextIsReadAsItsKey(String text, Key key, String value) {
    RegisterQuery query = RegisterQuery.of(text);
    assertThat(query.key()).isEqualTo(key);
    assertThat(query.value()).isEqualTo(value);
    assertThat(query.words().isEmpty()).isEqualTo(key != Key.NAME);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY, search.error.empty",
    "'   ', EMPTY, search.error.empty",
    "ab, TOO_SHORT, search.error.too-short",
    "'а б в', TOO_SHORT, search.error.too-short",
    "12345, DIGITS, search.error.register-digits",
    "1234567890123, DIGITS, search.error.register-digits",
    "850315401232, INVALID_IIN, search.error.iin",
    "'Иван 12', MIXED, search.error.register-mixed",
    "123ABC01, MIXED, search.error.register-mixed"
  })
  void aTextThatIsNoKeyIsRefusedWithItsReason(String text, Refusal refusal, String messageKey) {
    assertThatThrownBy(() -> RegisterQuery.of(text))
        .isInstanceOfSatisfying(
            RefusedQueryException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(refusal);
              assertThat(e.messageKey()).isEqualTo(messageKey);
            });
  }

  @ParameterizedTest
  @CsvSource({"101"})
  void aTooLongTextIsRefused(int length) {
    assertThatThrownBy(() -> RegisterQuery.of("а".repeat(length)))
        .isInstanceOfSatisfying(
            RefusedQueryException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_LONG));
    assertThat(RegisterQuery.of("аа бб вв гг дд ее жжж").words())
        .containsExactly("аа", "бб", "вв", "гг", "дд");
  }
}
