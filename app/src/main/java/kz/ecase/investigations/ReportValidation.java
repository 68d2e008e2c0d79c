package kz.ecase.investigations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.investigations.domain.ReportSource;
import kz.ecase.kernel.Iin;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/** Checks a received report's fields, all at once: every field at fault is named together. */
@Component
class ReportValidation {

  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_PLACE = 500;
  static final int MAX_NAME = 300;

  private final Clock clock;

  ReportValidation(Clock clock) {
    this.clock = clock;
  }

  ValidReport check(ReportForm form) {
    return check(form, true);
  }

  /**
   * @param signed whether the receiver signs the act with a PIN (staff do; a citizen's on-line
   *     statement carries no signature of ecase)
   */
  ValidReport check(ReportForm form, boolean signed) {
    Map<String, String> problems = new LinkedHashMap<>();
    ReportSource source = source(form.source(), problems);
    Iin iin = iin(form.reporterIin(), problems);
    String bin = blankToNull(form.reporterBin());
    if (bin != null && !validBin(bin)) {
      problems.put("reporterBin", "A BIN is 12 digits, the last a check digit");
    }
    if (source != null
        && source.namesReporter()
        && iin == null
        && bin == null
        && !problems.containsKey("reporterIin")
        && !problems.containsKey("reporterBin")) {
      problems.put("reporterIin", "Who reported: a person's IIN or an organisation's BIN");
    }
    String name = text(form.reporterName(), "reporterName", MAX_NAME, false, problems);
    String description = text(form.description(), "description", MAX_DESCRIPTION, true, problems);
    String place = text(form.place(), "place", MAX_PLACE, true, problems);
    Instant occurredAt = form.occurredAt();
    if (occurredAt != null && occurredAt.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
      problems.put("occurredAt", "It cannot have happened in the future");
    }
    String key = blankToNull(form.idempotencyKey());
    if (key == null || key.length() > 100) {
      problems.put("idempotencyKey", "A key of 1 to 100 characters for this submission");
    }
    if (signed && (form.pin() == null || form.pin().isBlank())) {
      problems.put("pin", "Your signing PIN is required to sign the act");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ValidReport(source, iin, bin, name, description, place, occurredAt, key);
  }

  private static ReportSource source(String value, Map<String, String> problems) {
    try {
      return ReportSource.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      problems.put("source", "One of " + java.util.Arrays.toString(ReportSource.values()));
      return null;
    }
  }

  private static Iin iin(String value, Map<String, String> problems) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    var violation = Iin.check(text);
    if (violation.isPresent()) {
      problems.put("reporterIin", violation.get().message());
      return null;
    }
    return Iin.of(text);
  }

  private static String text(
      String value, String field, int max, boolean required, Map<String, String> problems) {
    String text = blankToNull(value);
    if (text == null && required) {
      problems.put(field, "Required");
    } else if (text != null && text.length() > max) {
      problems.put(field, "At most " + max + " characters");
    }
    return text;
  }

  /** 12 digits whose last is the check digit of the first 11 (the IIN's rule). */
  static boolean validBin(String bin) {
    if (!bin.matches("[0-9]{12}")) {
      return false;
    }
    int check = Iin.checkDigitOf(bin.substring(0, 11));
    return check != 10 && check == bin.charAt(11) - '0';
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
