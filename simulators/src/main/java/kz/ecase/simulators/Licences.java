package kz.ecase.simulators;

import java.time.LocalDate;
import java.util.List;

/**
 * The register of driving licences: about 55% of adults have one, first issued at 18 or later and
 * renewed every ten years. About 8% stopped renewing, so their licence is {@code EXPIRED}; a
 * licence is {@code SUSPENDED} after drunk driving (article 608-1) in the last two years, and for a
 * further 3% of holders for other reasons.
 */
final class Licences {

  static final double HOLDER_SHARE = 0.55;
  static final int YEARS_VALID = 10;

  /** The state of a licence. */
  enum Status {
    VALID,
    SUSPENDED,
    EXPIRED
  }

  /** One licence with its categories. */
  record Licence(
      String number, List<String> categories, LocalDate issued, LocalDate expires, Status status) {}

  /** The register's answer: the list is empty for someone who never had a licence. */
  record LicenceRecord(String iin, List<Licence> licences) {}

  /** A set of categories and how common it is. */
  private record Categories(List<String> names, int weight) {}

  private static final List<Categories> CATEGORIES =
      List.of(
          new Categories(List.of("B"), 60),
          new Categories(List.of("B", "C"), 12),
          new Categories(List.of("A", "B"), 8),
          new Categories(List.of("B", "BE"), 6),
          new Categories(List.of("B", "C", "CE"), 8),
          new Categories(List.of("B", "C", "D"), 6));

  private final Population population;
  private final AdminOffences offences;

  Licences(Population population, AdminOffences offences) {
    this.population = population;
    this.offences = offences;
  }

  LicenceRecord recordOf(Person person) {
    Dice dice = Dice.of("licences", person.iin());
    LocalDate today = population.today();
    if (!person.hasTurned(18, today) || !dice.chance(HOLDER_SHARE)) {
      return new LicenceRecord(person.iin(), List.of());
    }
    LocalDate firstIssued = person.birthday(18).plusDays(dice.below(12 * 365));
    if (firstIssued.isAfter(today)) {
      return new LicenceRecord(person.iin(), List.of());
    }
    LocalDate issued = firstIssued;
    while (!issued.plusYears(YEARS_VALID).isAfter(today)) {
      issued = issued.plusYears(YEARS_VALID);
    }
    if (dice.chance(0.08) && !issued.equals(firstIssued)) {
      issued = issued.minusYears(YEARS_VALID);
    }
    LocalDate expires = issued.plusYears(YEARS_VALID);
    String number = dice.characters("ABCEHKMOPTX", 2) + dice.characters("0123456789", 6);
    List<String> categories = dice.pickWeighted(CATEGORIES, Categories::weight).names();
    Status status = statusOf(person, expires, today, dice.chance(0.03));
    return new LicenceRecord(
        person.iin(), List.of(new Licence(number, categories, issued, expires, status)));
  }

  private Status statusOf(Person person, LocalDate expires, LocalDate today, boolean suspended) {
    if (!expires.isAfter(today)) {
      return Status.EXPIRED;
    }
    boolean drunkDriving =
        offences.offencesOf(person).stream()
            .anyMatch(
                offence ->
                    offence.article().equals(AdminOffences.DRUNK_DRIVING)
                        && offence.date().isAfter(today.minusYears(2)));
    return suspended || drunkDriving ? Status.SUSPENDED : Status.VALID;
  }
}
