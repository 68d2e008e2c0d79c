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
 * {@code 592 ч 2}, {@code 592 б.2}, {@code 592 2-бөлік} and the article alone.
 */
public record ArticleNumber(Sourced<String> article, Sourced<String> part) {

  private static final Pattern QUERY =
      Pattern.compile(
          "^(\\d+(?:-\\d+)?)(?:\\s*(?:[.,/]|ч\\.?|часть|part|p\\.?|б\\.?|бөлік)?\\s*(\\d+(?:-\\d+)?)"
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

  /**
   * The number as people read it in {@code language}: {@code 592 ч.3-1} (ru), {@code 592 б.3-1}
   * (kk, бөлік), {@code 592 part 3-1} (en). No {@code ?}: an unconfirmed value is shown as recorded
   * (its status is told in words beside it), an unknown part is left out, an unknown article is
   * empty.
   */
  public String cited(String language) {
    if (article.value() == null) {
      return "";
    }
    if (part.value() == null) {
      return article.value();
    }
    return article.value() + partWord(language) + part.value();
  }

  /**
   * A citation in Russian ({@code 592 ч.2}, as {@link #cited} writes it) in another language; text
   * that is no such citation is returned as it is.
   */
  public static String inLanguage(String russian, String language) {
    if (russian == null) {
      return null;
    }
    return russian.replaceFirst("^(\\d+(?:-\\d+)?) ч\\.(\\S+)$", "$1" + partWord(language) + "$2");
  }

  private static String partWord(String language) {
    return switch (language == null ? "" : language) {
      case "kk" -> " б.";
      case "en" -> " part ";
      default -> " ч.";
    };
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
