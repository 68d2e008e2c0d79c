package kz.ecase.offences.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the catalogue compares words: case-insensitive, {@code ё} as {@code е}, punctuation as space,
 * and Cyrillic (Russian and Kazakh) also in a Latin transliteration, so that {@code skorost},
 * {@code СКОРОСТ} and {@code speeding} each find the speeding articles.
 */
final class SearchText {

  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('ә', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('ғ', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "i"),
          Map.entry('і', "i"),
          Map.entry('к', "k"),
          Map.entry('қ', "q"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('ң', "n"),
          Map.entry('о', "o"),
          Map.entry('ө', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ұ', "u"),
          Map.entry('ү', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('һ', "h"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "iu"),
          Map.entry('я', "ia"));

  private SearchText() {}

  /** Lower case, {@code ё} as {@code е}, letters and digits only, single spaces. */
  static String normalise(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return lower.replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The normalised text with Cyrillic letters written in Latin. */
  static String latin(String normalised) {
    StringBuilder out = new StringBuilder(normalised.length());
    for (char c : normalised.toCharArray()) {
      out.append(LATIN.getOrDefault(c, String.valueOf(c)));
    }
    return out.toString();
  }

  /** The query's words, normalised. */
  static List<String> words(String query) {
    String normalised = normalise(query);
    return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
  }

  /** Whether every word occurs in the haystack, directly or transliterated. */
  static boolean containsAll(String haystack, List<String> words) {
    String normalised = normalise(haystack);
    String latin = latin(normalised);
    return words.stream()
        .allMatch(word -> normalised.contains(word) || latin.contains(latin(word)));
  }
}
