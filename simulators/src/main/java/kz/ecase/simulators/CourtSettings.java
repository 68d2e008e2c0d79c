package kz.ecase.simulators;

import java.time.Duration;

/**
 * How the simulated court decides on its own: a case still accepted {@code autoDecideAfter} after
 * its file came is decided (an order for a case sent by an order-procedure protocol, a sentence
 * otherwise), so that a demo and tests see a case close without a clerk; {@code null}: only the
 * admin API decides or returns cases.
 */
public record CourtSettings(Duration autoDecideAfter) {

  /** The longest wait it accepts: a day. */
  static final Duration LONGEST = Duration.ofDays(1);

  /** Decides by itself half a minute after a file comes. */
  public static final CourtSettings DEFAULT = new CourtSettings(Duration.ofSeconds(30));

  /** Decides nothing by itself. */
  public static final CourtSettings MANUAL = new CourtSettings(null);

  public CourtSettings {
    if (autoDecideAfter != null
        && (autoDecideAfter.isNegative() || autoDecideAfter.compareTo(LONGEST) > 0)) {
      throw new IllegalArgumentException(
          "autoDecideAfterSeconds must be from 0 to " + LONGEST.toSeconds() + ", or null (never)");
    }
  }

  /** Decides by itself this many seconds after a file comes. */
  public static CourtSettings autoDecidingAfter(Duration wait) {
    return new CourtSettings(wait);
  }
}
