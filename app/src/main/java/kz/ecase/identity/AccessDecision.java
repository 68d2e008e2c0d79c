package kz.ecase.identity;

/** The answer to "may this user do this to this record". */
public enum AccessDecision {
  PERMITTED,
  /** The role never may: answer 403. */
  FORBIDDEN,
  /** Outside the user's jurisdiction: answer 404, so that the record's existence does not leak. */
  HIDDEN
}
