package kz.ecase.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.domain.CaseEvent;
import kz.ecase.cases.domain.CaseStep;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureSteps;
import org.springframework.stereotype.Component;

/**
 * Joinder of cases (CPC 2014 art. 44): a decision in the leading case joins another case of the
 * investigator's jurisdiction into it; the other case takes its own step {@code JOIN_INTO} (state
 * {@code JOINED}) in the same transaction, and both keep their acts: nothing is moved or edited.
 */
@Component
class Joinder {

  private final CaseStore store;
  private final CaseRecords records;
  private final ProcedureSteps steps;
  private final Authorization authorization;

  Joinder(CaseStore store, CaseRecords records, ProcedureSteps steps, Authorization authorization) {
    this.store = store;
    this.records = records;
    this.steps = steps;
    this.authorization = authorization;
  }

  /** What is wrong with joining the case of that number into the leading one, by field. */
  Map<String, String> problems(Loaded leading, String otherNumber) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (otherNumber == null || !otherNumber.matches("[0-9]{15}")) {
      return problems; // the document's rules name it
    }
    Optional<StoredCase> other = store.byNumber(otherNumber);
    if (other.isEmpty() || !editable(other.get())) {
      problems.put("otherCase", "No case of that number in your jurisdiction");
    } else if (other.get().id().equals(leading.stored().id())) {
      problems.put("otherCase", "A case is not joined into itself");
    } else if (!records
        .load(other.get().id(), store.steps(other.get().id()))
        .status()
        .investigating()) {
      problems.put("otherCase", "That case is no longer investigated");
    }
    return problems;
  }

  /**
   * Records the other case's step: joined into the leading one by the decision (checked when it was
   * signed; if the other case has left the investigation since, its state refuses the step).
   */
  void join(Loaded leading, CaseDocument decision) {
    StoredCase other =
        store
            .byNumber(decision.otherCase())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "otherCase", "No case of that number in your jurisdiction"));
    steps.take(
        store,
        other.id(),
        history -> {
          Loaded joined = records.load(other.id(), history);
          CaseEvent event =
              joined
                  .lifecycle()
                  .take(CaseStep.JOIN_INTO, decision.author(), decision.signedAt(), "");
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("into", leading.stored().erdrNumber());
          details.put("decision", decision.id().toString());
          return CaseRecords.next(joined, event, details, null);
        });
  }

  private boolean editable(StoredCase c) {
    Loaded loaded = records.load(c.id(), store.steps(c.id()));
    return authorization.decide(Action.EDIT_RECORD, loaded.scope()) == AccessDecision.PERMITTED;
  }
}
