package kz.ecase.platform.database;

import java.util.List;
import java.util.Map;

/**
 * The condition of the staff searches by a part of a name: a folded name column contains every word
 * typed, each a {@code like '%word%'} that the column's trigram index serves (docs/search.md).
 */
public final class NameWords {

  private NameWords() {}

  /**
   * {@code " and <column> like :w0 and <column> like :w1 …"}, its parameters ({@code %word%}) put
   * into {@code params}. The words are folded ({@link kz.ecase.kernel.NameFold}: they hold only
   * a–z, а–я and digits, so none is a LIKE wildcard).
   *
   * @throws IllegalArgumentException for no word
   */
  public static String containsEvery(
      String column, List<String> words, Map<String, Object> params) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("A name search needs a word");
    }
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      where.append(" and ").append(column).append(" like :w").append(i);
      params.put("w" + i, "%" + words.get(i) + "%");
    }
    return where.toString();
  }
}
