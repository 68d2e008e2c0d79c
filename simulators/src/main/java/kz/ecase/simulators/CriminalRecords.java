package kz.ecase.simulators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The register of criminal records: about 5% of people aged 16 or more have one or two convictions
 * (articles of the Criminal Code, court, date, sentence), and about 2% of those aged 14 or more are
 * suspects in a pre-trial investigation still open, under a 15-digit ERDR number.
 */
final class CriminalRecords {

  static final double CONVICTED_SHARE = 0.05;
  static final double SUSPECT_SHARE = 0.02;

  private static final List<String> ARTICLES =
      List.of(
          "188 ч.1", "188 ч.2", "188 ч.2", "188 ч.3", "190 ч.1", "190 ч.2", "191 ч.1", "191 ч.2",
          "192 ч.1", "106 ч.1", "107 ч.1", "200 ч.1", "293 ч.1", "293 ч.2", "296 ч.1", "297 ч.1",
          "345 ч.1", "99 ч.1");
  private static final List<String> STAGES =
      List.of("досудебное расследование", "досудебное расследование", "приостановлено");

  /** One conviction. */
  record Conviction(String article, String court, LocalDate date, String sentence) {}

  /** A pre-trial investigation in which the person is a suspect. */
  record OpenProceeding(String caseNumber, String article, String stage) {}

  /** The register's answer: both lists are empty for someone with a clean record. */
  record CriminalRecord(
      String iin, List<Conviction> convictions, List<OpenProceeding> openProceedings) {}

  private final Population population;

  CriminalRecords(Population population) {
    this.population = population;
  }

  CriminalRecord recordOf(Person person) {
    Dice dice = Dice.of("criminal-records", person.iin());
    LocalDate today = population.today();
    List<Conviction> convictions = new ArrayList<>();
    if (person.hasTurned(16, today) && dice.chance(CONVICTED_SHARE)) {
      int count = dice.chance(0.75) ? 1 : 2;
      for (int i = 0; i < count; i++) {
        convictions.add(conviction(dice, person, today));
      }
      convictions.sort(Comparator.comparing(Conviction::date));
    }
    List<OpenProceeding> open = new ArrayList<>();
    if (person.hasTurned(14, today) && dice.chance(SUSPECT_SHARE)) {
      open.add(openProceeding(dice, person, today));
    }
    return new CriminalRecord(person.iin(), convictions, open);
  }

  private static Conviction conviction(Dice dice, Person person, LocalDate today) {
    LocalDate date = dice.dayBetween(person.birthday(16), today);
    Region region = dice.chance(0.8) ? person.homeRegion() : Region.choose(dice);
    String court = "Районный суд №" + dice.between(1, 4) + " " + region.cityGenitive();
    return new Conviction(dice.pick(ARTICLES), court, date, sentence(dice));
  }

  private static String sentence(Dice dice) {
    return switch (dice.below(5)) {
      case 0, 1 -> "лишение свободы на " + years(dice.between(1, 10));
      case 2 -> "ограничение свободы на " + years(dice.between(1, 5));
      case 3 -> "штраф " + 100 * dice.between(1, 20) + " МРП";
      default -> "исправительные работы " + 100 * dice.between(1, 10) + " МРП";
    };
  }

  private static String years(int count) {
    if (count % 10 == 1 && count % 100 != 11) {
      return count + " год";
    }
    boolean few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
    return count + (few ? " года" : " лет");
  }

  private static OpenProceeding openProceeding(Dice dice, Person person, LocalDate today) {
    LocalDate registered = dice.dayBetween(person.firstDayAged(14, today.minusYears(1)), today);
    Region region = dice.chance(0.8) ? person.homeRegion() : Region.choose(dice);
    String caseNumber =
        String.format(
            "%02d%s%04d1%06d",
            registered.getYear() % 100,
            region.code(),
            dice.between(1, 30),
            dice.between(1, 999_999));
    return new OpenProceeding(caseNumber, dice.pick(ARTICLES), dice.pick(STAGES));
  }
}
