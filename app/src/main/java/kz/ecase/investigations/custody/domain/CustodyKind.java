package kz.ecase.investigations.custody.domain;

/** How a person's freedom was restricted: each starts a clock against its own limit. */
public enum CustodyKind {
  /** Delivery to the police (Criminal Procedure Code 2014, art. 128): hours, not days. */
  DELIVERY,
  /** Detention as a suspect (art. 128, 131): 48 h, 72 h on a stated ground, 24 h for a minor. */
  DETENTION
}
