package kz.ecase.simulators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The synthetic population: everyone with a valid IIN is a person, generated from the IIN alone, so
 * the same IIN gives the same person everywhere. Not registered (the registries have no file on
 * them): about 2% of IINs, chosen by the IIN, and anyone whose IIN says they were born before 1900
 * or after today. Today is read from the clock, which every registry shares.
 */
final class Population {

  static final double UNREGISTERED_SHARE = 0.02;

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final List<String> MOBILE_CODES =
      List.of("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778");

  private final Clock clock;

  Population(Clock clock) {
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  boolean isRegistered(Iin iin) {
    LocalDate born = iin.birthDate();
    return !born.isBefore(EARLIEST_BIRTH)
        && !born.isAfter(today())
        && !Dice.of("unregistered", iin).chance(UNREGISTERED_SHARE);
  }

  Optional<Person> find(Iin iin) {
    return isRegistered(iin) ? Optional.of(generate(iin)) : Optional.empty();
  }

  private Person generate(Iin iin) {
    Dice dice = Dice.of("population", iin);
    PersonName name = PersonName.choose(dice, iin.isMale());
    Address address = Address.choose(dice, Region.choose(dice));
    String phone = "+7" + dice.pick(MOBILE_CODES) + dice.characters("0123456789", 7);
    Person person =
        new Person(
            iin.value(),
            name.lastName(),
            name.firstName(),
            name.patronymic(),
            iin.birthDate(),
            iin.isMale() ? Person.Sex.MALE : Person.Sex.FEMALE,
            "KZ",
            address,
            phone);
    return person.ageOn(today()) >= 14 ? person : withoutPhone(person);
  }

  private static Person withoutPhone(Person person) {
    return new Person(
        person.iin(),
        person.lastName(),
        person.firstName(),
        person.patronymic(),
        person.birthDate(),
        person.sex(),
        person.citizenship(),
        person.address(),
        null);
  }
}
