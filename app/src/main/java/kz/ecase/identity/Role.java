package kz.ecase.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a user does in the proceedings, and so which actions they may take at all. */
public enum Role {
  /** Patrol police: draws up administrative protocols, registers reports. */
  OFFICER(EnumSet.of(Action.VIEW_RECORD, Action.EDIT_RECORD)),
  /** Conducts pre-trial investigations. */
  INVESTIGATOR(EnumSet.of(Action.VIEW_RECORD, Action.EDIT_RECORD)),
  /** Head of a police unit: assigns work, watches terms, sees the unit's figures. */
  HEAD_OF_UNIT(
      EnumSet.of(
          Action.VIEW_RECORD, Action.EDIT_RECORD, Action.VIEW_STATISTICS, Action.VIEW_READ_AUDIT)),
  /** Checks the legality of registrations, deliveries and detentions as they happen. */
  DUTY_PROSECUTOR(EnumSet.of(Action.VIEW_RECORD, Action.REVIEW_LEGALITY)),
  /** Supervises investigations of a region or district and their terms. */
  SUPERVISING_PROSECUTOR(
      EnumSet.of(
          Action.VIEW_RECORD,
          Action.REVIEW_LEGALITY,
          Action.VIEW_STATISTICS,
          Action.VIEW_READ_AUDIT)),
  /** Reads indicators and depersonalised figures, never case files. */
  ANALYST(EnumSet.of(Action.VIEW_STATISTICS)),
  /** Manages units and accounts; sees no case files or protocols. */
  ADMIN(EnumSet.of(Action.ADMINISTER)),
  /** A person, identified by IIN, who sees only the records about themselves. */
  CITIZEN(EnumSet.of(Action.VIEW_RECORD)),
  /**
   * A defence lawyer, identified by IIN, who reads the files of the cases they were admitted to by
   * the investigator's decision, and nothing else.
   */
  LAWYER(EnumSet.of(Action.VIEW_RECORD));

  private final Set<Action> actions;

  Role(Set<Action> actions) {
    this.actions = actions;
  }

  public boolean allows(Action action) {
    return actions.contains(action);
  }

  /** Whether the role is a person outside the state's units, known by IIN (a citizen, a lawyer). */
  public boolean personal() {
    return this == CITIZEN || this == LAWYER;
  }

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
