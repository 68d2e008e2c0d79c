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
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseLine;
import kz.ecase.cases.persistence.DefenceStore;
import kz.ecase.cases.persistence.DefenceStore.DefenceRequest;
import kz.ecase.cases.persistence.DefenceStore.Motion;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The defence in a case: a lawyer asks to be admitted (by the case's ERDR number, the client's IIN
 * and the warrant; the answer never tells whether the number names a case), the investigator admits
 * them by a signed decision (an {@code ADMIT_DEFENCE} document), and the admitted lawyer then reads
 * the case file (every read audited) and files motions, each to be answered by a signed decision
 * within the law's term ({@code cases.motion-term}).
 */
@Service
public class CaseDefence {

  static final int MAX_MOTION = 8000;

  private final CaseStore store;
  private final DefenceStore defence;
  private final CaseRecords records;
  private final ProcedureSteps steps;
  private final StaffAlerts alerts;
  private final Authorization authorization;
  private final LawValues law;
  private final ProcedureCalendar calendar;
  private final Clock clock;

  CaseDefence(
      CaseStore store,
      DefenceStore defence,
      CaseRecords records,
      ProcedureSteps steps,
      StaffAlerts alerts,
      Authorization authorization,
      LawValues law,
      ProcedureCalendar calendar,
      Clock clock) {
    this.store = store;
    this.defence = defence;
    this.records = records;
    this.steps = steps;
    this.alerts = alerts;
    this.authorization = authorization;
    this.law = law;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** A lawyer's request to be admitted: kept, and passed to the case's investigator if any. */
  @Transactional
  public DefenceRequest request(
      CurrentUser lawyer, String erdrNumber, String clientIin, String warrant) {
    requireLawyer(lawyer);
    Map<String, String> problems = new LinkedHashMap<>();
    String number = erdrNumber == null ? "" : erdrNumber.strip();
    if (!number.matches("[0-9]{15}")) {
      problems.put("erdrNumber", "The case's ERDR number: 15 digits");
    }
    Optional<String> badIin =
        clientIin == null
            ? Optional.of("required")
            : Iin.check(clientIin.strip()).map(Iin.Violation::message);
    badIin.ifPresent(m -> problems.put("clientIin", "The client's IIN: " + m));
    String w = warrant == null ? "" : warrant.strip();
    if (w.isEmpty() || w.length() > 100) {
      problems.put("warrant", "The warrant's number and date (1 to 100 characters)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    DefenceRequest request =
        new DefenceRequest(
            UUID.randomUUID(),
            number,
            lawyer.username(),
            lawyer.iin().value(),
            clientIin.strip(),
            w,
            now);
    defence.add(request);
    store
        .byNumber(number)
        .ifPresent(
            c -> {
              String investigator = store.settings(c.id()).investigator();
              String text =
                  "Defence lawyer "
                      + lawyer.displayName()
                      + " asks to be admitted to case "
                      + number;
              StaffAlert alert =
                  investigator == null
                      ? StaffAlert.toRole(
                          now,
                          UnitCode.of(c.unit()),
                          Role.INVESTIGATOR,
                          "cases.defence-request",
                          text,
                          "/cases/" + c.id(),
                          "defence-request-" + request.id())
                      : StaffAlert.toUser(
                          now,
                          UnitCode.of(c.unit()),
                          investigator,
                          "cases.defence-request",
                          text,
                          "/cases/" + c.id(),
                          "defence-request-" + request.id());
              alerts.raise(
                  alert.saying("alert.cases.defence-request", lawyer.displayName(), number));
            });
    return request;
  }

  /** An admitted lawyer's motion: a step of the case, to be answered by its deadline. */
  public Motion fileMotion(CurrentUser lawyer, String caseId, String text) {
    requireLawyer(lawyer);
    UUID id = CaseIds.parse(caseId);
    String motion = text == null ? "" : text.strip();
    UUID motionId = UUID.randomUUID();
    steps.take(
        store,
        id,
        history -> {
          Loaded c = records.load(id, history);
          authorization.require(Action.VIEW_RECORD, c.scope());
          if (motion.isEmpty() || motion.length() > MAX_MOTION) {
            throw new InvalidInputException(
                "text", "State the motion (1 to " + MAX_MOTION + " characters)");
          }
          Instant now = clock.instant();
          Instant deadline =
              now.atZone(calendar.zone())
                  .plus(law.on("cases.motion-term", calendar.dateOf(now)).period())
                  .toInstant();
          CaseEvent event = c.lifecycle().take(CaseStep.FILE_MOTION, lawyer.username(), now, "");
          defence.add(
              new Motion(
                  motionId, id, history.size() + 1, lawyer.username(), now, motion, deadline));
          String investigator = c.settings().investigator();
          if (investigator != null) {
            alerts.raise(
                StaffAlert.toUser(
                        now,
                        UnitCode.of(c.stored().unit()),
                        investigator,
                        "cases.motion",
                        "Motion of the defence in case "
                            + c.stored().erdrNumber()
                            + ": to be answered by "
                            + deadline,
                        "/cases/" + id,
                        "motion-" + motionId)
                    .saying("alert.cases.motion", c.stored().erdrNumber()));
          }
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("motion", motionId.toString());
          details.put("text", motion);
          details.put("deadline", deadline.toString());
          return CaseRecords.next(c, event, details, null);
        });
    return defence.motions(id).stream()
        .filter(m -> m.id().equals(motionId))
        .findFirst()
        .orElseThrow();
  }

  /** The running and closed cases the lawyer is admitted to. */
  public List<CaseLine> defended(CurrentUser lawyer) {
    requireLawyer(lawyer);
    return defence.casesDefendedBy(lawyer.iin().value()).stream()
        .filter(
            id ->
                records.load(id, store.steps(id)).scope().admitted().contains(lawyer.iin().value()))
        .map(id -> store.line(id).orElseThrow())
        .toList();
  }

  private static void requireLawyer(CurrentUser user) {
    if (user.role() != Role.LAWYER) {
      throw new AccessDeniedException("For defence lawyers");
    }
  }
}
