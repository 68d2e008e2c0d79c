package kz.ecase.cases.domain;

import java.util.EnumSet;
import java.util.Set;
import kz.ecase.investigations.domain.InvestigationForm;

/**
 * The procedural documents of a pre-trial investigation, what each needs and what it does when it
 * takes effect. Who approves each is not here: it is a law value ({@code cases.approver.<KIND>},
 * {@code law/cases.csv}), because the law, not the code, names the approver.
 */
public enum DocumentKind {
  /** Постановление о начале досудебного расследования. */
  START_DECISION(DocumentEffect.NONE, Needs.TEXT),
  /** Постановление о квалификации деяния подозреваемого. */
  QUALIFY_SUSPECT(DocumentEffect.RECOGNISE_SUSPECT, Needs.TEXT, Needs.PARTICIPANT, Needs.ARTICLE),
  /** Постановление о признании потерпевшим. */
  RECOGNISE_VICTIM(DocumentEffect.RECOGNISE_VICTIM, Needs.TEXT, Needs.PARTICIPANT),
  /** Постановление о переквалификации. */
  REQUALIFY(DocumentEffect.REQUALIFY, Needs.TEXT, Needs.ARTICLE),
  /** Постановление об изменении формы досудебного расследования. */
  CHANGE_FORM(DocumentEffect.CHANGE_FORM, Needs.TEXT, Needs.FORM),
  /** Ходатайство о продлении срока досудебного расследования. */
  EXTEND_TERM(DocumentEffect.EXTEND_TERM, Needs.TEXT, Needs.PERIOD),
  /** Протокол допроса. */
  INTERROGATION_PROTOCOL(DocumentEffect.NONE, Needs.TEXT, Needs.PARTICIPANT, Needs.MEDIA),
  /** Протокол осмотра. */
  INSPECTION_PROTOCOL(DocumentEffect.NONE, Needs.TEXT, Needs.MEDIA),
  /** Постановление о прекращении уголовного дела. */
  TERMINATE_DECISION(DocumentEffect.TERMINATE, Needs.TEXT),
  /** Повестка о вызове: the participant is summoned to appear at a time and place. */
  SUMMONS(DocumentEffect.SUMMON, Needs.TEXT, Needs.PARTICIPANT, Needs.APPEARANCE),
  /** Постановление о соединении уголовных дел: another case joins this one. */
  JOIN_CASES(DocumentEffect.JOIN, Needs.TEXT, Needs.OTHER_CASE),
  /** Постановление о выделении уголовного дела: a suspect's part goes to a new case. */
  SEVER_CASE(DocumentEffect.SEVER, Needs.TEXT, Needs.PARTICIPANT, Needs.ARTICLE),
  /** Постановление о допуске защитника. */
  ADMIT_DEFENCE(DocumentEffect.ADMIT_DEFENCE, Needs.TEXT, Needs.PARTICIPANT),
  /** Постановление о разрешении ходатайства. */
  MOTION_DECISION(DocumentEffect.ANSWER_MOTION, Needs.TEXT, Needs.MOTION),
  /** Протокол приказного производства: the court decides on the papers. */
  ORDER_PROTOCOL(
      DocumentEffect.TO_COURT,
      EnumSet.of(InvestigationForm.ORDER_PROCEDURE),
      Needs.TEXT,
      Needs.ADMITTING_SUSPECT),
  /** Протокол ускоренного досудебного расследования. */
  ACCELERATED_PROTOCOL(
      DocumentEffect.TO_COURT,
      EnumSet.of(InvestigationForm.ACCELERATED),
      Needs.TEXT,
      Needs.ADMITTING_SUSPECT),
  /** Протокол об уголовном проступке (protocol form). */
  MISDEMEANOUR_PROTOCOL(
      DocumentEffect.TO_COURT,
      EnumSet.of(InvestigationForm.PROTOCOL_FORM),
      Needs.TEXT,
      Needs.SUSPECT),
  /** Обвинительный акт. */
  INDICTMENT(
      DocumentEffect.TO_COURT, EnumSet.of(InvestigationForm.GENERAL), Needs.TEXT, Needs.SUSPECT);

  /** What a document of a kind must carry. */
  public enum Needs {
    /** The author's text (what was established, what was said). */
    TEXT,
    /** The participant it concerns. */
    PARTICIPANT,
    /** An article (and part) of the Criminal Code. */
    ARTICLE,
    /** A form of investigation. */
    FORM,
    /** A period of extension. */
    PERIOD,
    /** It may carry media files (audio, video, photos) by their SHA-256. */
    MEDIA,
    /** Another case, by its ERDR number. */
    OTHER_CASE,
    /** When and where to appear. */
    APPEARANCE,
    /** The motion it answers, and whether it is granted. */
    MOTION,
    /** The case has a recognised suspect. */
    SUSPECT,
    /** The case has a recognised suspect who admitted the offence in an interrogation. */
    ADMITTING_SUSPECT
  }

  private final DocumentEffect effect;
  private final Set<InvestigationForm> forms;
  private final Set<Needs> needs;

  DocumentKind(DocumentEffect effect, Needs... needs) {
    this(effect, EnumSet.allOf(InvestigationForm.class), needs);
  }

  DocumentKind(DocumentEffect effect, Set<InvestigationForm> forms, Needs... needs) {
    this.effect = effect;
    this.forms = forms;
    this.needs = needs.length == 0 ? EnumSet.noneOf(Needs.class) : EnumSet.of(needs[0], needs);
  }

  public DocumentEffect effect() {
    return effect;
  }

  public boolean needs(Needs need) {
    return needs.contains(need);
  }

  /** Whether a case investigated in {@code form} may have a document of this kind. */
  public boolean allowedIn(InvestigationForm form) {
    return forms.contains(form);
  }

  /** The law value naming its approver. */
  public String approverKey() {
    return "cases.approver." + name();
  }
}
