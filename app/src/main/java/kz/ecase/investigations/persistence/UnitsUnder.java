package kz.ecase.investigations.persistence;

/**
 * The units a user works in as a condition on a unit column, with the parameter {@code :units}: a
 * department's code (six digits, no units below it) is that unit itself, a region's code (two
 * digits) every unit that starts with it. Equality lets an index on (unit, …) give its rows in the
 * order of its next column, so a list of one department reads only the rows it shows; a prefix
 * needs an index with {@code varchar_pattern_ops} unless the database's collation is C.
 */
public final class UnitsUnder {

  private UnitsUnder() {}

  /** {@code column = :units} for a department, {@code column like :units} for a region. */
  public static String condition(String column, String code) {
    return department(code) ? column + " = :units" : column + " like :units";
  }

  /** The value of {@code :units} for {@link #condition}. */
  public static String parameter(String code) {
    return department(code) ? code : code + "%";
  }

  private static boolean department(String code) {
    return code.length() == 6;
  }
}
