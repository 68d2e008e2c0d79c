package kz.ecase.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.ecase.cases.Approvers;
import kz.ecase.cases.CaseFiles;
import kz.ecase.cases.CaseView;
import kz.ecase.cases.CaseView.DocumentLine;
import kz.ecase.cases.domain.CaseParticipant;
import kz.ecase.cases.domain.DocumentEffect;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.DocumentKind.Needs;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.domain.ProceedingsLanguage;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.InvestigationForm;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.RecordedStep;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows of a case: its header and term, the timeline of its acts told in words
 * (which document, which participant), its participants, every document version with its state,
 * and, for whoever may act on it, the forms with only the choices the case allows now.
 */
@Component
class CasePage {

  static final String PURPOSE = "work on the case";

  /** The purpose a defence lawyer's read of the case file is audited with. */
  static final String DEFENCE_PURPOSE = "defence: read the case file";

  /** An act of the timeline, with the document or participant it concerned. */
  record Entry(RecordedStep step, String kind, String participant) {}

  /** A document version as the page lists it. */
  record DocumentRow(
      DocumentLine doc, String participant, TermLeft.Span waited, boolean correctable) {}

  /** Extension periods offered (ISO-8601). */
  static final List<String> PERIODS = List.of("P5D", "P10D", "P15D", "P1M", "P2M", "P3M", "P6M");

  private final CaseFiles files;
  private final Approvers approvers;
  private final CriminalCatalogue catalogue;
  private final Directory directory;
  private final ProcedureCalendar calendar;
  private final Clock clock;

  CasePage(
      CaseFiles files,
      Approvers approvers,
      CriminalCatalogue catalogue,
      Directory directory,
      ProcedureCalendar calendar,
      Clock clock) {
    this.files = files;
    this.approvers = approvers;
    this.catalogue = catalogue;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * Fills the model for the case page (the read audited) and answers its template.
   *
   * @param form the document form's fields as sent (after a refusal), or null
   * @param correct the document to correct (its fields fill the form), or null
   * @param signed the document just signed (to say where it went), or null
   */
  String render(
      CurrentUser user,
      String caseId,
      Map<String, String> form,
      String correct,
      String signed,
      Model model) {
    boolean lawyer = user.role() == Role.LAWYER;
    CaseView view = files.view(user, caseId, lawyer ? DEFENCE_PURPOSE : PURPOSE);
    Instant now = clock.instant();
    boolean investigating = "INVESTIGATING".equals(view.status());
    boolean mayAct = investigating && inCharge(user, view);
    Map<String, String> document = form == null ? new HashMap<>() : new HashMap<>(form);
    if (form == null && correct != null && mayAct) {
      files.document(view, correct).ifPresent(d -> document.putAll(prefill(d)));
    }
    model.addAttribute("view", view);
    model.addAttribute("article", articleTitle(view));
    model.addAttribute("term", TermLeft.of(view.openedAt(), view.deadline(), now));
    model.addAttribute("investigating", investigating);
    model.addAttribute("mayAct", mayAct);
    model.addAttribute("head", user.role() == Role.HEAD_OF_UNIT && investigating);
    model.addAttribute("timeline", timeline(view));
    model.addAttribute("documents", documents(view, now));
    model.addAttribute("document", document);
    model.addAttribute("correcting", correcting(view, document.get("replaces")));
    model.addAttribute("signed", correcting(view, signed));
    if (mayAct) {
      List<String> kinds = new ArrayList<>(view.kindsAllowed());
      String kind = document.get("kind");
      if (kind != null && !kind.isBlank() && !kinds.contains(kind) && isKind(kind)) {
        kinds.add(kind);
      }
      model.addAttribute("kinds", kinds);
      model.addAttribute("approvers", approversOf(kinds, now));
      model.addAttribute("needs", needs(kinds));
      model.addAttribute("articles", catalogue.search(""));
      model.addAttribute(
          "forms",
          Arrays.stream(InvestigationForm.values())
              .filter(f -> !f.name().equals(view.form()))
              .toList());
      model.addAttribute("periods", PERIODS);
      model.addAttribute(
          "openMotions", view.motions().stream().filter(m -> m.answeredBy() == null).toList());
      model.addAttribute("roles", ParticipantRole.values());
      model.addAttribute("languages", ProceedingsLanguage.values());
    }
    if (user.role() == Role.HEAD_OF_UNIT && investigating) {
      model.addAttribute(
          "investigators",
          directory.accounts().stream()
              .filter(a -> a.role() == Role.INVESTIGATOR && a.enabled() && a.unit() != null)
              .filter(a -> a.unit().covers(kz.ecase.kernel.UnitCode.of(view.unit())))
              .toList());
    }
    model.addAttribute("lawyer", lawyer);
    model.addAttribute("mayFileMotion", lawyer && investigating);
    model.addAttribute("pendingRequests", mayAct ? pendingRequests(view) : List.of());
    model.addAttribute("userRole", user.role().name());
    return "cases/case";
  }

  /** The lawyers' requests to be admitted, but for lawyers admitted already. */
  static List<CaseView.DefenceRequestLine> pendingRequests(CaseView view) {
    Set<String> admitted =
        view.participants().stream()
            .filter(p -> p.role() == ParticipantRole.DEFENCE_LAWYER && p.recognised())
            .map(CaseParticipant::iin)
            .collect(java.util.stream.Collectors.toSet());
    return view.defenceRequests().stream().filter(r -> !admitted.contains(r.lawyerIin())).toList();
  }

  /** The case's article as the reader's language has it (the catalogue's titles: ru, en). */
  private String articleTitle(CaseView view) {
    if (!"en".equals(LocaleContextHolder.getLocale().getLanguage())) {
      return view.article();
    }
    return catalogue
        .offered(view.articleCode())
        .map(a -> a.citationRu() + " — " + a.titleEn())
        .orElse(view.article());
  }

  /** Whether the user takes the investigator's steps: the one in charge, or the head. */
  static boolean inCharge(CurrentUser user, CaseView view) {
    if (user.role() == Role.HEAD_OF_UNIT) {
      return true;
    }
    return view.investigator() == null
        ? user.role() == Role.INVESTIGATOR
        : user.username().equals(view.investigator());
  }

  private static List<Entry> timeline(CaseView view) {
    List<CaseParticipant> people = view.participants();
    List<Entry> entries = new ArrayList<>();
    int added = 0;
    for (RecordedStep step : view.steps()) {
      String participant = null;
      if ("ADD_PARTICIPANT".equals(step.step()) && added < people.size()) {
        CaseParticipant p = people.get(added++);
        participant = p.name();
      }
      Optional<DocumentLine> doc = documentOf(view, step);
      if (doc.isPresent() && doc.get().participantId() != null) {
        participant = nameOf(people, doc.get().participantId());
      }
      entries.add(new Entry(step, doc.map(DocumentLine::kind).orElse(null), participant));
    }
    return entries;
  }

  /** The document a step signed or decided. */
  private static Optional<DocumentLine> documentOf(CaseView view, RecordedStep step) {
    if (step.step().equals("ADD_PARTICIPANT")
        || step.step().equals("OPEN")
        || step.step().equals("ASSIGN")
        || step.step().equals("CHOOSE_LANGUAGE")
        || step.step().equals("MISS_TERM")) {
      return Optional.empty();
    }
    Optional<DocumentLine> signed =
        view.documents().stream()
            .filter(d -> d.signedAt().equals(step.at()) && d.author().equals(step.actor()))
            .findFirst();
    if (signed.isPresent()) {
      return signed;
    }
    return view.documents().stream()
        .filter(
            d ->
                d.decidedAt() != null
                    && d.decidedAt().equals(step.at())
                    && step.actor().equals(d.decidedBy()))
        .findFirst();
  }

  private static List<DocumentRow> documents(CaseView view, Instant now) {
    return view.documents().stream()
        .map(
            d ->
                new DocumentRow(
                    d,
                    d.participantId() == null
                        ? null
                        : nameOf(view.participants(), d.participantId()),
                    "WAITING".equals(d.state()) ? TermLeft.Span.between(d.signedAt(), now) : null,
                    correctable(d)))
        .toList();
  }

  /** A returned version, or a protocol in effect (a decision in effect is changed by another). */
  static boolean correctable(DocumentLine d) {
    return "RETURNED".equals(d.state())
        || ("IN_EFFECT".equals(d.state())
            && isKind(d.kind())
            && DocumentKind.valueOf(d.kind()).effect() == DocumentEffect.NONE);
  }

  private static DocumentLine correcting(CaseView view, String replaces) {
    if (replaces == null || replaces.isBlank()) {
      return null;
    }
    return view.documents().stream()
        .filter(d -> d.id().toString().equals(replaces.strip()))
        .findFirst()
        .orElse(null);
  }

  private Map<String, String> prefill(CaseDocument d) {
    ZoneId zone = calendar.zone();
    Map<String, String> form = new HashMap<>();
    form.put("kind", d.kind());
    form.put("participantId", d.participantId() == null ? "" : d.participantId().toString());
    form.put("article", d.articleCode() == null ? "" : d.articleCode());
    form.put("form", d.form() == null ? "" : d.form());
    form.put("period", d.period() == null ? "" : d.period());
    form.put("text", d.text());
    form.put("admits", d.admits() ? "true" : "");
    form.put("replaces", d.id().toString());
    form.put("answers", d.answers() == null ? "" : d.answers().toString());
    form.put("granted", d.granted() == null ? "" : d.granted().toString());
    form.put(
        "appearAt",
        d.appearAt() == null
            ? ""
            : LocalDateTime.ofInstant(d.appearAt(), zone)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString());
    form.put("place", d.place() == null ? "" : d.place());
    form.put("otherCase", d.otherCase() == null ? "" : d.otherCase());
    return form;
  }

  private Map<String, String> approversOf(List<String> kinds, Instant now) {
    Map<String, String> named = new LinkedHashMap<>();
    for (String kind : kinds) {
      named.put(
          kind,
          approvers
              .of(DocumentKind.valueOf(kind), calendar.dateOf(now))
              .map(Role::name)
              .orElse(""));
    }
    return named;
  }

  /**
   * For each field of the document form, the kinds (space-separated) that take it: the page shows a
   * field only for those (a small script; without it every field shows).
   */
  static Map<String, String> needs(List<String> kinds) {
    Map<String, Set<Needs>> byField = new LinkedHashMap<>();
    byField.put("participantId", EnumSet.of(Needs.PARTICIPANT));
    byField.put("article", EnumSet.of(Needs.ARTICLE));
    byField.put("form", EnumSet.of(Needs.FORM));
    byField.put("period", EnumSet.of(Needs.PERIOD));
    byField.put("media", EnumSet.of(Needs.MEDIA));
    byField.put("appearAt", EnumSet.of(Needs.APPEARANCE));
    byField.put("place", EnumSet.of(Needs.APPEARANCE));
    byField.put("otherCase", EnumSet.of(Needs.OTHER_CASE));
    byField.put("answers", EnumSet.of(Needs.MOTION));
    byField.put("granted", EnumSet.of(Needs.MOTION));
    Map<String, String> needs = new LinkedHashMap<>();
    byField.forEach(
        (field, wanted) ->
            needs.put(
                field,
                String.join(
                    " ",
                    kinds.stream()
                        .filter(k -> wanted.stream().anyMatch(DocumentKind.valueOf(k)::needs))
                        .toList())));
    needs.put(
        "admits",
        kinds.contains(DocumentKind.INTERROGATION_PROTOCOL.name())
            ? DocumentKind.INTERROGATION_PROTOCOL.name()
            : "");
    return needs;
  }

  private static String nameOf(List<CaseParticipant> people, java.util.UUID id) {
    return people.stream()
        .filter(p -> p.id().equals(id))
        .map(p -> p.name() + " (" + p.iin() + ")")
        .findFirst()
        .orElse(null);
  }

  static boolean isKind(String kind) {
    return Arrays.stream(DocumentKind.values()).anyMatch(k -> k.name().equals(kind));
  }
}
