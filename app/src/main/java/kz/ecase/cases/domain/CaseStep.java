package kz.ecase.cases.domain;

import static kz.ecase.cases.domain.CaseStatus.CLOSED;
import static kz.ecase.cases.domain.CaseStatus.INVESTIGATING;
import static kz.ecase.cases.domain.CaseStatus.IN_COURT;
import static kz.ecase.cases.domain.CaseStatus.JOINED;
import static kz.ecase.cases.domain.CaseStatus.REGISTERED;
import static kz.ecase.cases.domain.CaseStatus.SENT_TO_COURT;
import static kz.ecase.cases.domain.CaseStatus.TERMINATED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a criminal case, the states each is taken from and the state it leads to. Steps that
 * keep the case where it is ({@code to == null}) are taken while it is investigated.
 */
public enum CaseStep {
  /** The ERDR registration started the investigation. */
  OPEN(Taker.SYSTEM, EnumSet.of(REGISTERED), INVESTIGATING),
  /** The head of the unit puts an investigator in charge. */
  ASSIGN(Taker.HEAD, EnumSet.of(INVESTIGATING), null),
  /** The language of the proceedings is chosen. */
  CHOOSE_LANGUAGE(Taker.INVESTIGATOR, EnumSet.of(INVESTIGATING), null),
  /** A person joins the case (by IIN, through the person look-up). */
  ADD_PARTICIPANT(Taker.INVESTIGATOR, EnumSet.of(INVESTIGATING), null),
  /** An admitted defence lawyer filed a motion; it waits for its answer. */
  FILE_MOTION(Taker.DEFENCE, EnumSet.of(INVESTIGATING), null),
  /** Its author signed a procedural document; it takes effect now or goes to its approver. */
  SIGN_DOCUMENT(Taker.INVESTIGATOR, EnumSet.of(INVESTIGATING), null),
  /** The approver co-signed a document: it takes effect. */
  APPROVE_DOCUMENT(Taker.APPROVER, EnumSet.of(INVESTIGATING), null),
  /** The approver returned a document with remarks. */
  RETURN_DOCUMENT(Taker.APPROVER, EnumSet.of(INVESTIGATING), null),
  /** The term lapsed without a final decision (recorded once per deadline). */
  MISS_TERM(Taker.SYSTEM, EnumSet.of(INVESTIGATING), null),
  /** An approved indictment or order-procedure protocol sends the case file to court. */
  SEND_TO_COURT(Taker.APPROVER, EnumSet.of(INVESTIGATING), SENT_TO_COURT),
  /** The court's system acknowledged the case file. */
  COURT_RECEIVED(Taker.COURT, EnumSet.of(SENT_TO_COURT), IN_COURT),
  /** The court returned the case for further investigation. */
  COURT_RETURNED(Taker.COURT, EnumSet.of(SENT_TO_COURT, IN_COURT), INVESTIGATING),
  /** The court's sentence or order closes the case. */
  COURT_DECIDED(Taker.COURT, EnumSet.of(SENT_TO_COURT, IN_COURT), CLOSED),
  /** A decision in another case joined this one into it. */
  JOIN_INTO(Taker.INVESTIGATOR, EnumSet.of(INVESTIGATING), JOINED),
  /** A decision to terminate took effect. */
  TERMINATE(Taker.INVESTIGATOR, EnumSet.of(INVESTIGATING), TERMINATED);

  private final Taker taker;
  private final Set<CaseStatus> from;
  private final CaseStatus to;

  CaseStep(Taker taker, Set<CaseStatus> from, CaseStatus to) {
    this.taker = taker;
    this.from = from;
    this.to = to;
  }

  public Taker taker() {
    return taker;
  }

  /** Whether a case in {@code status} may take this step. */
  public boolean allowedFrom(CaseStatus status) {
    return from.contains(status);
  }

  /** The state after the step, taken from {@code status}. */
  public CaseStatus leadsFrom(CaseStatus status) {
    return to == null ? status : to;
  }
}
