package kz.ecase.simulators;

/**
 * A vehicle identification number (ISO 3779): the manufacturer's three characters, five describing
 * the vehicle, a check digit (the North American rule, weights 8,7,6,5,4,3,2,10,0,9,…,2 mod 11, 10
 * written X), the model year's code, the plant and a six-digit serial. Letters I, O and Q never
 * occur.
 */
final class Vin {

  private static final String CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
  private static final String LETTER_VALUES = "12345678_12345_7_923456789";
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  private Vin() {}

  static String of(Dice dice, VehicleModel model, int year) {
    StringBuilder vin = new StringBuilder(17);
    vin.append(model.manufacturer())
        .append(dice.characters(CHARACTERS, 5))
        .append('0')
        .append(YEAR_CODES.charAt(Math.floorMod(year - 1980, 30)))
        .append(dice.characters(CHARACTERS, 1))
        .append(dice.characters("0123456789", 6));
    vin.setCharAt(8, checkDigitOf(vin));
    return vin.toString();
  }

  static char checkDigitOf(CharSequence vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += valueOf(vin.charAt(i)) * WEIGHTS[i];
    }
    int check = sum % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static int valueOf(char c) {
    return Character.isDigit(c) ? c - '0' : LETTER_VALUES.charAt(c - 'A') - '0';
  }
}
