package kz.ecase.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.court.CourtReferrals;
import kz.ecase.cases.domain.CaseEvent;
import kz.ecase.cases.domain.CaseFacts;
import kz.ecase.cases.domain.CaseStep;
import kz.ecase.cases.domain.CaseTerm;
import kz.ecase.cases.domain.DocumentDraft;
import kz.ecase.cases.domain.DocumentEffect;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.DocumentRules;
import kz.ecase.cases.domain.ProceedingsLanguage;
import kz.ecase.cases.persistence.CaseDocumentStore;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseDocumentStore.Decision;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseSettings;
import kz.ecase.cases.persistence.DefenceStore;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.ledger.Attachment;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ActSignatures;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.SignedAct;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.UnlockedKey;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The procedural documents of a case: drawn up from a template in the language of the proceedings,
 * signed by the investigator with the PIN, and either in effect at once or sent straight to the one
 * approver the law names, who co-signs it (it takes effect) or returns it with remarks (the
 * investigator signs a corrected version, which keeps the old one). A document in effect changes
 * the case through its effect: a qualification, a form, a longer term, termination, or the case
 * file to court. Every one a step of the case in the ledger.
 */
@Service
public class CaseDocuments {

  /** What an approver decides. */
  public enum Verdict {
    APPROVE,
    RETURN
  }

  private final CaseStore store;
  private final CaseDocumentStore documents;
  private final ParticipantStore participants;
  private final CaseRecords records;
  private final DocumentInput input;
  private final CaseDocumentPdf pdf;
  private final Approvers approvers;
  private final CaseAlerts alerts;
  private final ProcedureSteps steps;
  private final ActSignatures acts;
  private final Signatures signatures;
  private final Authorization authorization;
  private final CriminalCatalogue catalogue;
  private final ProcedureCalendar calendar;
  private final Clock clock;
  private final DefenceStore defence;
  private final PersonNotices notices;
  private final Severance severance;
  private final Joinder joinder;
  private final kz.ecase.documents.Documents storedMedia;
  private final CourtReferrals court;

  CaseDocuments(
      CaseStore store,
      CaseDocumentStore documents,
      ParticipantStore participants,
      CaseRecords records,
      DocumentInput input,
      CaseDocumentPdf pdf,
      Approvers approvers,
      CaseAlerts alerts,
      ProcedureSteps steps,
      ActSignatures acts,
      Signatures signatures,
      Authorization authorization,
      CriminalCatalogue catalogue,
      ProcedureCalendar calendar,
      Clock clock,
      DefenceStore defence,
      PersonNotices notices,
      Severance severance,
      Joinder joinder,
      kz.ecase.documents.Documents storedMedia,
      CourtReferrals court) {
    this.store = store;
    this.documents = documents;
    this.participants = participants;
    this.records = records;
    this.input = input;
    this.pdf = pdf;
    this.approvers = approvers;
    this.alerts = alerts;
    this.steps = steps;
    this.acts = acts;
    this.signatures = signatures;
    this.authorization = authorization;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
    this.defence = defence;
    this.notices = notices;
    this.severance = severance;
    this.joinder = joinder;
    this.storedMedia = storedMedia;
    this.court = court;
  }

  /**
   * Draws up and signs a document of the case.
   *
   * @return the document as stored (waiting for its approver, or in effect)
   * @throws InvalidInputException naming every field at fault, nothing stored
   */
  public CaseDocument sign(CurrentUser user, String caseId, DocumentForm form) {
    CaseRecords.requireEditor(user);
    UUID id = CaseIds.parse(caseId);
    ActSignatures.requirePin(form.pin());
    DocumentDraft draft = input.read(form);
    UnlockedKey key = acts.unlock(user, form.pin());
    UUID documentId = UUID.randomUUID();
    steps.take(
        store,
        id,
        history -> {
          Loaded c = records.load(id, history);
          records.requireInvestigator(user, c);
          Instant now = clock.instant();
          List<CaseDocument> existing = documents.of(id);
          List<StoredParticipant> added = participants.of(id);
          List<DefenceStore.Motion> motions = defence.motions(id);
          CaseFacts facts =
              CasePeople.facts(
                  c.status(),
                  c.settings(),
                  added,
                  existing,
                  motions.stream().map(DefenceStore.Motion::id).toList());
          Map<String, String> problems =
              new LinkedHashMap<>(DocumentRules.problems(draft, facts, now));
          Optional<CaseDocument> replaced = replaced(draft, existing, problems);
          if (draft.kind() == DocumentKind.JOIN_CASES) {
            problems.putAll(joinder.problems(c, draft.otherCase()));
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          Optional<Role> approver = approvers.of(draft.kind(), calendar.dateOf(now));
          int seq = history.size() + 1;
          int version = replaced.map(d -> d.version() + 1).orElse(1);
          StoredDocument rendered =
              pdf.render(
                  draft,
                  context(c, draft, added, facts, version, replaced, approver, motions),
                  user,
                  now,
                  c.scope());
          String name =
              "case-"
                  + c.stored().erdrNumber()
                  + "-"
                  + seq
                  + "-"
                  + draft.kind().name().toLowerCase();
          SignedAct signed = acts.sign(user, key, rendered, name);
          CaseDocument document =
              new CaseDocument(
                  documentId,
                  id,
                  seq,
                  draft.kind().name(),
                  version,
                  replaced.map(CaseDocument::id).orElse(null),
                  draft.participantId(),
                  draft.article() == null ? null : draft.article().code(),
                  draft.form() == null ? null : draft.form().name(),
                  draft.period() == null ? null : draft.period().toString(),
                  draft.admits(),
                  draft.text() == null ? "" : draft.text(),
                  c.settings().language(),
                  user.username(),
                  now,
                  rendered.sha256(),
                  signed.attachments().get(1).sha256(),
                  approver.map(Role::name).orElse(null),
                  null,
                  false,
                  draft.answers(),
                  draft.granted(),
                  draft.appearAt(),
                  draft.place(),
                  draft.otherCase());
          documents.add(
              document,
              draft.media().stream()
                  .map(
                      m ->
                          new CaseDocumentStore.Media(
                              documentId, m.name(), m.sha256(), m.mediaType()))
                  .toList());
          CaseStep step = CaseStep.SIGN_DOCUMENT;
          if (approver.isEmpty()) {
            step = takeEffect(c, document, seq, existingWith(existing, document));
          } else {
            alerts.toApprove(
                c.stored(), documentId, draft.kind().name(), approver.get(), user.username(), now);
          }
          CaseEvent event = c.lifecycle().take(step, user.username(), now, "");
          Map<String, Object> details = details(document);
          List<Attachment> attachments = new ArrayList<>(signed.attachments());
          draft.media().forEach(m -> attachments.add(new Attachment(m.name(), m.sha256())));
          return CaseRecords.next(
              c, event, details, new SignedAct(signed.documentSha256(), attachments));
        });
    return documents.find(documentId).orElseThrow();
  }

  /**
   * What is wrong with a document drawn up now in the case as it stands, every field at once (a
   * missing PIN among them), without signing anything: for a page that shows all its errors at once
   * before the signature is tried. Empty when {@link #sign} would take it (the PIN still to open
   * the key).
   */
  public Map<String, String> problems(CurrentUser user, String caseId, DocumentForm form) {
    CaseRecords.requireEditor(user);
    UUID id = CaseIds.parse(caseId);
    Loaded c = records.load(id, store.steps(id));
    records.requireInvestigator(user, c);
    Map<String, String> problems = new LinkedHashMap<>();
    if (form.pin() == null || form.pin().isBlank()) {
      problems.put("pin", "Your signing PIN is required to sign the act");
    }
    DocumentDraft draft;
    try {
      draft = input.read(form);
    } catch (InvalidInputException e) {
      problems.putAll(e.problems());
      return problems;
    }
    List<CaseDocument> existing = documents.of(id);
    CaseFacts facts =
        CasePeople.facts(
            c.status(),
            c.settings(),
            participants.of(id),
            existing,
            defence.motions(id).stream().map(DefenceStore.Motion::id).toList());
    problems.putAll(DocumentRules.problems(draft, facts, clock.instant()));
    replaced(draft, existing, problems);
    return problems;
  }

  /** Media a protocol may carry: photos, audio and video. */
  public static final java.util.Set<String> MEDIA_TYPES =
      java.util.Set.of(
          "image/jpeg",
          "image/png",
          "audio/mpeg",
          "audio/ogg",
          "audio/wav",
          "video/mp4",
          "video/webm");

  /**
   * Stores a media file of the case (before the protocol that carries it is signed), readable by
   * those who may see the case.
   *
   * @return its SHA-256, by which the protocol names it
   */
  public StoredDocument storeMedia(
      CurrentUser user, String caseId, String mediaType, byte[] bytes) {
    CaseRecords.requireEditor(user);
    UUID id = CaseIds.parse(caseId);
    Loaded c = records.load(id, store.steps(id));
    records.requireInvestigator(user, c);
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("file", "Choose a file");
    }
    if (mediaType == null || !MEDIA_TYPES.contains(mediaType)) {
      throw new InvalidInputException(
          "file", "A photo (JPEG, PNG), audio (MP3, OGG, WAV) or video (MP4, WebM)");
    }
    return storedMedia.store(mediaType, bytes, c.scope());
  }

  /**
   * The approver's decision on a document waiting for them: approve (co-sign with the PIN; it takes
   * effect) or return it with remarks.
   *
   * @throws NotFoundException for a document the user may not see
   * @throws AccessDeniedException when the law names another approver for it
   */
  public CaseDocument decide(
      CurrentUser user, String documentId, Verdict verdict, String remarks, String pin) {
    CaseRecords.requireApprover(user);
    UUID docId = CaseIds.parse(documentId);
    if (verdict == null) {
      throw new InvalidInputException("decision", "APPROVE or RETURN");
    }
    String why = remarks == null ? "" : remarks.strip();
    Map<String, String> problems = new LinkedHashMap<>();
    if (verdict == Verdict.RETURN && why.isEmpty()) {
      problems.put("remarks", "Say what is to be corrected");
    }
    if (why.length() > 4000) {
      problems.put("remarks", "At most 4000 characters");
    }
    if (verdict == Verdict.APPROVE && (pin == null || pin.isBlank())) {
      problems.put("pin", "Your signing PIN is required to co-sign the document");
    }
    CaseDocument found = documents.find(docId).orElseThrow(() -> notFound());
    UnlockedKey key =
        verdict == Verdict.APPROVE && problems.isEmpty() ? acts.unlock(user, pin) : null;
    steps.take(
        store,
        found.caseId(),
        history -> {
          Loaded c = records.load(found.caseId(), history);
          Action action =
              user.role() == Role.HEAD_OF_UNIT ? Action.EDIT_RECORD : Action.REVIEW_LEGALITY;
          authorization.require(action, c.scope());
          CaseDocument document = documents.find(docId).orElseThrow(() -> notFound());
          if (!user.role().name().equals(document.approverRole())) {
            throw new AccessDeniedException(
                "The law names " + document.approverRole() + " to approve this document");
          }
          if (!document.waiting()) {
            throw new InvalidInputException("decision", "The document is not waiting for approval");
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          Instant now = clock.instant();
          int seq = history.size() + 1;
          String name =
              "case-"
                  + c.stored().erdrNumber()
                  + "-"
                  + document.seq()
                  + "-"
                  + document.kind().toLowerCase();
          CaseStep step;
          SignedAct act = null;
          if (verdict == Verdict.APPROVE) {
            Signature cosigned = signatures.cosign(user, key, document.sha256());
            documents.decide(
                docId,
                c.stored().id(),
                seq,
                new Decision("APPROVED", user.username(), now, why, cosigned.sha256()));
            act =
                new SignedAct(
                    document.sha256(),
                    List.of(
                        new Attachment(name + ".pdf", document.sha256()),
                        new Attachment(name + "-approved.p7s", cosigned.sha256())));
            List<CaseDocument> decided = documents.of(c.stored().id());
            step = takeEffect(c, document, seq, decided);
            if (step == CaseStep.SIGN_DOCUMENT) {
              step = CaseStep.APPROVE_DOCUMENT;
            }
          } else {
            documents.decide(
                docId,
                c.stored().id(),
                seq,
                new Decision("RETURNED", user.username(), now, why, null));
            step = CaseStep.RETURN_DOCUMENT;
          }
          alerts.decided(
              c.stored(),
              docId,
              document.kind(),
              document.author(),
              verdict == Verdict.APPROVE,
              user.username(),
              now);
          CaseEvent event = c.lifecycle().take(step, user.username(), now, why);
          Map<String, Object> details = details(document);
          details.put("decision", verdict.name());
          return CaseRecords.next(c, event, details, act);
        });
    return documents.find(docId).orElseThrow();
  }

  /**
   * Applies a document's effect as it takes effect: new settings for a qualification, a form or a
   * term; the step that ends the investigation for termination or the way to court.
   *
   * @param inForce the case's documents, this one included and in effect
   * @return the step to record
   */
  private CaseStep takeEffect(
      Loaded c, CaseDocument document, int seq, List<CaseDocument> inForce) {
    DocumentEffect effect = DocumentKind.valueOf(document.kind()).effect();
    notices.send(c, document);
    switch (effect) {
      case TERMINATE:
        return CaseStep.TERMINATE;
      case TO_COURT:
        court.send(c.stored(), document, seq);
        return CaseStep.SEND_TO_COURT;
      case JOIN:
        joinder.join(c, document);
        return CaseStep.SIGN_DOCUMENT;
      case SEVER:
        severance.sever(c, document);
        return CaseStep.SIGN_DOCUMENT;
      case REQUALIFY, RECOGNISE_SUSPECT, CHANGE_FORM, EXTEND_TERM:
        store.addSettings(settingsAfter(c, seq, inForce));
        return CaseStep.SIGN_DOCUMENT;
      default:
        return CaseStep.SIGN_DOCUMENT;
    }
  }

  /**
   * The settings the documents in effect give: the latest qualification, the latest form, and the
   * term of that form from the registration with every extension, or, once the court returned the
   * case, the term from the last return with the extensions signed since.
   */
  private CaseSettings settingsAfter(Loaded c, int seq, List<CaseDocument> docs) {
    CaseSettings opening = store.openingSettings(c.stored().id());
    String article = opening.articleCode();
    String gravity = opening.gravity();
    String form = opening.form();
    List<Period> extensions = new ArrayList<>();
    Optional<Instant> returned = CaseRecords.lastCourtReturn(c.history());
    for (CaseDocument d : docs) {
      if (!d.inEffect()) {
        continue;
      }
      DocumentEffect effect = DocumentKind.valueOf(d.kind()).effect();
      if ((effect == DocumentEffect.REQUALIFY || effect == DocumentEffect.RECOGNISE_SUSPECT)
          && d.articleCode() != null) {
        article = d.articleCode();
        gravity = catalogue.offered(article).map(a -> a.gravity().value().name()).orElse(gravity);
      } else if (effect == DocumentEffect.CHANGE_FORM) {
        form = d.form();
      } else if (effect == DocumentEffect.EXTEND_TERM
          && returned.map(d.signedAt()::isAfter).orElse(true)) {
        extensions.add(Period.parse(d.period()));
      }
    }
    CaseTerm term =
        returned.isPresent()
            ? records.termAfterReturn(returned.get(), extensions)
            : records.term(c.stored().openedAt(), form, extensions);
    CaseSettings now = c.settings();
    return new CaseSettings(
        c.stored().id(),
        seq,
        now.investigator(),
        now.language(),
        article,
        gravity,
        form,
        term.deadline(),
        term.threeQuarters());
  }

  private static List<CaseDocument> existingWith(List<CaseDocument> existing, CaseDocument added) {
    List<CaseDocument> all = new ArrayList<>(existing);
    all.add(added);
    return all;
  }

  private static Optional<CaseDocument> replaced(
      DocumentDraft draft, List<CaseDocument> existing, Map<String, String> problems) {
    if (draft.replaces() == null) {
      return Optional.empty();
    }
    Optional<CaseDocument> old =
        existing.stream().filter(d -> d.id().equals(draft.replaces())).findFirst();
    if (old.isEmpty()) {
      problems.put("replaces", "No such document in this case");
    } else if (old.get().superseded()) {
      problems.put("replaces", "That version has been corrected already: correct the latest");
    } else if (!old.get().kind().equals(draft.kind().name())) {
      problems.put("replaces", "A correction is a document of the same kind");
    } else if (old.get().inEffect()
        && DocumentKind.valueOf(old.get().kind()).effect() != DocumentEffect.NONE) {
      problems.put("replaces", "A decision in effect is changed by a new decision, not corrected");
    }
    return old;
  }

  private CaseDocumentPdf.Context context(
      Loaded c,
      DocumentDraft draft,
      List<StoredParticipant> added,
      CaseFacts facts,
      int version,
      Optional<CaseDocument> replaced,
      Optional<Role> approver,
      List<DefenceStore.Motion> motions) {
    String motionText =
        draft.answers() == null
            ? null
            : motions.stream()
                .filter(m -> m.id().equals(draft.answers()))
                .map(DefenceStore.Motion::text)
                .findFirst()
                .orElse(null);
    StoredParticipant participant =
        draft.participantId() == null
            ? null
            : added.stream()
                .filter(p -> p.id().equals(draft.participantId()))
                .findFirst()
                .orElse(null);
    String suspect =
        facts.participants().stream()
            .filter(p -> p.suspect())
            .map(p -> p.name())
            .reduce((a, b) -> a + ", " + b)
            .orElse(null);
    return new CaseDocumentPdf.Context(
        c.stored().erdrNumber(),
        c.stored().unit(),
        ProceedingsLanguage.valueOf(c.settings().language()),
        c.settings().articleCode(),
        participant == null ? null : participant.name(),
        participant == null ? null : participant.role(),
        suspect,
        c.settings().deadline(),
        version,
        replaced.map(CaseDocument::signedAt).orElse(null),
        approver.orElse(null),
        motionText);
  }

  private static Map<String, Object> details(CaseDocument document) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("document", document.id().toString());
    details.put("kind", document.kind());
    details.put("version", document.version());
    if (document.replaces() != null) {
      details.put("replaces", document.replaces().toString());
    }
    if (document.approverRole() != null) {
      details.put("approver", document.approverRole());
    }
    if (document.participantId() != null) {
      details.put("participant", document.participantId().toString());
    }
    if (document.articleCode() != null) {
      details.put("article", document.articleCode());
    }
    if (document.form() != null) {
      details.put("form", document.form());
    }
    if (document.period() != null) {
      details.put("period", document.period());
    }
    return details;
  }

  private static NotFoundException notFound() {
    return new NotFoundException("No such document");
  }
}
