package kz.ecase.investigations.domain;

/**
 * Forms of pre-trial investigation (Criminal Procedure Code 2014); their terms are law values
 * ({@code investigations.term.<form>}).
 */
public enum InvestigationForm {
  /** Two months, extendable by the prosecutor. */
  GENERAL("общий порядок"),
  /** Small and medium gravity, facts established, the suspect admits: 15 days. */
  ACCELERATED("ускоренное досудебное расследование"),
  /** Criminal misdemeanours: 10 days. */
  PROTOCOL_FORM("протокольная форма"),
  /** Obvious misdemeanours and minor crimes the suspect admits: 5 days, then the court. */
  ORDER_PROCEDURE("приказное производство");

  private final String titleRu;

  InvestigationForm(String titleRu) {
    this.titleRu = titleRu;
  }

  /** How official papers name it, in Russian. */
  public String titleRu() {
    return titleRu;
  }
}
