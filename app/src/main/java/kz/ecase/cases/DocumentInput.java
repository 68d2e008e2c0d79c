package kz.ecase.cases;

import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.cases.domain.DocumentDraft;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.InvestigationForm;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Reads a document form into a draft, answering every malformed field at once: a kind, an article
 * staff may qualify by, a form, a period, media that were uploaded, ids that are ids.
 */
@Component
class DocumentInput {

  static final int MAX_TEXT = 20_000;

  private final CriminalCatalogue catalogue;
  private final Documents documents;
  private final kz.ecase.procedure.ProcedureCalendar calendar;

  DocumentInput(
      CriminalCatalogue catalogue,
      Documents documents,
      kz.ecase.procedure.ProcedureCalendar calendar) {
    this.catalogue = catalogue;
    this.documents = documents;
    this.calendar = calendar;
  }

  DocumentDraft read(DocumentForm form) {
    Map<String, String> problems = new LinkedHashMap<>();
    DocumentKind kind = parse(DocumentKind.class, form.kind(), "kind", problems);
    UUID participant = uuid(form.participantId(), "participantId", problems);
    CriminalArticle article = null;
    if (present(form.article())) {
      article = catalogue.offered(form.article().strip()).orElse(null);
      if (article == null) {
        problems.put("article", "Not an article staff may qualify by: " + form.article());
      }
    }
    InvestigationForm investigationForm =
        parse(InvestigationForm.class, form.form(), "form", problems);
    Period period = null;
    if (present(form.period())) {
      try {
        period = Period.parse(form.period().strip());
      } catch (DateTimeParseException e) {
        problems.put("period", "An ISO-8601 period, e.g. P1M or P10D");
      }
    }
    if (form.text() != null && form.text().length() > MAX_TEXT) {
      problems.put("text", "At most " + MAX_TEXT + " characters");
    }
    List<DocumentDraft.Media> media = media(form, problems);
    UUID replaces = uuid(form.replaces(), "replaces", problems);
    UUID answers = uuid(form.answers(), "answers", problems);
    Instant appearAt = null;
    if (present(form.appearAt())) {
      appearAt = moment(form.appearAt().strip());
      if (appearAt == null) {
        problems.put("appearAt", "A date and time, e.g. 2026-12-08T10:00");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DocumentDraft(
        kind,
        participant,
        article,
        investigationForm,
        period,
        form.text() == null ? null : form.text().strip(),
        Boolean.TRUE.equals(form.admits()),
        media,
        replaces,
        answers,
        form.granted(),
        appearAt,
        form.place() == null ? null : form.place().strip(),
        present(form.otherCase()) ? form.otherCase().strip() : null);
  }

  private Instant moment(String value) {
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      // a local date-time below
    }
    try {
      return java.time.LocalDateTime.parse(value).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private List<DocumentDraft.Media> media(DocumentForm form, Map<String, String> problems) {
    List<DocumentDraft.Media> media = new ArrayList<>();
    if (form.media() == null) {
      return media;
    }
    if (form.media().size() > 50) {
      problems.put("media", "At most 50 files a protocol");
      return media;
    }
    for (DocumentForm.MediaRef ref : form.media()) {
      String name = ref == null || ref.name() == null ? "" : ref.name().strip();
      StoredDocument stored =
          ref == null || ref.sha256() == null ? null : documents.find(ref.sha256()).orElse(null);
      if (stored == null || name.isEmpty() || name.length() > 200) {
        problems.put(
            "media", "Each file needs a name (1 to 200 characters) and an uploaded SHA-256");
        return media;
      }
      media.add(new DocumentDraft.Media(name, stored.sha256(), stored.mediaType()));
    }
    return media;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, Map<String, String> problems) {
    if (!present(value)) {
      if ("kind".equals(field)) {
        problems.put(field, "Choose the kind of document");
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      problems.put(field, "Not a " + field + ": " + value);
      return null;
    }
  }

  private static UUID uuid(String value, String field, Map<String, String> problems) {
    if (!present(value)) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      problems.put(field, "Not an id: " + value);
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
