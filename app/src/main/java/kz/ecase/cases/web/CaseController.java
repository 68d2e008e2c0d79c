package kz.ecase.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kz.ecase.cases.CaseDefence;
import kz.ecase.cases.CaseDocuments;
import kz.ecase.cases.CaseFiles;
import kz.ecase.cases.CaseSteps;
import kz.ecase.cases.CaseView;
import kz.ecase.cases.DocumentForm;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseDocumentStore.Waiting;
import kz.ecase.cases.persistence.CaseStore.CaseLine;
import kz.ecase.cases.persistence.DefenceStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Criminal cases over HTTP: the investigation, its documents and their approvals. */
@RestController
@Tag(name = "Criminal cases")
class CaseController {

  record Assignment(String investigator) {}

  record Language(String language) {}

  record NewParticipant(String role, String iin) {}

  record Decision(String decision, String remarks, String pin) {}

  record Media(String sha256, String mediaType, int size) {}

  record AdmissionRequest(String erdrNumber, String clientIin, String warrant) {}

  record Requested(java.util.UUID id, java.time.Instant filedAt) {}

  record MotionText(String text) {}

  private final CaseFiles files;
  private final CaseSteps steps;
  private final CaseDocuments documents;
  private final CaseDefence defence;
  private final CurrentUsers currentUsers;

  CaseController(
      CaseFiles files,
      CaseSteps steps,
      CaseDocuments documents,
      CaseDefence defence,
      CurrentUsers currentUsers) {
    this.files = files;
    this.defence = defence;
    this.steps = steps;
    this.documents = documents;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/cases")
  @Operation(summary = "Your running cases (investigator), the least time left first")
  List<CaseLine> mine(@RequestParam(defaultValue = "100") int limit) {
    return files.mine(currentUsers.current(), limit);
  }

  @GetMapping("/api/cases/unit")
  @Operation(
      summary = "The running cases of your units, the least time left first",
      description =
          "Head of unit and prosecutors. investigator: only theirs; overdue=true: only those whose"
              + " term has run out.")
  List<CaseLine> unit(
      @RequestParam(required = false) String investigator,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "100") int limit) {
    return files.ofUnits(currentUsers.current(), investigator, overdue, limit);
  }

  @GetMapping("/api/cases/{id}")
  @Operation(summary = "A case: term, participants, documents, timeline (the read is audited)")
  CaseView view(
      @PathVariable String id, @RequestParam(defaultValue = "work on the case") String purpose) {
    return files.view(currentUsers.current(), id, purpose);
  }

  @GetMapping("/api/cases/by-report/{reportId}")
  @Operation(summary = "The case a registered report started (the read is audited)")
  CaseView byReport(
      @PathVariable String reportId,
      @RequestParam(defaultValue = "work on the case") String purpose) {
    return files.viewByReport(currentUsers.current(), reportId, purpose);
  }

  @PostMapping("/api/cases/{id}/assignment")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Put an investigator of the unit in charge (head of unit)")
  RecordedStep assign(@PathVariable String id, @RequestBody Assignment assignment) {
    return steps.assign(currentUsers.current(), id, assignment.investigator());
  }

  @PostMapping("/api/cases/{id}/language")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Choose the language of the proceedings: KK or RU")
  RecordedStep language(@PathVariable String id, @RequestBody Language language) {
    return steps.chooseLanguage(currentUsers.current(), id, language.language());
  }

  @PostMapping("/api/cases/{id}/participants")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Add a participant by IIN (looked up in the registries, the case as the purpose)",
      description =
          "role: SUSPECT, VICTIM, WITNESS, DEFENCE_LAWYER, INTERPRETER, LEGAL_REPRESENTATIVE. A"
              + " suspect's and a victim's status then needs its decision.")
  StoredParticipant participant(@PathVariable String id, @RequestBody NewParticipant p) {
    return steps.addParticipant(currentUsers.current(), id, p.role(), p.iin());
  }

  @PostMapping("/api/cases/{id}/media")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Upload a photo, audio or video file for a protocol of the case",
      description = "Answers its SHA-256, by which the protocol names it (media[].sha256).")
  Media media(@PathVariable String id, @RequestParam(required = false) MultipartFile file) {
    try {
      StoredDocument stored =
          documents.storeMedia(
              currentUsers.current(),
              id,
              file == null ? null : file.getContentType(),
              file == null ? null : file.getBytes());
      return new Media(stored.sha256(), stored.mediaType(), stored.bytes().length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping("/api/cases/{id}/documents")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Draw up and sign a procedural document of the case with your PIN",
      description =
          "kind: START_DECISION, QUALIFY_SUSPECT (participantId, article), RECOGNISE_VICTIM"
              + " (participantId), REQUALIFY (article), CHANGE_FORM (form), EXTEND_TERM (period,"
              + " e.g. P1M, before the term runs out), INTERROGATION_PROTOCOL (participantId,"
              + " admits, media), INSPECTION_PROTOCOL (media), TERMINATE_DECISION,"
              + " ORDER_PROTOCOL, ACCELERATED_PROTOCOL, MISDEMEANOUR_PROTOCOL, INDICTMENT. text:"
              + " what it establishes. replaces: the version it corrects. A document whose"
              + " approver the law names waits for them; others take effect at once. Every field"
              + " at fault is answered at once (400).")
  CaseDocument document(@PathVariable String id, @RequestBody DocumentForm form) {
    return documents.sign(currentUsers.current(), id, form);
  }

  @GetMapping("/api/cases/approvals")
  @Operation(summary = "Documents waiting for your approval, the longest waiting first")
  List<Waiting> approvals(@RequestParam(defaultValue = "100") int limit) {
    return files.approvals(currentUsers.current(), limit);
  }

  @PostMapping("/api/cases/documents/{documentId}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Approve (co-sign with your PIN) or return a document waiting for you",
      description = "decision: APPROVE or RETURN (remarks required).")
  CaseDocument decide(@PathVariable String documentId, @RequestBody Decision decision) {
    return documents.decide(
        currentUsers.current(),
        documentId,
        verdict(decision.decision()),
        decision.remarks(),
        decision.pin());
  }

  @PostMapping("/api/cases/defence-requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "A defence lawyer asks to be admitted to a case (LAWYER)",
      description =
          "{erdrNumber, clientIin, warrant}: kept and passed to the case's investigator, who admits"
              + " the lawyer by a signed decision. The answer is the same whether or not the number"
              + " names a case.")
  Requested defenceRequest(@RequestBody AdmissionRequest request) {
    DefenceStore.DefenceRequest r =
        defence.request(
            currentUsers.current(), request.erdrNumber(), request.clientIin(), request.warrant());
    return new Requested(r.id(), r.filedAt());
  }

  @GetMapping("/api/cases/as-participant")
  @Operation(
      summary = "My cases (CITIZEN): where I take part, and the documents addressed to me",
      description =
          "Each case's number, state, my role, and the documents in effect that concern me (my"
              + " recognition, summonses with the SMS delivery state, my interrogation protocols);"
              + " their PDFs at /api/cases/{id}/documents/{documentId}/pdf.")
  List<CaseFiles.Participation> asParticipant() {
    return files.asParticipant(currentUsers.current());
  }

  @GetMapping("/api/cases/defence")
  @Operation(summary = "The cases you are admitted to as defence lawyer (LAWYER)")
  List<CaseLine> defended() {
    return defence.defended(currentUsers.current());
  }

  @PostMapping("/api/cases/{id}/motions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "File a motion of the defence in a case you are admitted to (LAWYER)",
      description =
          "{text}: to be answered by the investigator's signed decision (MOTION_DECISION) within"
              + " the law's term (cases.motion-term).")
  DefenceStore.Motion motion(@PathVariable String id, @RequestBody MotionText motion) {
    return defence.fileMotion(currentUsers.current(), id, motion.text());
  }

  @GetMapping("/api/cases/{id}/documents/{documentId}/pdf")
  @Operation(
      summary =
          "A document of the case as PDF, for whoever may read the case (the read is audited)")
  ResponseEntity<byte[]> pdf(
      @PathVariable String id,
      @PathVariable String documentId,
      @RequestParam(defaultValue = "read the case file") String purpose) {
    return inline(files.pdf(currentUsers.current(), id, documentId, purpose));
  }

  /** A case's PDF shown in the browser under its own name (the API's and the pages'). */
  static ResponseEntity<byte[]> inline(StoredDocument pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
        .body(pdf.bytes());
  }

  private static CaseDocuments.Verdict verdict(String decision) {
    try {
      return CaseDocuments.Verdict.valueOf(decision == null ? "" : decision.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("decision", "APPROVE or RETURN");
    }
  }
}
