package kz.ecase.offences.domain;

/** A fine's lower and upper bound in MCI, both inclusive ({@code 5} or {@code 5-10}). */
public record FineRange(int minMci, int maxMci) {

  public FineRange {
    if (minMci < 0 || maxMci < minMci) {
      throw new IllegalArgumentException("not a fine range: " + minMci + "-" + maxMci);
    }
  }

  public static FineRange exactly(int mci) {
    return new FineRange(mci, mci);
  }

  /** Parses {@code 5} or {@code 5-10}. */
  public static FineRange parse(String text) {
    String[] bounds = text.strip().split("\\s*[-–]\\s*");
    int min = Integer.parseInt(bounds[0]);
    return new FineRange(min, bounds.length > 1 ? Integer.parseInt(bounds[1]) : min);
  }

  public boolean contains(int mci) {
    return mci >= minMci && mci <= maxMci;
  }

  @Override
  public String toString() {
    return minMci == maxMci ? Integer.toString(minMci) : minMci + "-" + maxMci;
  }
}
