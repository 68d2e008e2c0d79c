package kz.ecase.offences.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.procedure.Sourced;

/**
 * Where an offence sits in the Code of Administrative Offences: the article ({@code 592}, {@code
 * 610-1}) and its part ({@code 2}, {@code 3-1}), each possibly unconfirmed or unknown. Written as
 * lawyers cite it: {@code 592 ч.3-1}; a search also accepts {@code 592.3-1}, {@code 592 part 3-1},
 * {@code 592 ч 2}, {@code 592 2-бөлік} and the article alone.
 */
public record ArticleNumber(Sourced<String> article, Sourced<String> part) {

  private static final Pattern QUERY =
      Pattern.compile(
          "^(\\d+(?:-\\d+)?)(?:\\s*(?:[.,/]|ч\\.?|часть|part|p\\.?)?\\s*(\\d+(?:-\\d+)?)"
              + "\\s*(?:-?\\s*(?:бөлік|б\\.?))?)?$");

  /** The number as written, {@code 592 ч.3-1}; unknown parts as {@code ?}. */
  @Override
  public String toString() {
    String a = article.isUnknown() ? "?" : article.toString();
    if (part.value() == null && part.confirmed()) {
      return a;
    }
    return a + " ч." + (part.isUnknown() ? "?" : part.toString());
  }

  /** Whether a typed number (article, or article and part) names this one. */
  public boolean matches(Query query) {
    if (!query.article().equals(article.value())) {
      return false;
    }
    return query.part().isEmpty() || query.part().get().equals(part.value());
  }

  /** A number typed into a search box. */
  public record Query(String article, Optional<String> part) {

    /** The number in the text, or empty when the text is no article number. */
    public static Optional<Query> parse(String text) {
      Matcher matcher = QUERY.matcher(text.strip().toLowerCase(Locale.ROOT));
      if (!matcher.matches()) {
        return Optional.empty();
      }
      return Optional.of(new Query(matcher.group(1), Optional.ofNullable(matcher.group(2))));
    }
  }
}
