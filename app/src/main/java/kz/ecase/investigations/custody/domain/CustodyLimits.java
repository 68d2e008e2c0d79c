package kz.ecase.investigations.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import kz.ecase.kernel.Iin;
import kz.ecase.procedure.LawValue;
import kz.ecase.procedure.LawValues;

/**
 * The one place that says how long a person may be held: delivery at most 3 hours; detention 48
 * hours, 72 only on a ground the Code names, 24 for a minor (under 18 by the IIN's birth date at
 * the moment of restriction, in the procedure's zone). Every limit is a law value, the one in force
 * on the day of restriction. Also: how late an entry may be made without stating why.
 */
public final class CustodyLimits {

  public static final String DELIVERY = "investigations.custody.delivery";
  public static final String DETENTION = "investigations.custody.detention";
  public static final String DETENTION_EXCEPTIONAL = "investigations.custody.detention-exceptional";
  public static final String DETENTION_MINOR = "investigations.custody.detention-minor";
  public static final String LATE_ENTRY = "investigations.custody.late-entry";

  /** Age of majority (Civil Code art. 17; the Code's rules on minors apply below it). */
  static final int MAJORITY = 18;

  private final LawValues law;
  private final ZoneId zone;

  public CustodyLimits(LawValues law, ZoneId zone) {
    this.law = law;
    this.zone = zone;
  }

  /**
   * The limit of a clock.
   *
   * @param ground the stated ground of a 72-hour detention, or null
   */
  public CustodyLimit limitOf(
      CustodyKind kind, Iin person, DetentionGround ground, Instant restrictedAt) {
    String key =
        switch (kind) {
          case DELIVERY -> DELIVERY;
          case DETENTION -> {
            if (minorAt(person, restrictedAt)) {
              yield DETENTION_MINOR;
            }
            yield ground == null ? DETENTION : DETENTION_EXCEPTIONAL;
          }
        };
    LawValue value = law.on(key, dateOf(restrictedAt));
    return new CustodyLimit(key, value.duration(), value.confirmed(), value.source());
  }

  /** Whether the person was under 18 at the moment (their birthday counts as the day they turn). */
  public boolean minorAt(Iin person, Instant moment) {
    LocalDate birth = person.birthDate();
    return Period.between(birth, dateOf(moment)).getYears() < MAJORITY;
  }

  /** How long after the restriction an entry may be made without stating why it is late. */
  public Duration lateEntryAfter(Instant restrictedAt) {
    return law.on(LATE_ENTRY, dateOf(restrictedAt)).duration();
  }

  /**
   * Whether an entry made at {@code enteredAt} is late for a restriction at {@code restrictedAt}.
   */
  public boolean late(Instant restrictedAt, Instant enteredAt) {
    return Duration.between(restrictedAt, enteredAt).compareTo(lateEntryAfter(restrictedAt)) > 0;
  }

  public ZoneId zone() {
    return zone;
  }

  private LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }
}
