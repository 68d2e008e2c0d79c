package kz.ecase.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.domain.CaseEvent;
import kz.ecase.cases.domain.CaseStep;
import kz.ecase.cases.domain.CaseTerm;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.investigations.ErdrRegister;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.FormRules;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.domain.InvestigationForm;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.ProcedureSteps;
import org.springframework.stereotype.Component;

/**
 * Severance of a case (CPC 2014 art. 45): a decision in a case opens a new case of the register (a
 * new ERDR number of the unit) for a recognised suspect's part, qualified by the decision's
 * article, in the same unit, with the same investigator and language. The new case's term runs from
 * the decision in the form the leading case had, if the new qualification allows it, or in the form
 * ecase proposes. Its first acts, in the decision's transaction: opened (severed from the leading
 * case by that decision) and the suspect added; the suspect's qualification in the new case is the
 * investigator's next decision there. Nothing is moved out of the leading case.
 */
@Component
class Severance {

  private final CaseStore store;
  private final ParticipantStore participants;
  private final CaseRecords records;
  private final ProcedureSteps steps;
  private final ErdrRegister erdr;
  private final CriminalCatalogue catalogue;
  private final CaseSteps opened;

  Severance(
      CaseStore store,
      ParticipantStore participants,
      CaseRecords records,
      ProcedureSteps steps,
      ErdrRegister erdr,
      CriminalCatalogue catalogue,
      CaseSteps opened) {
    this.opened = opened;
    this.store = store;
    this.participants = participants;
    this.records = records;
    this.steps = steps;
    this.erdr = erdr;
    this.catalogue = catalogue;
  }

  /** Opens the severed case the decision orders; its number. */
  String sever(Loaded leading, CaseDocument decision) {
    StoredCase from = leading.stored();
    Instant at = decision.signedAt();
    CriminalArticle article = catalogue.offered(decision.articleCode()).orElseThrow();
    Gravity gravity = article.gravity().value();
    InvestigationForm leadingForm = InvestigationForm.valueOf(leading.settings().form());
    InvestigationForm form =
        FormRules.allows(leadingForm, gravity) ? leadingForm : FormRules.proposed(gravity, false);
    CaseTerm term = records.term(at, form.name(), List.of());
    UUID id = UUID.randomUUID();
    String number = erdr.newNumber(UnitCode.of(from.unit()), at);
    Map<String, Object> opening = new LinkedHashMap<>();
    opening.put("severedFrom", from.erdrNumber());
    opening.put("decision", decision.id().toString());
    opened.opened(
        new StoredCase(id, number, from.reportId(), from.unit(), at, decision.author(), from.id()),
        new CaseSettings(
            id,
            1,
            leading.settings().investigator(),
            leading.settings().language(),
            article.code(),
            gravity.name(),
            form.name(),
            term.deadline(),
            term.threeQuarters()),
        opening);
    StoredParticipant suspect =
        participants.of(from.id()).stream()
            .filter(p -> p.id().equals(decision.participantId()))
            .findFirst()
            .orElseThrow();
    UUID participantId = UUID.randomUUID();
    steps.take(
        store,
        id,
        history -> {
          Loaded c = records.load(id, history);
          CaseEvent event = c.lifecycle().take(CaseStep.ADD_PARTICIPANT, decision.author(), at, "");
          participants.add(
              new StoredParticipant(
                  participantId,
                  id,
                  history.size() + 1,
                  ParticipantRole.SUSPECT.name(),
                  suspect.iin(),
                  suspect.name(),
                  at,
                  decision.author()));
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("participant", participantId.toString());
          details.put("role", ParticipantRole.SUSPECT.name());
          details.put("from", from.erdrNumber());
          return CaseRecords.next(c, event, details, null);
        });
    return number;
  }
}
