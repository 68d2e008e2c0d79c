package kz.ecase.simulators;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Valid IINs for property tests, drawn from a seeded generator: birth dates from 1930 to 2025, both
 * sexes, any serial. The seed is random unless {@code -Dsimulators.seed=N} fixes it, and {@link
 * #seed()} belongs in every assertion's description so that a failure can be replayed.
 */
final class RandomIins {

  private static final LocalDate FIRST = LocalDate.of(1930, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  private final long seed;
  private final SplittableRandom random;

  RandomIins() {
    this(Long.getLong("simulators.seed", new SecureRandom().nextLong()));
  }

  RandomIins(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Describes the seed, for assertion descriptions. */
  String seed() {
    return "seed " + seed + " (replay with -Dsimulators.seed=" + seed + ")";
  }

  Iin next() {
    while (true) {
      LocalDate birthDate =
          LocalDate.ofEpochDay(random.nextLong(FIRST.toEpochDay(), LAST.toEpochDay() + 1));
      Optional<Iin> iin = Iin.of(birthDate, random.nextBoolean(), random.nextInt(10_000));
      if (iin.isPresent()) {
        return iin.get();
      }
    }
  }

  /** A plate in the {@code 123ABC01} format, region 01–20. */
  String nextPlate() {
    StringBuilder plate = new StringBuilder(String.format("%03d", random.nextInt(1000)));
    for (int i = 0; i < 3; i++) {
      plate.append((char) ('A' + random.nextInt(26)));
    }
    return plate.append(String.format("%02d", random.nextInt(1, 21))).toString();
  }
}
