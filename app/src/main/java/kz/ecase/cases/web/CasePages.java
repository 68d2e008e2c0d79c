package kz.ecase.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.CaseDocuments;
import kz.ecase.cases.CaseFiles;
import kz.ecase.cases.CaseSteps;
import kz.ecase.cases.DocumentForm;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case page ({@code /cases/{id}}, its read audited like the API's) and its forms: the head
 * assigns the investigator; the investigator in charge chooses the language, adds participants by
 * IIN, and draws up and signs documents with their media files (uploaded with the form), or
 * corrects a returned one. A refused form comes back with every error beside its field.
 */
@Controller
class CasePages {

  private final CasePage page;
  private final CaseForms forms;
  private final CaseFiles files;
  private final CaseSteps steps;
  private final CaseDocuments documents;
  private final CurrentUsers currentUsers;

  CasePages(
      CasePage page,
      CaseForms forms,
      CaseFiles files,
      CaseSteps steps,
      CaseDocuments documents,
      CurrentUsers currentUsers) {
    this.page = page;
    this.forms = forms;
    this.files = files;
    this.steps = steps;
    this.documents = documents;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/cases/{id}")
  String view(
      @PathVariable String id,
      @RequestParam(required = false) String correct,
      @RequestParam(required = false) String signed,
      Model model) {
    return page.render(currentUsers.current(), id, null, correct, signed, model);
  }

  /** The case a registered report started (the report page links here). */
  @GetMapping("/cases/by-report/{reportId}")
  String byReport(@PathVariable String reportId) {
    return "redirect:/cases/"
        + files.viewByReport(currentUsers.current(), reportId, "open the case of the report").id();
  }

  /** A document of the case as PDF, for whoever reads the case (the read audited). */
  @GetMapping("/cases/{id}/documents/{documentId}/pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String id,
      @PathVariable String documentId,
      @RequestParam(defaultValue = "read the case file") String purpose) {
    return InlineFile.of(files.pdf(currentUsers.current(), id, documentId, purpose));
  }

  /** A photo, audio or video file of a protocol of the case (the read audited). */
  @GetMapping("/cases/{id}/media/{sha256}")
  ResponseEntity<byte[]> media(
      @PathVariable String id,
      @PathVariable String sha256,
      @RequestParam(defaultValue = "read the case file") String purpose) {
    return InlineFile.of(files.media(currentUsers.current(), id, sha256, purpose));
  }

  @PostMapping("/cases/{id}/assignment")
  String assign(@PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    return forms.step(
        id,
        "assignment",
        fields,
        model,
        () -> steps.assign(currentUsers.current(), id, fields.get("investigator")));
  }

  @PostMapping("/cases/{id}/language")
  String language(@PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    return forms.step(
        id,
        "language",
        fields,
        model,
        () -> steps.chooseLanguage(currentUsers.current(), id, fields.get("language")));
  }

  @PostMapping("/cases/{id}/participants")
  String participant(
      @PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    return forms.step(
        id,
        "participant",
        fields,
        model,
        () ->
            steps.addParticipant(
                currentUsers.current(), id, fields.get("role"), fields.get("iin")));
  }

  /**
   * Signs a document: its files are stored first (each a photo, audio or video), then every field
   * is checked at once, then the PIN signs it. Files stored before a refusal come back with the
   * form, so they are not sent again.
   */
  @PostMapping("/cases/{id}/documents")
  String document(
      @PathVariable String id,
      @RequestParam Map<String, String> fields,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "mediaSha", required = false) List<String> mediaSha,
      @RequestParam(name = "mediaName", required = false) List<String> mediaName,
      Model model) {
    CurrentUser user = currentUsers.current();
    Map<String, String> errors = new LinkedHashMap<>();
    List<DocumentForm.MediaRef> media = previous(mediaSha, mediaName);
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty()) {
        continue;
      }
      try {
        StoredDocument stored =
            documents.storeMedia(user, id, file.getContentType(), file.getBytes());
        media.add(new DocumentForm.MediaRef(name(file), stored.sha256()));
      } catch (InvalidInputException e) {
        errors.putAll(CasePageErrors.keys(e.problems()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DocumentForm form =
        new DocumentForm(
            fields.get("kind"),
            fields.get("participantId"),
            fields.get("article"),
            fields.get("form"),
            fields.get("period"),
            fields.get("text"),
            "true".equals(fields.get("admits")),
            media.isEmpty() ? null : media,
            fields.get("replaces"),
            fields.get("answers"),
            granted(fields.get("granted")),
            fields.get("appearAt"),
            fields.get("place"),
            fields.get("otherCase"),
            fields.get("pin"));
    try {
      errors.putAll(CasePageErrors.keys(documents.problems(user, id, form)));
      if (errors.isEmpty()) {
        CaseDocument signed = documents.sign(user, id, form);
        return "redirect:/cases/" + id + "?signed=" + signed.id() + "#documents";
      }
    } catch (RuntimeException e) {
      Map<String, String> refused = CasePageErrors.of(e);
      if (refused == null) {
        throw e;
      }
      errors.putAll(refused);
      model.addAttribute("attemptsLeft", CasePageErrors.attemptsLeft(e));
    }
    model.addAttribute("errors", errors);
    model.addAttribute("errorsIn", "document");
    model.addAttribute("media", media);
    return page.render(user, id, fields, null, null, model);
  }

  /** A motion's answer as the form's radio buttons give it: granted, refused, or not said. */
  private static Boolean granted(String value) {
    return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
  }

  /** Files uploaded with a refused form, sent back with it (name and SHA-256 in pairs). */
  private static List<DocumentForm.MediaRef> previous(List<String> shas, List<String> names) {
    List<DocumentForm.MediaRef> media = new ArrayList<>();
    if (shas == null) {
      return media;
    }
    for (int i = 0; i < shas.size(); i++) {
      String name = names != null && i < names.size() ? names.get(i) : "";
      media.add(new DocumentForm.MediaRef(name, shas.get(i)));
    }
    return media;
  }

  /** The file's own name without any folder, as the protocol names it (at most 200 characters). */
  private static String name(MultipartFile file) {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
