package kz.ecase.simulators;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one-to-one correspondence between vehicle slots and plate numbers that lets the vehicle
 * register answer both ways without storing anything. Plates have Kazakhstan's format for private
 * vehicles, three digits, three Latin letters and a region code 01–20 ({@code 123ABC01}):
 * 351,520,000 plates. Owners are grouped by birth date (1925-01-01 to 2021-03-29), sex and the last
 * three digits of the IIN's serial number, and each group has five slots; a slot's number,
 * scrambled by an affine permutation so that neighbours look unrelated, is its plate, and every
 * plate is exactly one slot.
 */
final class PlateCode {

  static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1925, 1, 1);
  static final int BIRTH_DATES = 35_152;
  static final int SERIAL_GROUPS = 1000;
  static final int SLOTS_PER_GROUP = 5;

  private static final Pattern PLATE = Pattern.compile("[0-9]{3}[A-Z]{3}[0-9]{2}");
  private static final int REGIONS = 20;
  private static final long PLATES = 1000L * 26 * 26 * 26 * REGIONS;
  private static final long MULTIPLIER = 192_837_461L;
  private static final long INVERSE =
      BigInteger.valueOf(MULTIPLIER).modInverse(BigInteger.valueOf(PLATES)).longValueExact();
  private static final long OFFSET = 12_345_679L;

  /** The group of owners born on one day, of one sex and serial group, and a slot within it. */
  record Slot(LocalDate birthDate, boolean male, int serialGroup, int index) {}

  private PlateCode() {}

  static boolean isWellFormed(String plate) {
    return PLATE.matcher(plate).matches();
  }

  static boolean covers(LocalDate birthDate) {
    long day = birthDate.toEpochDay() - FIRST_BIRTH_DATE.toEpochDay();
    return day >= 0 && day < BIRTH_DATES;
  }

  static String plateOf(Slot slot) {
    if (!covers(slot.birthDate())) {
      throw new IllegalArgumentException("no plates for owners born " + slot.birthDate());
    }
    long day = slot.birthDate().toEpochDay() - FIRST_BIRTH_DATE.toEpochDay();
    long number =
        ((day * 2 + (slot.male() ? 0 : 1)) * SERIAL_GROUPS + slot.serialGroup()) * SLOTS_PER_GROUP
            + slot.index();
    long scrambled = Math.floorMod(number * MULTIPLIER + OFFSET, PLATES);
    int digits = (int) (scrambled % 1000);
    long rest = scrambled / 1000;
    char[] letters = new char[3];
    for (int i = 2; i >= 0; i--) {
      letters[i] = (char) ('A' + rest % 26);
      rest /= 26;
    }
    return String.format("%03d%s%02d", digits, new String(letters), rest + 1);
  }

  /** The slot this plate numbers, or empty if it is not a plate of a private vehicle here. */
  static Optional<Slot> slotOf(String plate) {
    if (!isWellFormed(plate)) {
      return Optional.empty();
    }
    int region = Integer.parseInt(plate.substring(6, 8));
    if (region < 1 || region > REGIONS) {
      return Optional.empty();
    }
    long scrambled = region - 1;
    for (int i = 3; i < 6; i++) {
      scrambled = scrambled * 26 + (plate.charAt(i) - 'A');
    }
    scrambled = scrambled * 1000 + Integer.parseInt(plate.substring(0, 3));
    long number = Math.floorMod(Math.floorMod(scrambled - OFFSET, PLATES) * INVERSE, PLATES);
    int index = (int) (number % SLOTS_PER_GROUP);
    number /= SLOTS_PER_GROUP;
    int serialGroup = (int) (number % SERIAL_GROUPS);
    number /= SERIAL_GROUPS;
    boolean male = number % 2 == 0;
    LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(number / 2);
    return Optional.of(new Slot(birthDate, male, serialGroup, index));
  }
}
