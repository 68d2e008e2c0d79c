package kz.ecase.simulators;

import java.util.List;

/**
 * Where a person is registered to live: region, city, street, house and, for a flat, the apartment
 * number ({@code null} for a private house). Most people in the three big cities live in flats,
 * about half elsewhere.
 */
record Address(String region, String city, String street, String house, String apartment) {

  private static final List<String> STREETS =
      List.of(
          "Абай даңғылы",
          "Төле би көшесі",
          "Жамбыл көшесі",
          "Сәтбаев көшесі",
          "Достық даңғылы",
          "Бейбітшілік көшесі",
          "Тәуелсіздік даңғылы",
          "Қабанбай батыр даңғылы",
          "Әуезов көшесі",
          "Байтұрсынұлы көшесі",
          "Желтоқсан көшесі",
          "Абылай хан даңғылы",
          "Наурызбай батыр көшесі",
          "Пушкин көшесі",
          "Гоголь көшесі",
          "Республика даңғылы",
          "Мәметова көшесі",
          "Сейфуллин көшесі",
          "Жібек жолы көшесі",
          "Бөкейхан көшесі");

  static Address choose(Dice dice, Region region) {
    String house = String.valueOf(dice.between(1, 180));
    if (dice.chance(0.1)) {
      house += dice.pick(List.of("А", "Б", "В"));
    }
    boolean flat = dice.chance(region.isCity() ? 0.8 : 0.55);
    String apartment = flat ? String.valueOf(dice.between(1, 320)) : null;
    return new Address(region.name(), region.city(), dice.pick(STREETS), house, apartment);
  }
}
