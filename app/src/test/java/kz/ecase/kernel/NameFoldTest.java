package kz.ecase.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFoldTest {

  @Test
  void nameFoldWritesKazakhLettersAsRussianOnesAndKeepsOnlyLettersAndDigits() {
    assertThat(NameFold.fold("ӘҒҚҢӨҰҮҺІЁ әғқңөұүһіё")).isEqualTo("агкноуухие агкноуухие");
    assertThat(NameFold.words("  Жұмабаев,  Ерлан-Ұлы "))
        .isEqualTo(List.of("жумабаев", "ерлан", "улы"));
  }

  @Test
  void theTablesFoldEachLetterToOne() {
    assertThat(NameFold.FROM).hasSameSizeAs(NameFold.TO);
    assertThat(NameFold.fold("Сейітов Нұрлан")).isEqualTo(NameFold.fold("СЕЙИТОВ нурлан"));
  }
}
