package kz.ecase.cases.domain;

import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.cases.domain.DocumentKind.Needs;
import kz.ecase.investigations.domain.FormRules;

/**
 * Whether a document may be drawn up in a case as it stands: every field it needs, and the
 * procedure's conditions (the form it belongs to, a suspect who admits, a term not yet run out).
 * Answers every problem at once, by field.
 */
public final class DocumentRules {

  /** The longest extension one request may ask for. */
  static final Period LONGEST_EXTENSION = Period.ofMonths(12);

  private DocumentRules() {}

  public static Map<String, String> problems(DocumentDraft draft, CaseFacts facts, Instant now) {
    Map<String, String> problems = new LinkedHashMap<>();
    DocumentKind kind = draft.kind();
    if (!facts.status().investigating()) {
      problems.put("kind", "The case is no longer investigated (" + facts.status() + ")");
      return problems;
    }
    if (!kind.allowedIn(facts.form())) {
      problems.put(
          "kind", "A " + kind + " is not drawn up in a case investigated in " + facts.form());
    }
    if (kind.needs(Needs.PARTICIPANT)) {
      participant(draft, facts, problems);
    }
    if (kind.needs(Needs.ARTICLE) && draft.article() == null) {
      problems.put("article", "Name the article and part of the Criminal Code");
    }
    if (kind.needs(Needs.FORM)) {
      form(draft, facts, problems);
    }
    if (kind.needs(Needs.PERIOD)) {
      period(draft, facts, now, problems);
    }
    if (kind.needs(Needs.TEXT) && (draft.text() == null || draft.text().isBlank())) {
      problems.put("text", "Write what the document establishes");
    }
    if (!kind.needs(Needs.MEDIA) && !draft.media().isEmpty()) {
      problems.put("media", "Only protocols carry audio, video or photo files");
    }
    if (kind.needs(Needs.OTHER_CASE)
        && (draft.otherCase() == null || !draft.otherCase().matches("[0-9]{15}"))) {
      problems.put("otherCase", "The ERDR number of the case to join: 15 digits");
    }
    if (kind.needs(Needs.APPEARANCE)) {
      if (draft.appearAt() == null || !draft.appearAt().isAfter(now)) {
        problems.put("appearAt", "A moment to appear, later than now");
      }
      if (draft.place() == null || draft.place().isBlank() || draft.place().length() > 300) {
        problems.put("place", "Where to appear (1 to 300 characters)");
      }
    }
    if (kind.needs(Needs.MOTION)) {
      if (draft.answers() == null || !facts.openMotions().contains(draft.answers())) {
        problems.put("answers", "Choose a motion of the defence that waits for its answer");
      }
      if (draft.granted() == null) {
        problems.put("granted", "Say whether the motion is granted or refused");
      }
    }
    if (kind.needs(Needs.SUSPECT) && !facts.hasSuspect()) {
      problems.put("kind", "The case has no suspect recognised by a decision yet");
    }
    if (kind.needs(Needs.ADMITTING_SUSPECT) && !facts.hasAdmittingSuspect()) {
      problems.put(
          "kind", "No suspect has admitted the offence in a signed interrogation protocol yet");
    }
    if (draft.admits() && !admissionPossible(draft, facts)) {
      problems.put("admits", "Only a suspect's interrogation records an admission");
    }
    return problems;
  }

  private static void participant(
      DocumentDraft draft, CaseFacts facts, Map<String, String> problems) {
    if (draft.participantId() == null) {
      problems.put("participantId", "Choose the participant the document concerns");
      return;
    }
    var participant = facts.participant(draft.participantId());
    if (participant.isEmpty()) {
      problems.put("participantId", "No such participant in this case");
      return;
    }
    ParticipantRole role = participant.get().role();
    DocumentEffect effect = draft.kind().effect();
    if (effect == DocumentEffect.RECOGNISE_SUSPECT && role != ParticipantRole.SUSPECT) {
      problems.put("participantId", "Only a participant added as suspect is qualified as one");
    }
    if (effect == DocumentEffect.RECOGNISE_VICTIM && role != ParticipantRole.VICTIM) {
      problems.put("participantId", "Only a participant added as victim is recognised as one");
    }
    if (effect == DocumentEffect.ADMIT_DEFENCE && role != ParticipantRole.DEFENCE_LAWYER) {
      problems.put(
          "participantId", "Only a participant added as defence lawyer is admitted as one");
    }
    if (effect == DocumentEffect.SEVER && !participant.get().suspect()) {
      problems.put("participantId", "Only a recognised suspect's part is severed into a new case");
    }
    if ((effect == DocumentEffect.RECOGNISE_SUSPECT
            || effect == DocumentEffect.RECOGNISE_VICTIM
            || effect == DocumentEffect.ADMIT_DEFENCE)
        && participant.get().recognised()) {
      problems.put("participantId", "The participant is recognised already");
    }
  }

  private static void form(DocumentDraft draft, CaseFacts facts, Map<String, String> problems) {
    if (draft.form() == null) {
      problems.put("form", "Choose the form of investigation");
    } else if (draft.form() == facts.form()) {
      problems.put("form", "The case is investigated in this form already");
    } else if (!FormRules.allows(draft.form(), facts.gravity())) {
      problems.put("form", "An offence of this gravity cannot be investigated in this form");
    } else if (draft.form() == kz.ecase.investigations.domain.InvestigationForm.ORDER_PROCEDURE
        && !facts.hasAdmittingSuspect()) {
      problems.put("form", "The order procedure needs a suspect who admits the offence");
    }
  }

  private static void period(
      DocumentDraft draft, CaseFacts facts, Instant now, Map<String, String> problems) {
    Period period = draft.period();
    if (period == null || period.isNegative() || period.isZero()) {
      problems.put("period", "Ask for an extension of at least one day");
    } else if (period.toTotalMonths() * 31 + period.getDays()
        > LONGEST_EXTENSION.toTotalMonths() * 31) {
      problems.put("period", "One request extends the term by at most 12 months");
    }
    if (!now.isBefore(facts.deadline())) {
      problems.put(
          "kind",
          "The term has run out: an extension is asked for before it expires (the missed term is"
              + " recorded)");
    }
  }

  private static boolean admissionPossible(DocumentDraft draft, CaseFacts facts) {
    return draft.kind() == DocumentKind.INTERROGATION_PROTOCOL
        && draft.participantId() != null
        && facts
            .participant(draft.participantId())
            .map(p -> p.role() == ParticipantRole.SUSPECT)
            .orElse(false);
  }
}
