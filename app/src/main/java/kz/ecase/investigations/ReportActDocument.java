package kz.ecase.investigations;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDF of an act on a crime report ({@code documents/templates/investigations-act.html}): the
 * unit's full name, the act's title in Russian and Kazakh, its facts as the official paper lists
 * them, the reasons, and who signed it in which position.
 */
@Component
class ReportActDocument {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final Documents documents;
  private final Directory directory;
  private final MessageSource messages;
  private final ProcedureCalendar calendar;

  ReportActDocument(
      Documents documents,
      Directory directory,
      MessageSource messages,
      ProcedureCalendar calendar) {
    this.documents = documents;
    this.directory = directory;
    this.messages = messages;
    this.calendar = calendar;
  }

  /** A fact line of the act: label and value. */
  record Fact(String label, String value) {}

  /**
   * @param number the report's number in the register (KUI), which the act's public check shows
   */
  StoredDocument render(
      ReportAct act,
      String number,
      CurrentUser author,
      String unit,
      Instant at,
      List<Fact> facts,
      String reasons,
      RecordScope scope) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("unitName", unitName(unit));
    model.put("act", act.titleRu());
    model.put("actKk", act.titleKk());
    model.put("date", TIME.format(at.atZone(calendar.zone())));
    model.put("facts", new ArrayList<>(facts));
    model.put("reasons", reasons == null || reasons.isBlank() ? null : reasons);
    model.put("author", author.displayName());
    model.put(
        "position",
        messages.getMessage("role." + author.role().name(), null, author.role().name(), RUSSIAN));
    return documents.render(
        "investigations-act",
        model,
        scope,
        at,
        new DocumentFacts(act.titleKk(), act.titleRu(), number));
  }

  /** A timestamp as the acts print it, in the procedure's zone. */
  String time(Instant at) {
    return at == null ? "—" : TIME.format(at.atZone(calendar.zone()));
  }

  private String unitName(String unit) {
    return directory.units().stream()
        .filter(u -> u.code().value().equals(unit))
        .findFirst()
        .map(u -> u.nameRu() + " / " + u.nameKk())
        .orElse(unit);
  }
}
