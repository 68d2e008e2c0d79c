package kz.ecase.offences.domain;

import java.util.List;
import java.util.Optional;
import kz.ecase.kernel.SearchText;

/**
 * A name search read the way names are written and typed (surname, first name, patronymic): the
 * first word begins the surname, the second the first name, each later one a later word of the
 * name, in order. {@code "абдир назер"} is the surname {@code абдир…} with the first name {@code
 * назер…}. Read so when the first word has {@value SearchText#MIN_WORD} letters (a shorter one
 * begins too many surnames); otherwise, or when nothing is found so, the words are searched
 * anywhere in the name (docs/search.md).
 *
 * @param surname how the surname begins (folded, {@link kz.ecase.kernel.NameFold})
 * @param firstName how the first name begins, empty when only a surname was typed
 * @param later how the later words begin, in order (empty when none were typed)
 */
public record NamePrefixes(String surname, Optional<String> firstName, List<String> later) {

  public NamePrefixes {
    later = List.copyOf(later);
  }

  /** The words read in order, or empty when the first is too short to begin a surname. */
  public static Optional<NamePrefixes> of(List<String> words) {
    if (words.isEmpty() || words.get(0).length() < SearchText.MIN_WORD) {
      return Optional.empty();
    }
    return Optional.of(
        new NamePrefixes(
            words.get(0), words.stream().skip(1).findFirst(), words.stream().skip(2).toList()));
  }
}
