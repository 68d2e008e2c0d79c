package kz.ecase.simulators;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person as the population register answers for them; its birth date and sex are those the IIN
 * encodes. Children under 14 have no mobile phone ({@code null}).
 */
record Person(
    String iin,
    String lastName,
    String firstName,
    String patronymic,
    LocalDate birthDate,
    Sex sex,
    String citizenship,
    Address address,
    String mobilePhone) {

  /** The sex, as the population register writes it. */
  enum Sex {
    MALE,
    FEMALE
  }

  int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** The day the person turns {@code years} old. */
  LocalDate birthday(int years) {
    return birthDate.plusYears(years);
  }

  /** Whether the person is {@code years} old or older on {@code day}. */
  boolean hasTurned(int years, LocalDate day) {
    return !birthday(years).isAfter(day);
  }

  /** The later of the day the person turns {@code years} old and {@code notBefore}. */
  LocalDate firstDayAged(int years, LocalDate notBefore) {
    LocalDate birthday = birthday(years);
    return birthday.isAfter(notBefore) ? birthday : notBefore;
  }

  Region homeRegion() {
    return Region.named(address.region());
  }
}
