package kz.ecase.simulators;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Deterministic random choices about one thing, seeded from its name (for example a registry's
 * topic and an IIN): the same name gives the same throws on every machine, JDK and restart. The
 * seed is the 64-bit FNV-1a hash of the name and the generator SplitMix64, both written out here
 * rather than borrowed from the JDK, whose generators are free to change their algorithm.
 */
final class Dice {

  private long state;

  private Dice(long seed) {
    this.state = seed;
  }

  /** Dice for the thing named by these parts, e.g. {@code Dice.of("licences", iin)}. */
  static Dice of(Object... parts) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < parts.length; i++) {
      byte[] bytes = ((i == 0 ? "" : "|") + parts[i]).getBytes(StandardCharsets.UTF_8);
      for (byte b : bytes) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
    }
    return new Dice(hash);
  }

  long nextLong() {
    long z = (state += 0x9e3779b97f4a7c15L);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int below(int bound) {
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  /** Uniform in [min, max], both included. */
  int between(int min, int max) {
    return min + below(max - min + 1);
  }

  /** True with this probability. */
  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  <T> T pick(List<T> choices) {
    return choices.get(below(choices.size()));
  }

  /** One of the choices, each as likely as its weight. */
  <T> T pickWeighted(List<T> choices, ToIntFunction<T> weight) {
    int total = choices.stream().mapToInt(weight).sum();
    int throwOf = below(total);
    for (T choice : choices) {
      throwOf -= weight.applyAsInt(choice);
      if (throwOf < 0) {
        return choice;
      }
    }
    throw new IllegalArgumentException("weights must be positive");
  }

  /** A day in [from, to], both included; {@code to} must not be before {@code from}. */
  LocalDate dayBetween(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(Long.remainderUnsigned(nextLong(), days + 1));
  }

  /** A string of {@code length} characters drawn from {@code alphabet}. */
  String characters(String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(below(alphabet.length())));
    }
    return text.toString();
  }
}
