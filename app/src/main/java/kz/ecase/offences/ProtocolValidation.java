package kz.ecase.offences;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.Fine;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.FineRange;
import kz.ecase.offences.domain.Offender;
import kz.ecase.platform.InvalidInputException;

/**
 * Checks a submitted protocol field by field, each failure naming its field: the IIN, the article
 * in the catalogue version in force on the offence date (one offered to officers: its article
 * number confirmed), the fine within the article's range (the minimum when none is given), an
 * offence time not in the future, and the lengths of the texts. Every field is checked and every
 * failure reported together ({@link InvalidInputException#problems()}), so that the officer mends
 * them all at once.
 */
final class ProtocolValidation {

  /** Compiled once: every registration and every check of a form matches them. */
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]+");

  private static final Pattern PLATE = Pattern.compile("[\\p{L}\\p{Nd} -]+");

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_PLACE = 300;
  static final int MAX_EVIDENCE = 10;
  static final int MAX_EXPLANATION = 2000;

  /** How far ahead of ecase's clock an officer's device may be. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final CatalogueInUse catalogue;
  private final FineCalculator fines;
  private final Clock clock;
  private final ZoneId zone;
  private final Predicate<String> storedDocument;

  /**
   * @param storedDocument whether a SHA-256 (hex) names a document stored in ecase
   */
  ProtocolValidation(
      CatalogueInUse catalogue,
      FineCalculator fines,
      Clock clock,
      ZoneId zone,
      Predicate<String> storedDocument) {
    this.catalogue = catalogue;
    this.storedDocument = storedDocument;
    this.fines = fines;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * @throws InvalidInputException naming every field at fault, in the form's order
   */
  ValidProtocol check(ProtocolForm form) {
    Map<String, String> problems = new LinkedHashMap<>();
    String key =
        field(
            problems,
            () -> {
              String k = required("idempotencyKey", form.idempotencyKey(), 100);
              if (!IDEMPOTENCY_KEY.matcher(k).matches()) {
                throw new InvalidInputException(
                    "idempotencyKey", "Use letters, digits and . _ : - (a UUID, for example)");
              }
              return k;
            });
    Iin iin = field(problems, () -> iinOf(form.iin()));
    Instant offenceTime = field(problems, () -> offenceTimeOf(form.offenceTime()));
    // without a valid offence time, the article is still checked against today's version
    LocalDate offenceDate =
        LocalDate.ofInstant(offenceTime == null ? clock.instant() : offenceTime, zone);
    CatalogueVersion version =
        field(
            problems,
            () ->
                catalogue
                    .current()
                    .versionInForceOn(offenceDate)
                    .orElseThrow(
                        () ->
                            new InvalidInputException(
                                "offenceTime",
                                "No catalogue version is in force on " + offenceDate)));
    Article article =
        version == null
            ? null
            : field(problems, () -> articleOf(version, required("article", form.article(), 100)));
    String place = field(problems, () -> required("place", form.place(), MAX_PLACE));
    String plate = field(problems, () -> plateOf(form.plate()));
    String description =
        field(problems, () -> optional("description", form.description(), MAX_DESCRIPTION));
    Fine fine =
        article == null || offenceTime == null
            ? null
            : field(problems, () -> fineOf(article, form.fineMci(), offenceDate));
    if (form.pin() == null || form.pin().isBlank()) {
      problems.putIfAbsent("pin", "Your signing PIN is required");
    }
    List<String> evidence = field(problems, () -> evidenceOf(form.evidenceSha256()));
    String language = field(problems, () -> languageOf(form.language()));
    boolean refused = Boolean.TRUE.equals(form.explanationRefused());
    String explanation =
        field(problems, () -> optional("explanation", form.explanation(), MAX_EXPLANATION));
    if (refused && explanation != null) {
      problems.putIfAbsent(
          "explanation", "Either the person's explanation or their refusal to explain");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ValidProtocol(
        key,
        iin,
        version,
        article,
        offenceTime,
        place,
        plate,
        description,
        fine,
        form.pin(),
        evidence,
        language,
        explanation,
        refused);
  }

  /** The protocol's language, the person's choice: Kazakh or Russian (none: Russian). */
  private static String languageOf(String value) {
    if (value == null || value.isBlank()) {
      return "ru";
    }
    String language = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (!language.equals("kk") && !language.equals("ru")) {
      throw new InvalidInputException("language", "kk or ru");
    }
    return language;
  }

  /**
   * One field's check: its value, or null when it failed, its problems added (the first message per
   * field is kept).
   */
  private static <T> T field(Map<String, String> problems, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      e.problems().forEach(problems::putIfAbsent);
      return null;
    }
  }

  /**
   * Evidence documents: each stored in ecase, named by its SHA-256, at most {@value MAX_EVIDENCE}.
   */
  private List<String> evidenceOf(List<String> hashes) {
    if (hashes == null) {
      return List.of();
    }
    if (hashes.size() > MAX_EVIDENCE) {
      throw new InvalidInputException(
          "evidenceSha256", "At most " + MAX_EVIDENCE + " evidence documents");
    }
    for (String hash : hashes) {
      if (hash == null || !SHA256_HEX.matcher(hash).matches() || !storedDocument.test(hash)) {
        throw new InvalidInputException(
            "evidenceSha256", "Not the SHA-256 of a document stored in ecase: " + hash);
      }
    }
    return hashes.stream().distinct().toList();
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Required");
    }
    return optional(field, value, max);
  }

  private static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException(field, "At most " + max + " characters");
    }
    return text;
  }

  private static Iin iinOf(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("iin", "An IIN is required");
    }
    try {
      return Iin.of(value.strip());
    } catch (Iin.InvalidIinException e) {
      throw new InvalidInputException("iin", e.getMessage());
    }
  }

  private Instant offenceTimeOf(String value) {
    String text = required("offenceTime", value, 40);
    Instant time;
    try {
      time = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException withoutOffset) {
      try {
        time = LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        throw new InvalidInputException(
            "offenceTime", "An ISO date-time, e.g. 2026-03-14T10:15:00+05:00");
      }
    }
    if (time.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw new InvalidInputException("offenceTime", "The offence time is in the future");
    }
    return time;
  }

  private static Article articleOf(CatalogueVersion version, String query) {
    var byCode = version.article(query);
    if (byCode.isPresent()) {
      if (!byCode.get().offered()) {
        throw new InvalidInputException(
            "article",
            "The article number of "
                + query
                + " is not confirmed in catalogue version "
                + version.version()
                + ": it cannot be cited on a protocol until an administrator confirms it");
      }
      return byCode.get();
    }
    List<Article> found = version.search(query).stream().filter(Article::offered).toList();
    if (found.size() != 1 || !query.matches(".*[0-9].*")) {
      throw new InvalidInputException(
          "article",
          found.isEmpty() || !query.matches(".*[0-9].*")
              ? "No such article in catalogue version " + version.version()
              : "Several articles match: give the part or the code");
    }
    return found.get(0);
  }

  private static String plateOf(String value) {
    String plate = optional("plate", value, 15);
    if (plate != null && !PLATE.matcher(plate).matches()) {
      throw new InvalidInputException("plate", "Letters, digits, spaces and dashes only");
    }
    return plate == null ? null : plate.toUpperCase(java.util.Locale.ROOT);
  }

  private Fine fineOf(Article article, Integer requested, LocalDate offenceDate) {
    FineRange range = article.fineIndividual().value();
    if (range == null) {
      throw new InvalidInputException(
          "article", "The catalogue has no fine for individuals under " + article.code());
    }
    int mci = requested == null ? range.minMci() : requested;
    if (!range.contains(mci)) {
      throw new InvalidInputException(
          "fineMci", "The fine under " + article.code() + " is " + range + " MCI");
    }
    try {
      return fines.impose(article, Offender.INDIVIDUAL, mci, offenceDate);
    } catch (IllegalStateException e) {
      throw new InvalidInputException("offenceTime", e.getMessage());
    }
  }
}
