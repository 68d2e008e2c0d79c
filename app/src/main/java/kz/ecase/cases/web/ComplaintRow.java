package kz.ecase.cases.web;

import java.time.Instant;
import kz.ecase.cases.complaints.Complaint;

/**
 * A complaint as its pages list it: its term (what is left of it while it waits) and how long it
 * waited, until now or until its decision.
 */
record ComplaintRow(Complaint complaint, TermLeft term, TermLeft.Span waited) {

  static ComplaintRow of(Complaint c, Instant now) {
    Instant until = c.decidedAt() == null ? now : c.decidedAt();
    return new ComplaintRow(
        c, TermLeft.of(c.filedAt(), c.deadline(), now), TermLeft.Span.between(c.filedAt(), until));
  }

  public boolean waiting() {
    return complaint.decision() == null;
  }

  /** Waiting past its term: highlighted. */
  public boolean overdue() {
    return waiting() && term.overdue();
  }
}
