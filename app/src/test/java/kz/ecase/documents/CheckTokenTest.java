package kz.ecase.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckTokenTest {

  private static final Instant ISSUED = Instant.parse("2026-12-05T10:15:30Z");

  @Test
  void theSamePageAndTimeGiveTheSameTokenSoTheSameBytes() {
    assertThat(CheckToken.of("<p>№ 1</p>", ISSUED)).isEqualTo(CheckToken.of("<p>№ 1</p>", ISSUED));
  }

  @Test
  void anyOtherContentOrTimeGivesAnotherToken() {
    CheckToken token = CheckToken.of("<p>№ 1</p>", ISSUED);
    assertThat(CheckToken.of("<p>№ 2</p>", ISSUED)).isNotEqualTo(token);
    assertThat(CheckToken.of("<p>№ 1</p>", ISSUED.plusSeconds(1))).isNotEqualTo(token);
  }

  @Test
  void aTokenIs22Base64UrlCharactersAndNothingElseIsOne() {
    assertThat(CheckToken.of("<p/>", ISSUED).value()).matches("[A-Za-z0-9_-]{22}");
    assertThat(CheckToken.isValid("AAAAAAAAAAAAAAAAAAAAA")).isFalse();
    assertThat(CheckToken.isValid("AAAAAAAAAAAAAAAAAAAAA/")).isFalse();
    assertThatThrownBy(() -> new CheckToken("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
