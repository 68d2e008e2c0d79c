package kz.ecase.offences.domain;

/** Where a protocol stands in its life; see {@link ProtocolTransition} for the ways between. */
public enum ProtocolStatus {
  /** Being drawn up by the officer; nothing is final yet. */
  DRAFT,
  /** Signed by the officer and numbered; its content is immutable from now on. */
  REGISTERED,
  /** Delivered to the person. */
  SERVED,
  /** A decision was made and served: a fine or a warning. The appeal term runs. */
  DECIDED,
  /** Sent to a court, which decides instead. */
  REFERRED_TO_COURT,
  /** An appeal was filed: the decision is suspended until the appeal is decided. */
  APPEALED,
  /** The decision entered into force (appeal term over, or appeal dismissed). */
  IN_FORCE,
  /** The fine was paid, in full or with the discount. Final. */
  PAID,
  /** Unpaid after the voluntary term: sent for compulsory execution. */
  SENT_TO_ENFORCEMENT,
  /** Cancelled by an authorised decision with reasons (never deleted). Final. */
  CANCELLED;

  public boolean isFinal() {
    return this == PAID || this == CANCELLED || this == REFERRED_TO_COURT;
  }
}
