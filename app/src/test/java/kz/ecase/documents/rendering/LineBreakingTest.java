package kz.ecase.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The papers' line breaking splits text into paragraphs and words as the regular expressions it
 * used before did ({@code "\r?\n|\r"} keeping empty paragraphs, {@code " +"} on the stripped
 * paragraph without empty words): seeded random texts of letters, spaces, tabs, no-break spaces and
 * every kind of line break.
 */
class LineBreakingTest {

  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final char[] ALPHABET = {
    'а', 'Ә', 'b', '1', ' ', ' ', ' ', '\t', '\u00A0', '\n', '\r'
  };

  @Test
  void splitsAsTheRegularExpressionsDid() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 5_000; round++) {
      char[] text = new char[random.nextInt(24)];
      for (int i = 0; i < text.length; i++) {
        text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      String s = new String(text);
      List<String> expected = Arrays.asList(LINE_BREAK.split(s, -1));
      assertThat(LayoutRenderer.paragraphs(s))
          .as("paragraphs of %s", s.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(expected);
      for (String paragraph : expected) {
        List<String> words =
            Arrays.stream(SPACES.split(paragraph.strip())).filter(w -> !w.isEmpty()).toList();
        assertThat(LayoutRenderer.words(paragraph)).as("words of [%s]", paragraph).isEqualTo(words);
      }
    }
  }

  @Test
  void keepsEmptyParagraphsAndDropsEmptyWords() {
    assertThat(LayoutRenderer.paragraphs("a\r\n\rb\n")).containsExactly("a", "", "b", "");
    assertThat(LayoutRenderer.words("  Петрова   Дарья ")).containsExactly("Петрова", "Дарья");
    assertThat(LayoutRenderer.words("   ")).isEmpty();
  }
}
