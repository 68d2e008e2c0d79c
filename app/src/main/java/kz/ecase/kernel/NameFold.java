package kz.ecase.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * How a person's name is compared in the staff searches (protocols, crime reports and cases): lower
 * case, the Kazakh letters written as the Russian ones they are spelt with when a keyboard or a
 * register lacks them ({@code ә→а}, {@code ғ→г}, {@code қ→к}, {@code ң→н}, {@code ө→о}, {@code
 * ұ/ү→у}, {@code һ→х}, {@code і→и}) and {@code ё→е}, anything but {@code a–z}, {@code а–я} and
 * digits as one space. So {@code Әлібеков}, {@code АЛИБЕКОВ} and {@code алибеков} are one name. The
 * database folds the stored names with the same table (SQL function {@code ecase_fold_name},
 * migration V2026_12_08_1000); a test compares both. A value rule of the kernel (like {@link Iin}'s
 * check digit): how names are written, not a rule of any procedure.
 */
public final class NameFold {

  /** Each letter folded, and what it becomes (the SQL function's translate() arguments). */
  public static final String FROM =
      "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘәҒғҚқҢңӨөҰұҮүҺһІіёABCDEFGHIJKLMNOPQRSTUVWXYZ";

  public static final String TO =
      "абвгдеежзийклмнопрстуфхцчшщъыьэюяааггккннооууууххииеabcdefghijklmnopqrstuvwxyz";

  private NameFold() {}

  /** The name folded: {@code "Әлібеков Ғалым-Жан"} → {@code "алибеков галым жан"}. */
  public static String fold(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      int at = FROM.indexOf(c);
      char folded = at >= 0 ? TO.charAt(at) : c;
      if (kept(folded)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        out.append(folded);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** The folded words of a query, in its order. */
  public static List<String> words(String query) {
    String folded = fold(query);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  private static boolean kept(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'а' && c <= 'я') || (c >= '0' && c <= '9');
  }
}
