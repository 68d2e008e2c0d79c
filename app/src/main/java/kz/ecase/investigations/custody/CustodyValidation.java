package kz.ecase.investigations.custody;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.ecase.investigations.custody.CustodyInputException.FieldProblem;
import kz.ecase.investigations.custody.domain.CustodyClock;
import kz.ecase.investigations.custody.domain.CustodyKind;
import kz.ecase.investigations.custody.domain.CustodyLimits;
import kz.ecase.investigations.custody.domain.DetentionGround;
import kz.ecase.kernel.Iin;

/**
 * Checks a submitted delivery or detention field by field and reports every problem at once: the
 * kind, the IIN, the moment of restriction (not in the future), the place and grounds, a stated
 * ground only for a detention, the reason of a late entry (more than the law value {@value
 * CustodyLimits#LATE_ENTRY} after the restriction), the lengths of the texts and the PIN.
 */
final class CustodyValidation {

  static final int MAX_PLACE = 300;
  static final int MAX_GROUNDS = 4000;
  static final int MAX_REFERENCE = 200;
  static final int MAX_LATE_REASON = 1000;

  /** The form as it passed: values of their types. */
  record ValidCustody(
      CustodyKind kind,
      Iin iin,
      Instant restrictedAt,
      String place,
      String grounds,
      DetentionGround ground,
      boolean lateEntry,
      String lateReason,
      String reference) {}

  private final CustodyLimits limits;
  private final List<FieldProblem> problems = new ArrayList<>();

  private CustodyValidation(CustodyLimits limits) {
    this.limits = limits;
  }

  /**
   * @param now when the entry is made
   * @throws CustodyInputException with every problem found
   */
  static ValidCustody check(CustodyForm form, Instant now, CustodyLimits limits) {
    return new CustodyValidation(limits).checked(form, now);
  }

  private ValidCustody checked(CustodyForm form, Instant now) {
    CustodyKind kind = kindOf(form.kind());
    Iin iin = iinOf(form.iin());
    Instant restrictedAt = momentOf(form.restrictedAt(), now);
    String place = text("place", form.place(), MAX_PLACE, true);
    String grounds = text("grounds", form.grounds(), MAX_GROUNDS, true);
    DetentionGround ground = groundOf(form.exceptionalGround(), kind);
    String reference = text("reference", form.reference(), MAX_REFERENCE, false);
    boolean late = restrictedAt != null && limits.late(restrictedAt, now);
    String lateReason = text("lateReason", form.lateReason(), MAX_LATE_REASON, late);
    if (form.pin() == null || form.pin().isBlank()) {
      problem("pin", "custody.error.pin", "Your signing PIN is required to sign the act");
    }
    if (!problems.isEmpty()) {
      throw new CustodyInputException(problems);
    }
    return new ValidCustody(
        kind, iin, restrictedAt, place, grounds, ground, late, late ? lateReason : null, reference);
  }

  private CustodyKind kindOf(String text) {
    try {
      return CustodyKind.valueOf(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      problem("kind", "custody.error.kind", "DELIVERY or DETENTION");
      return null;
    }
  }

  private Iin iinOf(String text) {
    String value = text == null ? "" : text.strip();
    Optional<Iin.Violation> violation = Iin.check(value);
    if (violation.isPresent()) {
      problem("iin", violation.get().messageKey(), violation.get().message());
      return null;
    }
    return Iin.of(value);
  }

  /**
   * A moment of restriction as typed, or null with its problem added: required, readable, not in
   * the future.
   */
  static Instant moment(
      String text, Instant now, CustodyLimits limits, List<FieldProblem> problems) {
    CustodyValidation validation = new CustodyValidation(limits);
    Instant moment = validation.momentOf(text, now);
    problems.addAll(validation.problems);
    return moment;
  }

  private Instant momentOf(String text, Instant now) {
    if (text == null || text.isBlank()) {
      problem("restrictedAt", "custody.error.restrictedAt.required", "The moment is required");
      return null;
    }
    Instant moment = parse(text.strip());
    if (moment == null) {
      problem(
          "restrictedAt",
          "custody.error.restrictedAt.format",
          "A date and time such as 2026-12-05T10:30 or 2026-12-05T05:30:00Z");
    } else if (moment.isAfter(now.plus(CustodyClock.CLOCK_SKEW))) {
      problem("restrictedAt", "custody.error.restrictedAt.future", "The moment is in the future");
      return null;
    }
    return moment;
  }

  /** An instant, an offset date-time, or a local date-time in the procedure's zone. */
  Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException notInstant) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException notOffset) {
        try {
          return LocalDateTime.parse(text).atZone(limits.zone()).toInstant();
        } catch (DateTimeException notLocal) {
          return null;
        }
      }
    }
  }

  private DetentionGround groundOf(String text, CustodyKind kind) {
    if (text == null || text.isBlank()) {
      return null;
    }
    DetentionGround ground;
    try {
      ground = DetentionGround.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      problem(
          "exceptionalGround",
          "custody.error.exceptionalGround",
          "ESPECIALLY_GRAVE_CRIME, TERRORISM or EXTREMISM");
      return null;
    }
    if (kind == CustodyKind.DELIVERY) {
      problem(
          "exceptionalGround",
          "custody.error.exceptionalGround.delivery",
          "Only a detention has a ground for 72 hours");
      return null;
    }
    return ground;
  }

  private String text(String field, String text, int max, boolean required) {
    String value = text == null ? "" : text.strip();
    if (required && value.isEmpty()) {
      problem(field, "custody.error." + field + ".required", "Required");
      return null;
    }
    if (value.length() > max) {
      problem(field, "custody.error.too-long", "At most " + max + " characters");
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  private void problem(String field, String key, String message) {
    problems.add(new FieldProblem(field, key, message));
  }
}
