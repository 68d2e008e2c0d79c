package kz.ecase.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.domain.CaseEvent;
import kz.ecase.cases.domain.CaseStep;
import kz.ecase.cases.domain.CaseTerm;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.domain.ProceedingsLanguage;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.investigations.ReportRegistered;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.Dossier;
import kz.ecase.persons.PersonLookups;
import kz.ecase.persons.Purpose;
import kz.ecase.persons.Registry;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.RecordedStep;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The steps of a case that are not documents: it opens with its ERDR registration (in the same
 * transaction), the head of the unit assigns its investigator, the investigator chooses the
 * language of the proceedings and adds participants (each looked up by IIN with the case as the
 * purpose), and ecase records a term that ran out.
 */
@Service
public class CaseSteps {

  /** The actor of steps ecase records itself. */
  public static final String SYSTEM = "system";

  private final CaseStore store;
  private final ParticipantStore participants;
  private final CaseRecords records;
  private final ProcedureSteps steps;
  private final PersonLookups lookups;
  private final Directory directory;
  private final Authorization authorization;
  private final Clock clock;

  CaseSteps(
      CaseStore store,
      ParticipantStore participants,
      CaseRecords records,
      ProcedureSteps steps,
      PersonLookups lookups,
      Directory directory,
      Authorization authorization,
      Clock clock) {
    this.store = store;
    this.participants = participants;
    this.records = records;
    this.steps = steps;
    this.lookups = lookups;
    this.directory = directory;
    this.authorization = authorization;
    this.clock = clock;
  }

  /**
   * Opens the case of a registration, in the registration's transaction. A registration made again
   * after the duty prosecutor returned it keeps its number and its case: the investigator
   * requalifies the case by a decision if needed.
   */
  @EventListener
  public void open(ReportRegistered registration) {
    if (store.byReport(registration.reportId()).isPresent()) {
      return;
    }
    UUID id = UUID.randomUUID();
    StoredCase opened =
        new StoredCase(
            id,
            registration.erdrNumber(),
            registration.reportId(),
            registration.unit(),
            registration.at(),
            registration.registeredBy(),
            null);
    CaseTerm term = records.term(registration.at(), registration.form(), List.of());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("report", registration.reportId().toString());
    opened(
        opened,
        new CaseSettings(
            id,
            1,
            registration.registeredByRole() == Role.INVESTIGATOR
                ? registration.registeredBy()
                : null,
            ProceedingsLanguage.RU.name(),
            registration.articleCode(),
            registration.gravity(),
            registration.form(),
            term.deadline(),
            term.threeQuarters()),
        details);
  }

  /**
   * Records a new case, its first settings and its first step ({@code OPEN} by whoever opened it,
   * the details given followed by its article, form and deadline), in the caller's transaction.
   */
  void opened(StoredCase c, CaseSettings settings, Map<String, Object> given) {
    store.add(c);
    store.addSettings(settings);
    steps.take(
        store,
        c.id(),
        history -> {
          Loaded loaded = records.load(c.id(), history);
          CaseEvent event = loaded.lifecycle().take(CaseStep.OPEN, c.openedBy(), c.openedAt(), "");
          Map<String, Object> details = new LinkedHashMap<>(given);
          details.put("article", settings.articleCode());
          details.put("form", settings.form());
          details.put("deadline", settings.deadline().toString());
          return CaseRecords.next(loaded, event, details, null);
        });
  }

  /** The head of the unit puts an investigator of the unit in charge. */
  public RecordedStep assign(CurrentUser user, String caseId, String investigator) {
    if (user.role() != Role.HEAD_OF_UNIT) {
      throw new AccessDeniedException("The head of the unit assigns investigators");
    }
    UUID id = CaseIds.parse(caseId);
    return steps.take(
        store,
        id,
        history -> {
          Loaded c = records.load(id, history);
          authorization.require(Action.EDIT_RECORD, c.scope());
          if (user.role() != Role.HEAD_OF_UNIT) {
            throw new AccessDeniedException("The head of the unit assigns investigators");
          }
          boolean known =
              directory.accounts().stream()
                  .anyMatch(
                      a ->
                          a.username().equals(investigator)
                              && a.role() == Role.INVESTIGATOR
                              && a.unit() != null
                              && a.unit().covers(c.scope().unit()));
          if (!known) {
            throw new InvalidInputException(
                "investigator", "Choose an investigator of the case's unit");
          }
          CaseEvent event =
              c.lifecycle().take(CaseStep.ASSIGN, user.username(), clock.instant(), "");
          store.addSettings(withInvestigator(c.settings(), investigator, history.size() + 1));
          return CaseRecords.next(c, event, Map.of("investigator", investigator), null);
        });
  }

  /** The investigator chooses the language of the proceedings: later documents are in it. */
  public RecordedStep chooseLanguage(CurrentUser user, String caseId, String language) {
    CaseRecords.requireEditor(user);
    ProceedingsLanguage chosen = language(language);
    UUID id = CaseIds.parse(caseId);
    return steps.take(
        store,
        id,
        history -> {
          Loaded c = records.load(id, history);
          records.requireInvestigator(user, c);
          CaseEvent event =
              c.lifecycle().take(CaseStep.CHOOSE_LANGUAGE, user.username(), clock.instant(), "");
          CaseSettings s = c.settings();
          store.addSettings(
              new CaseSettings(
                  id,
                  history.size() + 1,
                  s.investigator(),
                  chosen.name(),
                  s.articleCode(),
                  s.gravity(),
                  s.form(),
                  s.deadline(),
                  s.alertAt()));
          return CaseRecords.next(c, event, Map.of("language", chosen.name()), null);
        });
  }

  /**
   * Adds a person to the case in a role, looked up by IIN in the registries with the case as the
   * purpose (the look-up is recorded before anything is shown). A suspect's or victim's status then
   * needs its decision.
   */
  public StoredParticipant addParticipant(
      CurrentUser user, String caseId, String role, String iin) {
    CaseRecords.requireEditor(user);
    ParticipantRole chosen = role(role);
    Iin person = iin(iin);
    UUID id = CaseIds.parse(caseId);
    StoredCase stored = store.find(id).orElseThrow(CaseIds::notFound);
    // the step's checks run again in its transaction; this one keeps outsiders from a look-up
    records.requireInvestigator(user, records.load(id, store.steps(id)));
    Dossier dossier =
        lookups.lookUp(person, new Purpose(stored.erdrNumber(), null, "participant " + chosen));
    String name = fullName(dossier).orElse(person.value());
    UUID participantId = UUID.randomUUID();
    Instant now = clock.instant();
    steps.take(
        store,
        id,
        history -> {
          Loaded c = records.load(id, history);
          records.requireInvestigator(user, c);
          boolean already =
              participants.of(id).stream()
                  .anyMatch(p -> p.role().equals(chosen.name()) && p.iin().equals(person.value()));
          if (already) {
            throw new InvalidInputException(
                "iin", "This person takes part in the case in this role already");
          }
          CaseEvent event = c.lifecycle().take(CaseStep.ADD_PARTICIPANT, user.username(), now, "");
          participants.add(
              new StoredParticipant(
                  participantId,
                  id,
                  history.size() + 1,
                  chosen.name(),
                  person.value(),
                  name,
                  now,
                  user.username()));
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("participant", participantId.toString());
          details.put("role", chosen.name());
          details.put("lookup", dossier.lookupId());
          return CaseRecords.next(c, event, details, null);
        });
    return participants.of(id).stream()
        .filter(p -> p.id().equals(participantId))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Records that the case's term ran out without a final decision (once per deadline). Joins the
   * caller's transaction.
   */
  public Optional<RecordedStep> termMissed(UUID caseId, Instant deadline, Instant at) {
    if (!store.mark(caseId, deadline, "EXPIRED", at)) {
      return Optional.empty();
    }
    return Optional.of(
        steps.take(
            store,
            caseId,
            history -> {
              Loaded c = records.load(caseId, history);
              CaseEvent event = c.lifecycle().take(CaseStep.MISS_TERM, SYSTEM, at, "");
              return CaseRecords.next(c, event, Map.of("deadline", deadline.toString()), null);
            }));
  }

  static CaseSettings withInvestigator(CaseSettings s, String investigator, int seq) {
    return new CaseSettings(
        s.caseId(),
        seq,
        investigator,
        s.language(),
        s.articleCode(),
        s.gravity(),
        s.form(),
        s.deadline(),
        s.alertAt());
  }

  private static Optional<String> fullName(Dossier dossier) {
    return dossier.sources().stream()
        .filter(a -> a.registry() == Registry.POPULATION && a.data() != null)
        .findFirst()
        .map(
            a ->
                String.join(
                        " ",
                        a.data().path("lastName").asString(""),
                        a.data().path("firstName").asString(""),
                        a.data().path("patronymic").asString(""))
                    .strip())
        .filter(name -> !name.isEmpty());
  }

  private static ParticipantRole role(String role) {
    try {
      return ParticipantRole.valueOf(role == null ? "" : role);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "role",
          "One of SUSPECT, VICTIM, WITNESS, DEFENCE_LAWYER, INTERPRETER, LEGAL_REPRESENTATIVE");
    }
  }

  private static ProceedingsLanguage language(String language) {
    try {
      return ProceedingsLanguage.valueOf(language == null ? "" : language);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("language", "KK (Kazakh) or RU (Russian)");
    }
  }

  private static Iin iin(String iin) {
    try {
      return Iin.of(iin);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("iin", e.getMessage());
    }
  }
}
