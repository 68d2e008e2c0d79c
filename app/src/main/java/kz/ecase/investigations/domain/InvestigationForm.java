package kz.ecase.investigations.domain;

/**
 * Forms of pre-trial investigation (Criminal Procedure Code 2014); their terms are law values
 * ({@code investigations.term.<form>}).
 */
public enum InvestigationForm {
  /** Two months, extendable by the prosecutor. */
  GENERAL,
  /** Small and medium gravity, facts established, the suspect admits: 15 days. */
  ACCELERATED,
  /** Criminal misdemeanours: 10 days. */
  PROTOCOL_FORM,
  /** Obvious misdemeanours and minor crimes the suspect admits: 5 days, then the court. */
  ORDER_PROCEDURE
}
