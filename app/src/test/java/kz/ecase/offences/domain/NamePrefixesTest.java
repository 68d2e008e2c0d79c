package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamePrefixesTest {

  @Test
  void theWordsBeginSurnameFirstNameAndLaterWordsInOrder() {
    assertThat(NamePrefixes.of(SearchQuery.of("Әбдір НАЗЕР ерланқ").words()))
        .contains(new NamePrefixes("абдир", Optional.of("назер"), List.of("ерланк")));
    assertThat(NamePrefixes.of(List.of("иванов")))
        .contains(new NamePrefixes("иванов", Optional.empty(), List.of()));
    assertThat(NamePrefixes.of(List.of("ким", "ли", "ан", "ок")).orElseThrow().later())
        .containsExactly("ан", "ок");
  }

  @Test
  void aFirstWordShorterThanThreeLettersBeginsNoSurname() {
    assertThat(NamePrefixes.of(List.of("ли", "назерке"))).isEmpty();
    assertThat(NamePrefixes.of(List.of())).isEmpty();
  }
}
