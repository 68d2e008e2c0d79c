package kz.ecase.identity;

import java.util.Set;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;

/**
 * What access to a record depends on: the unit that owns it, the person it is about (who may see it
 * through the citizen portal), and its secrecy: a restricted record (e.g. a case of a grave crime
 * under investigative secrecy) is visible only to its assigned team, which includes the supervising
 * prosecutor.
 *
 * @param team usernames of the assigned team; what matters only when the record is restricted
 * @param admitted IINs of the persons outside the jurisdiction admitted to read it (defence
 *     lawyers, by the investigator's decision)
 */
public record RecordScope(
    UnitCode unit, Iin subject, Secrecy secrecy, Set<String> team, Set<String> admitted) {

  /** How widely a record may be seen within the jurisdiction that owns it. */
  public enum Secrecy {
    /** Everyone whose role and jurisdiction allow. */
    ORDINARY,
    /** Only the assigned team (investigators, their head, the supervising prosecutor). */
    RESTRICTED
  }

  public RecordScope {
    if (unit == null) {
      throw new IllegalArgumentException("A record belongs to a unit");
    }
    secrecy = secrecy == null ? Secrecy.ORDINARY : secrecy;
    team = team == null ? Set.of() : Set.copyOf(team);
    admitted = admitted == null ? Set.of() : Set.copyOf(admitted);
    if (secrecy == Secrecy.RESTRICTED && team.isEmpty()) {
      throw new IllegalArgumentException("A restricted record needs its assigned team");
    }
  }

  public RecordScope(UnitCode unit, Iin subject, Secrecy secrecy, Set<String> team) {
    this(unit, subject, secrecy, team, Set.of());
  }

  public RecordScope(UnitCode unit, Iin subject) {
    this(unit, subject, Secrecy.ORDINARY, Set.of());
  }

  /** The same record, readable also by the persons (IINs) admitted to it. */
  public RecordScope admitting(Set<String> iins) {
    return new RecordScope(unit, subject, secrecy, team, iins);
  }

  public static RecordScope ofUnit(UnitCode unit) {
    return new RecordScope(unit, null);
  }

  /** A record only its assigned team may see. */
  public static RecordScope restricted(UnitCode unit, Iin subject, Set<String> team) {
    return new RecordScope(unit, subject, Secrecy.RESTRICTED, team);
  }
}
