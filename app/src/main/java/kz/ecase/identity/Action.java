package kz.ecase.identity;

/** Kinds of things a user does to a record; a {@link Role} allows some of them. */
public enum Action {
  /** Open a case file, protocol or personal data. */
  VIEW_RECORD,
  /** Create or change a record: register, draw up, decide. */
  EDIT_RECORD,
  /** A prosecutor's check of registration, delivery or detention. */
  REVIEW_LEGALITY,
  /** Indicators and aggregated figures. */
  VIEW_STATISTICS,
  /** Who read which records of the jurisdiction, when and why. */
  VIEW_READ_AUDIT,
  /** Accounts and units. */
  ADMINISTER
}
