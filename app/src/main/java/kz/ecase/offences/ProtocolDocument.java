package kz.ecase.offences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.ProtocolNumber;

/** The protocol's PDF ({@code documents/templates/protocol.html}), in Kazakhstan's time. */
final class ProtocolDocument {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Documents documents;
  private final ZoneId zone;

  ProtocolDocument(Documents documents, ZoneId zone) {
    this.documents = documents;
    this.zone = zone;
  }

  StoredDocument render(
      CurrentUser officer,
      ValidProtocol p,
      ProtocolNumber number,
      LocalDate discountDeadline,
      RecordScope scope,
      Instant issuedAt) {
    Article article = p.article();
    Map<String, Object> model = new HashMap<>();
    model.put("number", number.value());
    model.put("date", DATE.format(issuedAt.atZone(zone)));
    model.put("unit", officer.unit().value());
    model.put("place", p.place());
    model.put("offenceTime", TIME.format(p.offenceTime().atZone(zone)));
    model.put("iin", p.iin().value());
    model.put("plate", p.plate());
    model.put("article", article.number().cited("ru"));
    model.put("articleTitle", article.titles().ru().value());
    model.put("catalogueVersion", p.version().version());
    model.put("description", p.description());
    model.put("fineMci", p.fine().mci());
    model.put("fineKzt", p.fine().tenge().toPlainString());
    model.put("discountDeadline", discountDeadline == null ? null : DATE.format(discountDeadline));
    model.put("paymentReference", number.paymentReference());
    model.put("author", officer.displayName());
    model.put("position", officer.role().name());
    return documents.render("protocol", model, scope, issuedAt, facts(number));
  }

  /** What the protocol's public check shows: its kind and number. */
  private static DocumentFacts facts(ProtocolNumber number) {
    return new DocumentFacts(
        "Әкімшілік құқық бұзушылық туралы хаттама",
        "Протокол об административном правонарушении",
        number.value());
  }
}
