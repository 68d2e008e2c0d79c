package kz.ecase.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.DefenceStore;
import kz.ecase.cases.persistence.DefenceStore.DefenceRequest;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.identity.CurrentUser;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ActSignatures;
import org.springframework.stereotype.Service;

/**
 * The investigator's answer to a lawyer's request in one act: the lawyer is added to the case as
 * its defence lawyer (unless they take part so already) and admitted by an {@code ADMIT_DEFENCE}
 * decision signed with the investigator's PIN. A missing text or PIN, or a wrong PIN, refuses it
 * before anything is written.
 */
@Service
public class DefenceAdmissions {

  private final CaseStore store;
  private final CaseRecords records;
  private final DefenceStore defence;
  private final ParticipantStore participants;
  private final CaseSteps steps;
  private final CaseDocuments documents;
  private final ActSignatures acts;

  DefenceAdmissions(
      CaseStore store,
      CaseRecords records,
      DefenceStore defence,
      ParticipantStore participants,
      CaseSteps steps,
      CaseDocuments documents,
      ActSignatures acts) {
    this.store = store;
    this.records = records;
    this.defence = defence;
    this.participants = participants;
    this.steps = steps;
    this.documents = documents;
    this.acts = acts;
  }

  /**
   * Admits the lawyer who asked by {@code requestId} to the case.
   *
   * @param text the decision's text (on what the lawyer is admitted: the warrant presented)
   * @return the decision, in effect or waiting for the approver the law names
   */
  public CaseDocument admit(
      CurrentUser user, String caseId, String requestId, String text, String pin) {
    CaseRecords.requireEditor(user);
    UUID id = CaseIds.parse(caseId);
    Loaded c = records.load(id, store.steps(id));
    records.requireInvestigator(user, c);
    UUID asked = CaseIds.parse(requestId);
    DefenceRequest request =
        defence.requests(c.stored().erdrNumber()).stream()
            .filter(r -> r.id().equals(asked))
            .findFirst()
            .orElseThrow(CaseIds::notFound);
    Map<String, String> problems = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      problems.put("text", "On what the lawyer is admitted (the warrant presented)");
    }
    if (pin == null || pin.isBlank()) {
      problems.put("pin", "Your signing PIN is required to sign the act");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    acts.unlock(user, pin);
    UUID counsel =
        participants.of(id).stream()
            .filter(
                p ->
                    p.role().equals(ParticipantRole.DEFENCE_LAWYER.name())
                        && p.iin().equals(request.lawyerIin()))
            .map(StoredParticipant::id)
            .findFirst()
            .orElseGet(
                () ->
                    steps
                        .addParticipant(
                            user,
                            caseId,
                            ParticipantRole.DEFENCE_LAWYER.name(),
                            request.lawyerIin())
                        .id());
    return documents.sign(
        user,
        caseId,
        new DocumentForm(
            DocumentKind.ADMIT_DEFENCE.name(),
            counsel.toString(),
            null,
            null,
            null,
            text,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            pin));
  }
}
