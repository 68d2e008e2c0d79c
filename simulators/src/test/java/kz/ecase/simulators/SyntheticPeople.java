package kz.ecase.simulators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic population on a fixed day, and registered people drawn at random from it, for the
 * tests of each registry.
 */
final class SyntheticPeople {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  final Population population = new Population(fixedClock());
  final RandomIins iins = new RandomIins();

  static Clock fixedClock() {
    return Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE);
  }

  /** {@code count} registered people. */
  List<Person> people(int count) {
    List<Person> people = new ArrayList<>(count);
    while (people.size() < count) {
      population.find(iins.next()).ifPresent(people::add);
    }
    return people;
  }

  /** {@code count} registered people at least {@code years} old today. */
  List<Person> peopleAged(int years, int count) {
    List<Person> people = new ArrayList<>(count);
    while (people.size() < count) {
      population
          .find(iins.next())
          .filter(person -> person.hasTurned(years, TODAY))
          .ifPresent(people::add);
    }
    return people;
  }

  String seed() {
    return iins.seed();
  }
}
