package kz.ecase.load;

import java.time.LocalDate;

/**
 * The load mix's people, the same on every run: person {@code k} has a valid IIN (a birth date
 * 1960–2004, the century-and-sex digit, a serial and the check digit as {@code kernel/Iin} computes
 * it: weights 1..11, then 3..11,1,2 when the first pass gives 10, and serials whose check digit
 * would still be 10 skipped) and a car with a plate of the current format (3 digits, 3 Latin
 * letters, Astana's region code 01).
 *
 * <p>No dependencies, so that the bench script can print the citizens' IINs without a build: {@code
 * java bench/gatling/src/test/java/kz/ecase/load/People.java 200} prints the IINs of persons
 * 0..199, one a line: the portal's citizens when no protocols are loaded (else bench/run-load-mix.sh
 * takes people of the loaded protocols).
 */
public final class People {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);
  private static final int BIRTH_DAYS = 16_000; // to the end of 2003

  private People() {}

  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    for (int k = 0; k < count; k++) {
      System.out.println(iin(k));
    }
  }

  /** The IIN of person k: a birth date by k, then the first serial that has a check digit. */
  public static String iin(int k) {
    LocalDate born = FIRST_BIRTH.plusDays((k * 7919L) % BIRTH_DAYS);
    boolean male = k % 2 == 0;
    int century = born.getYear() < 2000 ? (male ? 3 : 4) : (male ? 5 : 6);
    String date =
        String.format(
            "%02d%02d%02d%d",
            born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), century);
    for (int serial = k % 9000; ; serial++) {
      String eleven = date + String.format("%04d", serial % 10_000);
      int check = weightedSum(eleven, FIRST_WEIGHTS) % 11;
      if (check == 10) {
        check = weightedSum(eleven, SECOND_WEIGHTS) % 11;
      }
      if (check < 10) {
        return eleven + check;
      }
    }
  }

  /** The plate of person k's car: {@code 123ABC01}. */
  public static String plate(int k) {
    int letters = (k * 31 + 7) % (26 * 26 * 26);
    return String.format("%03d", k % 1000)
        + (char) ('A' + letters / 676)
        + (char) ('A' + letters / 26 % 26)
        + (char) ('A' + letters % 26)
        + "01";
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
