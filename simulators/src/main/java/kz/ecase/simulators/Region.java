package kz.ecase.simulators;

import java.util.List;

/**
 * One of Kazakhstan's seventeen regions or three cities of republican significance, with its
 * centre, its two-digit territorial code (as in KATO), roughly its population in thousands (how
 * often people live there), the centre's name in the Russian genitive for court names, and its
 * police department.
 */
record Region(
    String name,
    String city,
    String code,
    int populationThousands,
    String cityGenitive,
    String policeDepartment) {

  static final List<Region> ALL =
      List.of(
          new Region("Алматы", "Алматы", "75", 2230, "г. Алматы", "ДП г. Алматы"),
          new Region("Астана", "Астана", "71", 1450, "г. Астаны", "ДП г. Астаны"),
          new Region("Шымкент", "Шымкент", "79", 1220, "г. Шымкента", "ДП г. Шымкента"),
          new Region(
              "Түркістан облысы",
              "Түркістан",
              "61",
              2110,
              "г. Туркестана",
              "ДП Туркестанской области"),
          new Region("Алматы облысы", "Қонаев", "19", 1530, "г. Конаева", "ДП Алматинской области"),
          new Region("Жамбыл облысы", "Тараз", "31", 1220, "г. Тараза", "ДП Жамбылской области"),
          new Region(
              "Қарағанды облысы",
              "Қарағанды",
              "35",
              1130,
              "г. Караганды",
              "ДП Карагандинской области"),
          new Region("Ақтөбе облысы", "Ақтөбе", "15", 930, "г. Актобе", "ДП Актюбинской области"),
          new Region(
              "Шығыс Қазақстан облысы",
              "Өскемен",
              "63",
              720,
              "г. Усть-Каменогорска",
              "ДП Восточно-Казахстанской области"),
          new Region(
              "Қызылорда облысы",
              "Қызылорда",
              "43",
              830,
              "г. Кызылорды",
              "ДП Кызылординской области"),
          new Region("Атырау облысы", "Атырау", "23", 700, "г. Атырау", "ДП Атырауской области"),
          new Region(
              "Маңғыстау облысы", "Ақтау", "47", 780, "г. Актау", "ДП Мангистауской области"),
          new Region(
              "Павлодар облысы", "Павлодар", "55", 750, "г. Павлодара", "ДП Павлодарской области"),
          new Region(
              "Қостанай облысы", "Қостанай", "39", 830, "г. Костаная", "ДП Костанайской области"),
          new Region(
              "Ақмола облысы", "Көкшетау", "11", 790, "г. Кокшетау", "ДП Акмолинской области"),
          new Region(
              "Батыс Қазақстан облысы",
              "Орал",
              "27",
              690,
              "г. Уральска",
              "ДП Западно-Казахстанской области"),
          new Region(
              "Солтүстік Қазақстан облысы",
              "Петропавл",
              "59",
              530,
              "г. Петропавловска",
              "ДП Северо-Казахстанской области"),
          new Region("Абай облысы", "Семей", "10", 600, "г. Семей", "ДП области Абай"),
          new Region(
              "Жетісу облысы", "Талдықорған", "33", 700, "г. Талдыкоргана", "ДП области Жетісу"),
          new Region(
              "Ұлытау облысы", "Жезқазған", "62", 220, "г. Жезказгана", "ДП области Ұлытау"));

  /** A region chosen as likely as its share of the population. */
  static Region choose(Dice dice) {
    return dice.pickWeighted(ALL, Region::populationThousands);
  }

  static Region named(String name) {
    return ALL.stream()
        .filter(region -> region.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no region " + name));
  }

  /** The three cities of republican significance are regions of their own. */
  boolean isCity() {
    return name.equals(city);
  }
}
