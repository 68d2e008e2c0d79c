package kz.ecase.cases;

import java.util.List;
import java.util.UUID;
import kz.ecase.cases.domain.CaseFacts;
import kz.ecase.cases.domain.CaseParticipant;
import kz.ecase.cases.domain.CaseStatus;
import kz.ecase.cases.domain.DocumentEffect;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.domain.InvestigationForm;

/**
 * A case's participants as its documents in force made them: a suspect or victim is recognised by a
 * decision that took effect, a suspect admits by a signed interrogation protocol saying so.
 */
final class CasePeople {

  /**
   * Forms in which a person interrogated as the suspect is one without a qualification decision
   * (CPC 2014 art. 64: the protocol on a criminal misdemeanour, the order procedure).
   */
  static final java.util.Set<InvestigationForm> SUMMARY_FORMS =
      java.util.EnumSet.of(InvestigationForm.PROTOCOL_FORM, InvestigationForm.ORDER_PROCEDURE);

  private CasePeople() {}

  static CaseFacts facts(
      CaseStatus status,
      CaseSettings settings,
      List<StoredParticipant> added,
      List<CaseDocument> documents,
      List<UUID> motions) {
    InvestigationForm form = InvestigationForm.valueOf(settings.form());
    return new CaseFacts(
        status,
        form,
        Gravity.valueOf(settings.gravity()),
        settings.deadline(),
        added.stream().map(p -> participant(p, form, documents)).toList(),
        motions.stream().filter(m -> !answered(m, documents)).toList());
  }

  /** Whether a decision in effect answers the motion. */
  static boolean answered(UUID motion, List<CaseDocument> documents) {
    return documents.stream().anyMatch(d -> d.inEffect() && motion.equals(d.answers()));
  }

  /** The IINs of the defence lawyers admitted to the case by a decision in effect. */
  static java.util.Set<String> admitted(
      List<StoredParticipant> added, List<CaseDocument> documents) {
    java.util.Set<String> iins = new java.util.HashSet<>();
    for (StoredParticipant p : added) {
      if (ParticipantRole.valueOf(p.role()) == ParticipantRole.DEFENCE_LAWYER
          && documents.stream()
              .anyMatch(
                  d ->
                      d.inEffect()
                          && p.id().equals(d.participantId())
                          && DocumentKind.valueOf(d.kind()).effect()
                              == DocumentEffect.ADMIT_DEFENCE)) {
        iins.add(p.iin());
      }
    }
    return iins;
  }

  private static CaseParticipant participant(
      StoredParticipant p, InvestigationForm form, List<CaseDocument> documents) {
    ParticipantRole role = ParticipantRole.valueOf(p.role());
    DocumentEffect recognising =
        switch (role) {
          case SUSPECT -> DocumentEffect.RECOGNISE_SUSPECT;
          case DEFENCE_LAWYER -> DocumentEffect.ADMIT_DEFENCE;
          default -> DocumentEffect.RECOGNISE_VICTIM;
        };
    boolean interrogated =
        documents.stream()
            .anyMatch(
                d ->
                    d.inEffect()
                        && p.id().equals(d.participantId())
                        && DocumentKind.valueOf(d.kind()) == DocumentKind.INTERROGATION_PROTOCOL);
    boolean recognised =
        !role.needsDecision()
            || (role == ParticipantRole.SUSPECT && interrogated && SUMMARY_FORMS.contains(form))
            || documents.stream()
                .anyMatch(
                    d ->
                        d.inEffect()
                            && p.id().equals(d.participantId())
                            && DocumentKind.valueOf(d.kind()).effect() == recognising);
    boolean admits =
        role == ParticipantRole.SUSPECT
            && documents.stream()
                .anyMatch(
                    d ->
                        d.inEffect()
                            && d.admits()
                            && p.id().equals(d.participantId())
                            && DocumentKind.valueOf(d.kind())
                                == DocumentKind.INTERROGATION_PROTOCOL);
    return new CaseParticipant(p.id(), role, p.iin(), p.name(), recognised, admits);
  }

  static String nameOf(List<StoredParticipant> added, UUID id) {
    return added.stream()
        .filter(p -> p.id().equals(id))
        .map(StoredParticipant::name)
        .findFirst()
        .orElse(null);
  }
}
