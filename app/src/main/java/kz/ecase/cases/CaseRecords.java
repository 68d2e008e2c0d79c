package kz.ecase.cases;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.cases.domain.CaseEvent;
import kz.ecase.cases.domain.CaseLifecycle;
import kz.ecase.cases.domain.CaseStatus;
import kz.ecase.cases.domain.CaseStep;
import kz.ecase.cases.domain.CaseTerm;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.persistence.CaseDocumentStore;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.NextStep;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StepEvents;
import kz.ecase.procedure.StepSubject;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A case as a step sees it, loaded inside the step's transaction: as opened, its settings in force,
 * its recorded steps, its lifecycle and who may see it; and the step built for the kernel.
 */
@Component
class CaseRecords {

  /** A case inside a step's transaction. */
  record Loaded(
      StoredCase stored,
      CaseSettings settings,
      List<RecordedStep> history,
      CaseLifecycle lifecycle,
      RecordScope scope) {

    CaseStatus status() {
      return lifecycle.status();
    }

    /** Whether the user is the investigator in charge (or, unassigned, of the unit). */
    boolean inCharge(CurrentUser user) {
      return settings.investigator() == null
          ? user.role() == Role.INVESTIGATOR
          : user.username().equals(settings.investigator());
    }
  }

  private final CaseStore store;
  private final ParticipantStore participants;
  private final CaseDocumentStore documents;
  private final CaseScopes scopes;
  private final Authorization authorization;
  private final LawValues law;
  private final ProcedureCalendar calendar;

  CaseRecords(
      CaseStore store,
      ParticipantStore participants,
      CaseDocumentStore documents,
      CaseScopes scopes,
      Authorization authorization,
      LawValues law,
      ProcedureCalendar calendar) {
    this.store = store;
    this.participants = participants;
    this.documents = documents;
    this.scopes = scopes;
    this.authorization = authorization;
    this.law = law;
    this.calendar = calendar;
  }

  Loaded load(UUID id, List<RecordedStep> history) {
    StoredCase stored = store.find(id).orElseThrow(CaseIds::notFound);
    CaseSettings settings = store.settings(id);
    List<StoredParticipant> people = participants.of(id);
    return new Loaded(
        stored,
        settings,
        history,
        CaseLifecycle.replay(
            StepEvents.of(history, CaseStep.class, CaseStatus.class, CaseEvent::new)),
        scopes.of(stored, settings, history, admitted(id, people)));
  }

  /**
   * The IINs of the defence lawyers admitted (the documents read only when a lawyer takes part).
   */
  private java.util.Set<String> admitted(UUID id, List<StoredParticipant> people) {
    boolean defended =
        people.stream().anyMatch(p -> p.role().equals(ParticipantRole.DEFENCE_LAWYER.name()));
    return defended ? CasePeople.admitted(people, documents.of(id)) : java.util.Set.of();
  }

  /**
   * Requires the investigator in charge or the head of the unit for steps of the investigation.
   *
   * @throws kz.ecase.platform.NotFoundException for users who may not see the case
   * @throws AccessDeniedException for others of its unit
   */
  void requireInvestigator(CurrentUser user, Loaded c) {
    authorization.require(Action.EDIT_RECORD, c.scope());
    if (user.role() != Role.HEAD_OF_UNIT && !c.inCharge(user)) {
      throw new AccessDeniedException(
          "Only the investigator in charge of the case takes this step");
    }
  }

  /** Refuses roles that draw up no procedural acts, before anything is looked up. */
  static void requireEditor(CurrentUser user) {
    if (user.role() == Role.CITIZEN || !user.role().allows(Action.EDIT_RECORD)) {
      throw new AccessDeniedException("Your role takes no steps in criminal cases");
    }
  }

  /** Refuses roles that approve no documents, before anything is looked up. */
  static void requireApprover(CurrentUser user) {
    if (user.role() != Role.HEAD_OF_UNIT
        && user.role() != Role.DUTY_PROSECUTOR
        && user.role() != Role.SUPERVISING_PROSECUTOR) {
      throw new AccessDeniedException("Your role approves no documents");
    }
  }

  /** The term of a case of a form opened at {@code openedAt}, extended by {@code extensions}. */
  CaseTerm term(Instant openedAt, String form, List<Period> extensions) {
    Period formTerm = law.on("cases.term." + form, calendar.dateOf(openedAt)).period();
    return CaseTerm.of(openedAt, calendar.zone(), formTerm, extensions);
  }

  /**
   * The term of a case the court returned for revision: the law's period from the return, with the
   * extensions approved since.
   */
  CaseTerm termAfterReturn(Instant returnedAt, List<Period> extensions) {
    Period term = law.on("cases.term.after-court-return", calendar.dateOf(returnedAt)).period();
    return CaseTerm.of(returnedAt, calendar.zone(), term, extensions);
  }

  /** When the court last returned the case for revision, if it ever did. */
  static java.util.Optional<Instant> lastCourtReturn(List<RecordedStep> history) {
    return history.stream()
        .filter(s -> s.step().equals(CaseStep.COURT_RETURNED.name()))
        .map(RecordedStep::at)
        .reduce((first, second) -> second);
  }

  static NextStep next(Loaded c, CaseEvent event, Map<String, Object> details, SignedAct act) {
    return NextStep.of(
        new StepSubject(c.stored().erdrNumber(), UnitCode.of(c.stored().unit()), null),
        event.step(),
        event.from(),
        event.to(),
        event.at(),
        event.actor(),
        event.reasons(),
        details,
        act);
  }
}
