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
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Attachment;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.stereotype.Service;

/**
 * What the court does with a case, as steps of the case taken by {@value #COURT} through the
 * procedure kernel: it received the file (COURT_RECEIVED, the file the court got attached),
 * returned the case for revision (COURT_RETURNED: investigated again, the investigator alerted) or
 * decided it (COURT_DECIDED: a sentence or an order, attached as the court reported it; the case is
 * closed). The lifecycle refuses a step the case's state does not allow; each joins the caller's
 * transaction, where the court's answer is recorded once.
 */
@Service
public class CourtSteps {

  /** The actor of the court's steps. */
  public static final String COURT = "court";

  private final CaseStore store;
  private final CaseRecords records;
  private final ProcedureSteps steps;
  private final StaffAlerts alerts;

  CourtSteps(CaseStore store, CaseRecords records, ProcedureSteps steps, StaffAlerts alerts) {
    this.store = store;
    this.records = records;
    this.steps = steps;
    this.alerts = alerts;
  }

  /**
   * Who may see the case as it stands (its unit, its team if restricted, the admitted defence): the
   * scope of the court's documents kept for it, and of reading its court file.
   *
   * @throws kz.ecase.platform.NotFoundException for no such case
   */
  public RecordScope scopeOf(UUID caseId) {
    return records.load(caseId, store.steps(caseId)).scope();
  }

  /** The court received the case file sent under {@code reference}: the case is in court. */
  public RecordedStep received(
      UUID caseId, String reference, String courtCase, String fileSha256, Instant at) {
    return take(
        caseId,
        CaseStep.COURT_RECEIVED,
        at,
        "",
        facts(reference, courtCase, null),
        new SignedAct(
            fileSha256, List.of(new Attachment("court-file-" + reference + ".zip", fileSha256))));
  }

  /**
   * The court returned the case for revision: it is investigated again, in a new term that runs
   * from the return (law value {@code cases.term.after-court-return}).
   */
  public RecordedStep returned(
      UUID caseId, String reference, String courtCase, String reason, Instant courtAt, Instant at) {
    CaseTerm term = records.termAfterReturn(at, List.of());
    Map<String, Object> details = facts(reference, courtCase, courtAt);
    details.put("deadline", term.deadline().toString());
    RecordedStep step =
        steps.take(
            store,
            caseId,
            history -> {
              Loaded c = records.load(caseId, history);
              CaseEvent event = c.lifecycle().take(CaseStep.COURT_RETURNED, COURT, at, reason);
              store.addSettings(
                  c.settings()
                      .at(history.size() + 1)
                      .withTerm(term.deadline(), term.threeQuarters()));
              return CaseRecords.next(c, event, details, null);
            });
    alert(caseId, "court-returned", at, "returned for revision: " + reason, reason);
    return step;
  }

  /**
   * The court decided the case ({@code kind}: SENTENCE or ORDER): the case is closed. The decision
   * as the court reported it is the step's act.
   */
  public RecordedStep decided(
      UUID caseId,
      String reference,
      String courtCase,
      String kind,
      String decisionSha256,
      Instant courtAt,
      Instant at) {
    Map<String, Object> details = facts(reference, courtCase, courtAt);
    details.put("decision", kind);
    RecordedStep step =
        take(
            caseId,
            CaseStep.COURT_DECIDED,
            at,
            "",
            details,
            new SignedAct(
                decisionSha256,
                List.of(new Attachment("court-decision-" + courtCase + ".json", decisionSha256))));
    alert(caseId, "court-decided", at, "decided: " + kind, kind);
    return step;
  }

  private RecordedStep take(
      UUID caseId,
      CaseStep step,
      Instant at,
      String reasons,
      Map<String, Object> details,
      SignedAct act) {
    return steps.take(
        store,
        caseId,
        history -> {
          Loaded c = records.load(caseId, history);
          CaseEvent event = c.lifecycle().take(step, COURT, at, reasons);
          return CaseRecords.next(c, event, details, act);
        });
  }

  private void alert(UUID caseId, String kind, Instant at, String what, String value) {
    CaseStore.StoredCase c = store.find(caseId).orElseThrow(CaseIds::notFound);
    String investigator = store.settings(caseId).investigator();
    UnitCode unit = UnitCode.of(c.unit());
    String text = "The court " + what + " (case " + c.erdrNumber() + ")";
    String link = "/cases/" + caseId;
    String key = "case-" + kind + "-" + caseId + "-" + at.toEpochMilli();
    StaffAlert alert =
        investigator == null
            ? StaffAlert.toRole(at, unit, Role.HEAD_OF_UNIT, "cases." + kind, text, link, key)
            : StaffAlert.toUser(at, unit, investigator, "cases." + kind, text, link, key);
    alerts.raise(alert.saying("alert.cases." + kind, c.erdrNumber(), value));
  }

  private static Map<String, Object> facts(String reference, String courtCase, Instant courtAt) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reference", reference);
    details.put("courtCase", courtCase);
    if (courtAt != null) {
      details.put("courtAt", courtAt.toString());
    }
    return details;
  }
}
