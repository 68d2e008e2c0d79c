package kz.ecase.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.domain.CaseFacts;
import kz.ecase.cases.domain.DocumentAddressees;
import kz.ecase.cases.domain.DocumentDraft;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.DocumentRules;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.persistence.CaseDocumentStore;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseDocumentStore.Waiting;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseLine;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.cases.persistence.DefenceStore;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.FormRules;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as people read them: one case with everything in it (the read audited), the investigator's
 * cases by time left, the unit's cases for the head (by investigator, overdue), and the approver's
 * queue, longest waiting first. Cases of grave crimes appear only to their team.
 */
@Service
public class CaseFiles {

  public static final int MAX_LIMIT = 500;

  private final CaseStore store;
  private final CaseDocumentStore documents;
  private final ParticipantStore participants;
  private final CaseRecords records;
  private final Authorization authorization;
  private final CriminalCatalogue catalogue;
  private final Clock clock;
  private final DefenceStore defence;
  private final kz.ecase.documents.Documents pdfs;
  private final PersonNotices notices;
  private final kz.ecase.cases.complaints.Complaints complaints;

  CaseFiles(
      CaseStore store,
      CaseDocumentStore documents,
      ParticipantStore participants,
      CaseRecords records,
      Authorization authorization,
      CriminalCatalogue catalogue,
      Clock clock,
      DefenceStore defence,
      kz.ecase.documents.Documents pdfs,
      PersonNotices notices,
      kz.ecase.cases.complaints.Complaints complaints) {
    this.store = store;
    this.documents = documents;
    this.participants = participants;
    this.records = records;
    this.authorization = authorization;
    this.catalogue = catalogue;
    this.clock = clock;
    this.defence = defence;
    this.pdfs = pdfs;
    this.notices = notices;
    this.complaints = complaints;
  }

  /** The case, its read recorded in the audit with its purpose. */
  @Transactional
  public CaseView view(CurrentUser user, String caseId, String purpose) {
    if (!user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Your role does not see case files");
    }
    UUID id = CaseIds.parse(caseId);
    Loaded c = records.load(id, store.steps(id));
    authorization.requireRead("case/" + id, c.scope(), purpose);
    List<StoredParticipant> added = participants.of(id);
    List<CaseDocument> docs = documents.of(id);
    List<CaseDocumentStore.Media> media = documents.media(id);
    List<DefenceStore.Motion> motions = defence.motions(id);
    CaseFacts facts =
        CasePeople.facts(
            c.status(),
            c.settings(),
            added,
            docs,
            motions.stream().map(DefenceStore.Motion::id).toList());
    Instant now = clock.instant();
    Gravity gravity = Gravity.valueOf(c.settings().gravity());
    return new CaseView(
        id,
        c.stored().erdrNumber(),
        c.stored().reportId(),
        c.stored().unit(),
        c.status().name(),
        c.stored().openedAt(),
        c.settings().investigator(),
        c.settings().language(),
        c.settings().articleCode(),
        catalogue
            .offered(c.settings().articleCode())
            .map(a -> a.citationRu() + " — " + a.titleRu())
            .orElse(c.settings().articleCode()),
        gravity.name(),
        c.settings().form(),
        FormRules.proposed(gravity, facts.hasAdmittingSuspect()).name(),
        c.settings().deadline(),
        Duration.between(now, c.settings().deadline()).toSeconds(),
        c.scope().secrecy() == RecordScope.Secrecy.RESTRICTED,
        facts.participants(),
        docs.stream().map(d -> line(d, media, notices, d.participantId())).toList(),
        c.history(),
        kindsAllowed(facts, now),
        motions.stream().map(m -> motionLine(m, docs)).toList(),
        defence.requests(c.stored().erdrNumber()).stream()
            .map(
                r ->
                    new CaseView.DefenceRequestLine(
                        r.id(), r.lawyer(), r.lawyerIin(), r.clientIin(), r.warrant(), r.filedAt()))
            .toList(),
        complaints.upheldIn(c.stored().erdrNumber()).stream()
            .map(
                k ->
                    new CaseView.UpheldComplaint(
                        k.number(), k.documentId(), k.reasons(), k.decidedBy(), k.decidedAt()))
            .toList(),
        c.stored().severedFrom() == null
            ? null
            : store.find(c.stored().severedFrom()).map(StoredCase::erdrNumber).orElse(null),
        store.severedFrom(id).stream().map(StoredCase::erdrNumber).toList());
  }

  private static CaseView.MotionLine motionLine(DefenceStore.Motion m, List<CaseDocument> docs) {
    CaseDocument answer =
        docs.stream()
            .filter(d -> d.inEffect() && m.id().equals(d.answers()))
            .findFirst()
            .orElse(null);
    return new CaseView.MotionLine(
        m.id(),
        m.filedBy(),
        m.filedAt(),
        m.text(),
        m.deadline(),
        answer == null ? null : answer.id(),
        answer == null ? null : answer.granted(),
        answer == null ? null : answer.text());
  }

  /**
   * A document of the case, for whoever may read the case (its read audited like {@link #view}):
   * the way a defence lawyer, who sees no other record of the unit, reads the file's papers.
   */
  @Transactional
  public kz.ecase.documents.StoredDocument pdf(
      CurrentUser user, String caseId, String documentId, String purpose) {
    if (!user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Your role does not see case files");
    }
    UUID id = CaseIds.parse(caseId);
    UUID docId = CaseIds.parse(documentId);
    CaseDocument document =
        documents.find(docId).filter(d -> d.caseId().equals(id)).orElseThrow(CaseIds::notFound);
    if (user.role() == Role.CITIZEN) {
      boolean addressed =
          participants.of(id).stream()
              .anyMatch(p -> p.iin().equals(user.iin().value()) && isFor(document, p));
      if (!addressed || !document.inEffect()) {
        throw CaseIds.notFound();
      }
    } else {
      Loaded c = records.load(id, store.steps(id));
      authorization.requireRead("case/" + id, c.scope(), purpose);
    }
    return pdfs.find(document.sha256()).orElseThrow(CaseIds::notFound);
  }

  /**
   * A photo, audio or video file a protocol of the case carries, for whoever may read the case file
   * (not a citizen); its read audited like {@link #view}.
   */
  @Transactional
  public kz.ecase.documents.StoredDocument media(
      CurrentUser user, String caseId, String sha256, String purpose) {
    if (!user.role().allows(Action.VIEW_RECORD) || user.role() == Role.CITIZEN) {
      throw new AccessDeniedException("Your role does not see case files");
    }
    UUID id = CaseIds.parse(caseId);
    Loaded c = records.load(id, store.steps(id));
    authorization.requireRead("case/" + id, c.scope(), purpose);
    return documents.media(id).stream()
        .filter(m -> m.sha256().equals(sha256))
        .findFirst()
        .flatMap(m -> pdfs.find(m.sha256()))
        .orElseThrow(CaseIds::notFound);
  }

  /**
   * A person's part in a case, and the documents addressed to them.
   *
   * @param unit the police department investigating it
   */
  public record Participation(
      UUID caseId,
      String erdrNumber,
      String unit,
      String status,
      String role,
      List<CaseView.DocumentLine> documents) {}

  /**
   * The cases a citizen takes part in, with the documents addressed to them in effect (their
   * recognition, their summonses with the SMS state, their interrogation protocols).
   */
  public List<Participation> asParticipant(CurrentUser user) {
    if (user.role() != Role.CITIZEN) {
      throw new AccessDeniedException("For the person taking part");
    }
    List<Participation> mine = new java.util.ArrayList<>();
    for (StoredParticipant p : participants.ofPerson(user.iin().value())) {
      CaseStore.CaseLine line = store.line(p.caseId()).orElseThrow();
      List<CaseDocumentStore.Media> media = documents.media(p.caseId());
      mine.add(
          new Participation(
              p.caseId(),
              line.erdrNumber(),
              line.unit(),
              line.status(),
              p.role(),
              documents.of(p.caseId()).stream()
                  .filter(d -> d.inEffect() && isFor(d, p))
                  .map(d -> line(d, media, notices, p.id()))
                  .toList()));
    }
    return mine;
  }

  /** The case a registered report started, its read recorded like {@link #view}. */
  @Transactional
  public CaseView viewByReport(CurrentUser user, String reportId, String purpose) {
    if (!user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Your role does not see case files");
    }
    UUID report = CaseIds.parse(reportId);
    UUID id = store.byReport(report).orElseThrow(CaseIds::notFound).id();
    return view(user, id.toString(), purpose);
  }

  /** The user's running cases (an investigator's own), the least time left first. */
  public List<CaseLine> mine(CurrentUser user, int limit) {
    requireStaff(user, Action.EDIT_RECORD);
    return store.runningOf(user.username(), limit(limit));
  }

  /**
   * The running cases of the user's units, the least time left first: for the head of the unit and
   * prosecutors; filtered by investigator, or to overdue ones.
   */
  public List<CaseLine> ofUnits(CurrentUser user, String investigator, boolean overdue, int limit) {
    requireStaff(user, Action.VIEW_RECORD);
    if (user.role() != Role.HEAD_OF_UNIT
        && user.role() != Role.SUPERVISING_PROSECUTOR
        && user.role() != Role.DUTY_PROSECUTOR) {
      throw new AccessDeniedException("The unit's cases are for its head and the prosecutors");
    }
    String who = investigator == null || investigator.isBlank() ? null : investigator.strip();
    return store.ofUnits(List.of(user.unit().value()), who, overdue, clock.instant(), limit(limit));
  }

  /** Documents waiting for the user's approval, the longest waiting first. */
  public List<Waiting> approvals(CurrentUser user, int limit) {
    CaseRecords.requireApprover(user);
    return documents.waitingFor(user.role().name(), List.of(user.unit().value()), limit(limit));
  }

  /**
   * A document version of a case the user has just read with {@link #view} (its text and fields,
   * e.g. to correct it); empty for a document of another case.
   */
  public Optional<CaseDocument> document(CaseView viewed, String documentId) {
    try {
      return documents
          .find(UUID.fromString(documentId))
          .filter(d -> d.caseId().equals(viewed.id()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static List<String> kindsAllowed(CaseFacts facts, Instant now) {
    return Arrays.stream(DocumentKind.values())
        .filter(kind -> kind.allowedIn(facts.form()) && facts.status().investigating())
        .filter(kind -> !DocumentRules.problems(probe(kind), facts, now).containsKey("kind"))
        .map(Enum::name)
        .toList();
  }

  /** A draft that carries everything but what the case itself must allow. */
  private static DocumentDraft probe(DocumentKind kind) {
    return new DocumentDraft(kind, null, null, null, null, "-", false, List.of(), null);
  }

  /**
   * A document as listed, with what became of the SMS that told {@code addressee} of it (null: no
   * one, or not told).
   */
  private static CaseView.DocumentLine line(
      CaseDocument d, List<CaseDocumentStore.Media> media, PersonNotices notices, UUID addressee) {
    String state =
        d.superseded()
            ? "SUPERSEDED"
            : d.waiting() ? "WAITING" : d.returned() ? "RETURNED" : "IN_EFFECT";
    return new CaseView.DocumentLine(
        d.id(),
        d.kind(),
        d.version(),
        d.replaces(),
        state,
        d.participantId(),
        d.author(),
        d.signedAt(),
        d.sha256(),
        d.approverRole(),
        d.decision() == null ? null : d.decision().decidedBy(),
        d.decision() == null ? null : d.decision().decidedAt(),
        d.decision() == null ? null : d.decision().remarks(),
        media.stream()
            .filter(m -> m.documentId().equals(d.id()))
            .map(m -> new CaseView.Media(m.name(), m.sha256(), m.mediaType()))
            .toList(),
        d.appearAt(),
        d.place(),
        notices.delivery(d, addressee).map(SmsOutbox.Delivery::status).orElse(null),
        d.otherCase());
  }

  private static boolean isFor(CaseDocument d, StoredParticipant p) {
    return DocumentAddressees.isFor(
        DocumentKind.valueOf(d.kind()),
        d.participantId(),
        p.id(),
        ParticipantRole.valueOf(p.role()));
  }

  private static void requireStaff(CurrentUser user, Action action) {
    if (user.role() == Role.CITIZEN || user.unit() == null || !user.role().allows(action)) {
      throw new AccessDeniedException("Your role does not see the cases");
    }
  }

  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "Between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }
}
