package kz.ecase.cases.domain;

/** Who takes a case's step. */
public enum Taker {
  /** The investigator in charge of the case (or the head of the unit). */
  INVESTIGATOR,
  /** The approver the law names for a document. */
  APPROVER,
  /** The head of the unit. */
  HEAD,
  /** A defence lawyer admitted to the case. */
  DEFENCE,
  /** ecase itself (a lapsed term). */
  SYSTEM,
  /** The court, through its system. */
  COURT
}
