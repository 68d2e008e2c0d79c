package kz.ecase.simulators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of fines due, kept consistent with the offences register: every unpaid offence is an
 * unpaid fine, referenced by its protocol number, in tenge (its MCI times the MCI of the offence's
 * year), due 40 days after the offence (10 days to appeal, then 30 to pay); once that day has
 * passed the fine is also in compulsory enforcement (AIS BEP).
 */
final class Fines {

  static final int DAYS_TO_PAY = 40;

  /** A fine not paid yet. */
  record UnpaidFine(String reference, String article, long amountKzt, LocalDate dueDate) {}

  /**
   * Enforcement proceedings over an overdue fine; status {@code IN_PROGRESS} or {@code SUSPENDED}.
   */
  record Enforcement(String number, long amountKzt, String status) {}

  /** The register's answer. */
  record FineRecord(String iin, List<UnpaidFine> unpaidFines, List<Enforcement> enforcement) {}

  private final Population population;
  private final AdminOffences offences;

  Fines(Population population, AdminOffences offences) {
    this.population = population;
    this.offences = offences;
  }

  FineRecord recordOf(Person person) {
    LocalDate today = population.today();
    List<UnpaidFine> unpaid = new ArrayList<>();
    List<Enforcement> enforcement = new ArrayList<>();
    for (AdminOffences.Offence offence : offences.offencesOf(person)) {
      if (offence.paid()) {
        continue;
      }
      long amount =
          (long) offence.fineMci() * MonthlyCalculationIndex.tengeIn(offence.date().getYear());
      LocalDate due = offence.date().plusDays(DAYS_TO_PAY);
      unpaid.add(new UnpaidFine(offence.protocolNumber(), offence.article(), amount, due));
      if (due.isBefore(today)) {
        enforcement.add(enforcementOf(offence, due, amount));
      }
    }
    return new FineRecord(person.iin(), unpaid, enforcement);
  }

  private static Enforcement enforcementOf(
      AdminOffences.Offence offence, LocalDate opened, long amount) {
    Dice dice = Dice.of("enforcement", offence.protocolNumber());
    String number = String.format("%d-%s", opened.getYear(), dice.characters("0123456789", 8));
    String status = dice.chance(0.85) ? "IN_PROGRESS" : "SUSPENDED";
    return new Enforcement(number, amount, status);
  }
}
