package kz.ecase.offences.domain;

/** The kind of decision on a protocol. */
public enum Decision {
  FINE,
  WARNING
}
