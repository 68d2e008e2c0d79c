package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameWordsTest {

  @Test
  void eachWordIsOneLikeOfItsOwnParameter() {
    Map<String, Object> params = new HashMap<>();

    String where = NameWords.containsEvery("f.name", List.of("алибеков", "галым"), params);

    assertThat(where).isEqualTo(" and f.name like :w0 and f.name like :w1");
    assertThat(params).containsOnly(Map.entry("w0", "%алибеков%"), Map.entry("w1", "%галым%"));
  }

  @Test
  void noWordIsRefused() {
    assertThatThrownBy(() -> NameWords.containsEvery("f.name", List.of(), new HashMap<>()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
