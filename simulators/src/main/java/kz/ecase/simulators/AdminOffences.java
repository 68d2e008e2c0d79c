package kz.ecase.simulators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The register of administrative offences (SRAP): about a quarter of people aged 16 or more have
 * one to four offences in the last three years, mostly traffic ones, each with its protocol number,
 * article of the Code of Administrative Offences (article-part), date, fine in MCI and whether it
 * is paid (a little over half are).
 */
final class AdminOffences {

  static final double OFFENDER_SHARE = 0.25;
  static final double PAID_SHARE = 0.55;
  static final String DRUNK_DRIVING = "608-1";

  private static final String DIGITS = "0123456789";

  /** An article (number-part) with its fine in MCI and how common it is. */
  private record Article(String number, int fineMci, int weight) {}

  private static final List<Article> ARTICLES =
      List.of(
          new Article("592-1", 5, 30),
          new Article("592-2", 10, 12),
          new Article("592-3", 20, 4),
          new Article("596-1", 10, 8),
          new Article(DRUNK_DRIVING, 200, 2),
          new Article("610-1", 5, 20),
          new Article("610-2", 10, 8),
          new Article("613-1", 20, 6),
          new Article("434-1", 5, 10));

  /** One offence: the protocol it was recorded in and the fine imposed. */
  record Offence(
      String protocolNumber, String article, LocalDate date, int fineMci, boolean paid) {}

  /** The register's answer: the list is empty for someone with no offences. */
  record OffenceRecord(String iin, List<Offence> offences) {}

  private final Population population;

  AdminOffences(Population population) {
    this.population = population;
  }

  OffenceRecord recordOf(Person person) {
    return new OffenceRecord(person.iin(), offencesOf(person));
  }

  /** The person's offences, oldest first. */
  List<Offence> offencesOf(Person person) {
    Dice dice = Dice.of("admin-offences", person.iin());
    LocalDate today = population.today();
    List<Offence> offences = new ArrayList<>();
    if (!person.hasTurned(16, today) || !dice.chance(OFFENDER_SHARE)) {
      return offences;
    }
    int percentile = dice.below(100);
    int count = percentile < 50 ? 1 : percentile < 80 ? 2 : percentile < 95 ? 3 : 4;
    LocalDate earliest = person.firstDayAged(16, today.minusYears(3));
    for (int i = 0; i < count; i++) {
      offences.add(offence(dice, person, dice.dayBetween(earliest, today)));
    }
    offences.sort(Comparator.comparing(Offence::date));
    return offences;
  }

  private static Offence offence(Dice dice, Person person, LocalDate date) {
    Article article = dice.pickWeighted(ARTICLES, Article::weight);
    Region region = dice.chance(0.7) ? person.homeRegion() : Region.choose(dice);
    String protocol =
        String.format("%02d%s%s", date.getYear() % 100, region.code(), dice.characters(DIGITS, 11));
    return new Offence(
        protocol, article.number(), date, article.fineMci(), dice.chance(PAID_SHARE));
  }
}
