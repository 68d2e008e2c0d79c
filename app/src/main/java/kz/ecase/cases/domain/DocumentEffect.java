package kz.ecase.cases.domain;

/** What a procedural document does to its case when it takes effect (signed, or approved). */
public enum DocumentEffect {
  /** Records what was done or found; changes nothing. */
  NONE,
  /** Its participant becomes the suspect, qualified by its article. */
  RECOGNISE_SUSPECT,
  /** Its participant becomes a victim. */
  RECOGNISE_VICTIM,
  /** The case's qualification becomes its article. */
  REQUALIFY,
  /** The case's form of investigation becomes its form (and the term follows). */
  CHANGE_FORM,
  /** The case's term is extended by its period. */
  EXTEND_TERM,
  /** Its participant, a defence lawyer, is admitted to the case and reads its file. */
  ADMIT_DEFENCE,
  /** Answers a motion of the defence (granted or refused). */
  ANSWER_MOTION,
  /** Its participant is summoned to appear (an SMS goes to them). */
  SUMMON,
  /** Another case (its number) is joined into this one. */
  JOIN,
  /**
   * A new case of the register is opened for its participant (a recognised suspect) and its
   * article; both cases keep their acts.
   */
  SEVER,
  /** The case is terminated. */
  TERMINATE,
  /** The case file goes to the court. */
  TO_COURT
}
