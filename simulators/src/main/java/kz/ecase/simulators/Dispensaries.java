package kz.ecase.simulators;

import java.time.LocalDate;
import java.util.List;

/**
 * The registers of the narcological and psychiatric dispensaries: about 3% of people are under
 * dispensary observation in each, the narcological one from age 14 (with the diagnosis group), the
 * psychiatric one from age 3, since some day after that birthday.
 */
final class Dispensaries {

  static final double OBSERVED_SHARE = 0.03;

  private static final List<String> NARCOLOGY_GROUPS =
      List.of(
          "F10.2 синдром зависимости от алкоголя",
          "F10.2 синдром зависимости от алкоголя",
          "F10.2 синдром зависимости от алкоголя",
          "F10.1 пагубное употребление алкоголя",
          "F11.2 синдром зависимости от опиоидов",
          "F12.2 синдром зависимости от каннабиноидов",
          "F15.2 синдром зависимости от стимуляторов",
          "F19.2 синдром зависимости от нескольких веществ");

  /** The narcological dispensary's answer: {@code since} and {@code group} are null if not. */
  record NarcologyFile(String iin, boolean registered, LocalDate since, String group) {}

  /** The psychiatric dispensary's answer: {@code since} is null if not registered. */
  record PsychiatryFile(String iin, boolean registered, LocalDate since) {}

  private final Population population;

  Dispensaries(Population population) {
    this.population = population;
  }

  NarcologyFile narcologyFileOf(Person person) {
    Dice dice = Dice.of("narcology", person.iin());
    LocalDate today = population.today();
    if (!person.hasTurned(14, today) || !dice.chance(OBSERVED_SHARE)) {
      return new NarcologyFile(person.iin(), false, null, null);
    }
    LocalDate since = dice.dayBetween(person.birthday(14), today);
    return new NarcologyFile(person.iin(), true, since, dice.pick(NARCOLOGY_GROUPS));
  }

  PsychiatryFile psychiatryFileOf(Person person) {
    Dice dice = Dice.of("psychiatry", person.iin());
    LocalDate today = population.today();
    if (!person.hasTurned(3, today) || !dice.chance(OBSERVED_SHARE)) {
      return new PsychiatryFile(person.iin(), false, null);
    }
    return new PsychiatryFile(person.iin(), true, dice.dayBetween(person.birthday(3), today));
  }
}
