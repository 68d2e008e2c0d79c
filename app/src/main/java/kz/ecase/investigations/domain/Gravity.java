package kz.ecase.investigations.domain;

/**
 * Categories of criminal offences by gravity (Criminal Code 2014, art. 10 and 11): a criminal
 * misdemeanour carries no imprisonment; crimes are of small, medium, grave or especially grave
 * gravity by the longest imprisonment their article's sanction allows.
 */
public enum Gravity {
  MISDEMEANOUR("уголовный проступок"),
  SMALL("преступление небольшой тяжести"),
  MEDIUM("преступление средней тяжести"),
  GRAVE("тяжкое преступление"),
  ESPECIALLY_GRAVE("особо тяжкое преступление");

  private final String titleRu;

  Gravity(String titleRu) {
    this.titleRu = titleRu;
  }

  /** How official papers name it, in Russian. */
  public String titleRu() {
    return titleRu;
  }

  /** Reports of grave and especially grave crimes are restricted to the assigned team. */
  public boolean restricted() {
    return this == GRAVE || this == ESPECIALLY_GRAVE;
  }

  /**
   * The form of pre-trial investigation proposed at registration (the investigator may choose
   * another by a signed decision): the protocol form for misdemeanours, the accelerated form for
   * crimes of small and medium gravity (if the facts are established and the suspect admits), the
   * general form otherwise.
   */
  public InvestigationForm proposedForm() {
    return switch (this) {
      case MISDEMEANOUR -> InvestigationForm.PROTOCOL_FORM;
      case SMALL, MEDIUM -> InvestigationForm.ACCELERATED;
      case GRAVE, ESPECIALLY_GRAVE -> InvestigationForm.GENERAL;
    };
  }
}
