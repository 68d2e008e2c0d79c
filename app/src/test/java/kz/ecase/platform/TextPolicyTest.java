package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000",
        "\u0001",
        "\u0008",
        "\u000b",
        "\u000c",
        "\u001f",
        "\u007f",
        "\u0085",
        "\u009f",
        "\ufdd0",
        "\ufdef",
        "\ufffe",
        "\uffff",
        "\ud800",
        "\udfff",
        "\ud83d",
        "\ud83f\udffe"
      })
  void refusesControlsNoncharactersAndLoneSurrogates(String character) {
    assertThat(TextPolicy.refusal("Астана " + character + " 8")).isPresent();
    assertThat(TextPolicy.refusal(character)).get().asString().contains("position 0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Астана, проспект Мәңгілік Ел, 8",
        "tab\tline\nreturn\r",
        "😀 Ωmega",
        "\u00a0\u00ad",
        "\ufffd",
        "\ud83d\ude00",
        "ӘҒҚҢӨҰҮҺІ",
        "' or 1=1 --"
      })
  void acceptsOrdinaryText(String text) {
    assertThat(TextPolicy.acceptable(text)).isTrue();
  }

  @Test
  void forXmlReplacesOnlyWhatXmlCannotHoldAndKeepsPairs() {
    assertThat(TextPolicy.forXml("a\u0001b\ud800c\ud83d\ude00d\ufffe\t\n"))
        .isEqualTo("a\ufffdb\ufffdc\ud83d\ude00d\ufffd\t\n");
    String clean = "Астана";
    assertThat(TextPolicy.forXml(clean)).isSameAs(clean);
  }

  @Test
  void whatForXmlGivesIsAlwaysAcceptableXmlText() {
    long seed = System.nanoTime();
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < 20; c++) {
        text.append((char) random.nextInt(0x10000));
      }
      String xml = TextPolicy.forXml(text.toString());
      xml.codePoints()
          .forEach(
              cp ->
                  assertThat(
                          cp == 0x9
                              || cp == 0xA
                              || cp == 0xD
                              || (cp >= 0x20 && cp <= 0xD7FF)
                              || (cp >= 0xE000 && cp <= 0xFFFD)
                              || cp >= 0x10000)
                      .as("seed %d: U+%04X", seed, cp)
                      .isTrue());
    }
  }
}
