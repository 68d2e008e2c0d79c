package kz.ecase.offences.domain;

/** Who is fined: the catalogue holds separate ranges for individuals and legal entities. */
public enum Offender {
  INDIVIDUAL,
  LEGAL_ENTITY
}
