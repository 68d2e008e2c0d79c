package kz.ecase.investigations.domain;

/**
 * Which form of investigation an offence of a gravity may take (CPC 2014): the protocol form for
 * criminal misdemeanours; the accelerated form for crimes of small and medium gravity; the order
 * procedure for misdemeanours and crimes of small gravity whose suspect admits; the general form
 * for any.
 */
public final class FormRules {

  private FormRules() {}

  public static boolean allows(InvestigationForm form, Gravity gravity) {
    return switch (form) {
      case GENERAL -> true;
      case PROTOCOL_FORM -> gravity == Gravity.MISDEMEANOUR;
      case ACCELERATED -> gravity == Gravity.SMALL || gravity == Gravity.MEDIUM;
      case ORDER_PROCEDURE -> gravity == Gravity.MISDEMEANOUR || gravity == Gravity.SMALL;
    };
  }

  /**
   * The form ecase proposes for a case: the order procedure once a suspect admits an offence it
   * allows, otherwise what the gravity proposes.
   */
  public static InvestigationForm proposed(Gravity gravity, boolean suspectAdmits) {
    if (suspectAdmits && allows(InvestigationForm.ORDER_PROCEDURE, gravity)) {
      return InvestigationForm.ORDER_PROCEDURE;
    }
    return gravity.proposedForm();
  }
}
