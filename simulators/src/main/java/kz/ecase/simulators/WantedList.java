package kz.ecase.simulators;

import java.time.LocalDate;

/**
 * The wanted-persons list: about one person in two hundred aged 14 or more is wanted, since a day
 * in the last five years, on the initiative of the police department of their home region (or, for
 * three in ten, of another region).
 */
final class WantedList {

  static final double WANTED_SHARE = 0.005;

  /** The list's answer: {@code since} and {@code initiator} are null for someone not wanted. */
  record WantedStatus(String iin, boolean wanted, LocalDate since, String initiator) {}

  private final Population population;

  WantedList(Population population) {
    this.population = population;
  }

  WantedStatus statusOf(Person person) {
    Dice dice = Dice.of("wanted", person.iin());
    LocalDate today = population.today();
    if (!person.hasTurned(14, today) || !dice.chance(WANTED_SHARE)) {
      return new WantedStatus(person.iin(), false, null, null);
    }
    LocalDate since = dice.dayBetween(person.firstDayAged(14, today.minusYears(5)), today);
    Region initiator = dice.chance(0.7) ? person.homeRegion() : Region.choose(dice);
    return new WantedStatus(person.iin(), true, since, initiator.policeDepartment());
  }
}
