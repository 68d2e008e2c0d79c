package kz.ecase.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.ecase.cases.domain.DocumentDraft;
import kz.ecase.cases.domain.DocumentEffect;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.ProceedingsLanguage;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.stereotype.Component;

/**
 * Renders a procedural document of a case ({@code documents/templates/cases-document.html}) in the
 * language of the proceedings, worded as the official paper ({@code cases/documents*.properties}):
 * the unit, the title, the case number, the facts it rests on, what the author established, what
 * they resolved, the media it carries, and who signed it.
 */
@Component
class CaseDocumentPdf {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** What a document is about, besides its draft. */
  record Context(
      String erdrNumber,
      String unit,
      ProceedingsLanguage language,
      String caseArticleCode,
      String participantName,
      String participantRole,
      String suspectName,
      Instant deadline,
      int version,
      Instant replacesSignedAt,
      Role approver,
      String motionText) {}

  private final Documents documents;
  private final Directory directory;
  private final CriminalCatalogue catalogue;
  private final ProcedureCalendar calendar;
  private final CaseWording wording;

  CaseDocumentPdf(
      Documents documents,
      Directory directory,
      CriminalCatalogue catalogue,
      ProcedureCalendar calendar,
      CaseWording wording) {
    this.wording = wording;
    this.documents = documents;
    this.directory = directory;
    this.catalogue = catalogue;
    this.calendar = calendar;
  }

  StoredDocument render(
      DocumentDraft draft, Context context, CurrentUser author, Instant at, RecordScope scope) {
    Locale locale = context.language().locale();
    DocumentKind kind = draft.kind();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", locale.getLanguage());
    model.put("unitName", unitName(context.unit(), context.language()));
    model.put("title", say(locale, "kind." + kind.name()));
    model.put("caseLabel", say(locale, "doc.case"));
    model.put("erdrNumber", context.erdrNumber());
    model.put("date", time(at));
    String article =
        citation(
            draft.article() != null ? draft.article().code() : context.caseArticleCode(),
            context.language());
    model.put("facts", facts(draft, context, article, locale));
    boolean protocol = kind.effect() == DocumentEffect.NONE && kind.name().endsWith("PROTOCOL");
    boolean summons = kind.effect() == DocumentEffect.SUMMON;
    model.put(
        "establishedLabel",
        say(
            locale,
            protocol ? "doc.protocol.text" : summons ? "doc.summons.text" : "doc.established"));
    model.put("text", draft.text());
    model.put("admits", draft.admits() ? say(locale, "doc.admits") : null);
    model.put("resolvedLabel", say(locale, summons ? "doc.summons.note" : resolvedLabel(kind)));
    model.put(
        "resolution",
        protocol
            ? null
            : say(
                locale,
                "resolve." + kind.name(),
                context.erdrNumber(),
                article,
                nameOr(context.participantName()),
                draft.form() == null ? "" : say(locale, "form." + draft.form().name()),
                draft.period() == null ? "" : Periods.say(draft.period(), context.language()),
                nameOr(context.suspectName()),
                draft.granted() == null
                    ? ""
                    : say(locale, draft.granted() ? "motion.granted" : "motion.refused"),
                draft.otherCase() == null ? "" : draft.otherCase()));
    List<Map<String, String>> media = new ArrayList<>();
    draft.media().forEach(m -> media.add(Map.of("name", m.name(), "sha256", m.sha256())));
    model.put("media", media);
    model.put("mediaLabel", say(locale, "doc.media"));
    model.put(
        "versionNote",
        context.version() > 1
            ? say(locale, "doc.version", context.version(), time(context.replacesSignedAt()))
            : null);
    model.put(
        "approverNote",
        context.approver() == null
            ? null
            : say(locale, "doc.approver", say(locale, "role." + context.approver().name())));
    model.put("position", position(author, locale));
    model.put("author", author.displayName());
    model.put("signedLabel", say(locale, "doc.signed"));
    model.put("note", say(locale, "doc.note"));
    return documents.render(
        "cases-document",
        model,
        scope,
        at,
        new DocumentFacts(
            say(ProceedingsLanguage.KK.locale(), "kind." + kind.name()),
            say(ProceedingsLanguage.RU.locale(), "kind." + kind.name()),
            context.erdrNumber()));
  }

  private List<Map<String, String>> facts(
      DocumentDraft draft, Context context, String article, Locale locale) {
    List<Map<String, String>> facts = new ArrayList<>();
    facts.add(fact(say(locale, "doc.article"), article));
    if (context.participantName() != null) {
      facts.add(
          fact(
              say(locale, "doc.participant"),
              context.participantName()
                  + " ("
                  + say(locale, "participant." + context.participantRole())
                  + ")"));
    }
    if (context.motionText() != null) {
      facts.add(fact(say(locale, "doc.motion"), context.motionText()));
    }
    if (draft.otherCase() != null) {
      facts.add(fact(say(locale, "doc.other-case"), draft.otherCase()));
    }
    if (draft.appearAt() != null) {
      facts.add(fact(say(locale, "doc.appear-at"), time(draft.appearAt())));
      facts.add(fact(say(locale, "doc.place"), draft.place()));
    }
    if (draft.form() != null) {
      facts.add(fact(say(locale, "doc.form"), say(locale, "form." + draft.form().name())));
    }
    if (draft.period() != null) {
      facts.add(fact(say(locale, "doc.period"), Periods.say(draft.period(), context.language())));
      facts.add(fact(say(locale, "doc.deadline"), time(context.deadline())));
    }
    return facts;
  }

  /** An article as the documents cite it, in the language of the proceedings. */
  String citation(String articleCode, ProceedingsLanguage language) {
    CriminalArticle article =
        catalogue.all().stream().filter(a -> a.code().equals(articleCode)).findFirst().orElse(null);
    if (article == null) {
      return articleCode;
    }
    return language == ProceedingsLanguage.KK
        ? "ҚР ҚК " + article.article().value() + "-бабының " + article.part().value() + "-бөлігі"
        : article.citationRu();
  }

  private String position(CurrentUser author, Locale locale) {
    return wording.sayOr(locale, "role." + author.role().name(), author.role().name());
  }

  private String unitName(String unit, ProceedingsLanguage language) {
    return directory.units().stream()
        .filter(u -> u.code().value().equals(unit))
        .findFirst()
        .map(u -> language == ProceedingsLanguage.KK ? u.nameKk() : u.nameRu())
        .orElse(unit);
  }

  private String time(Instant at) {
    return at == null ? "—" : TIME.format(at.atZone(calendar.zone()));
  }

  /** A request (an extension) asks, a decision resolves: the heading before the operative part. */
  private static String resolvedLabel(DocumentKind kind) {
    return kind == DocumentKind.EXTEND_TERM ? "doc.requested" : "doc.resolved";
  }

  private String say(Locale locale, String key, Object... args) {
    return wording.say(locale, key, args);
  }

  private static String nameOr(String name) {
    return name == null ? "—" : name;
  }

  private static Map<String, String> fact(String label, String value) {
    return Map.of("label", label, "value", value == null ? "—" : value);
  }
}
