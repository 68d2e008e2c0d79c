package kz.ecase.investigations.custody.domain;

/**
 * The grounds on which the Code allows a detention of up to 72 hours instead of 48 (Criminal
 * Procedure Code 2014, art. 131 as amended; the list is to be checked against the text in force).
 * Stated with the detention, never presumed.
 */
public enum DetentionGround {
  /** Suspected of an especially grave crime. */
  ESPECIALLY_GRAVE_CRIME,
  /** Suspected of a terrorist crime. */
  TERRORISM,
  /** Suspected of an extremist crime. */
  EXTREMISM
}
