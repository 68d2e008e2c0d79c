package kz.ecase.offences;

import static java.util.Map.entry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.offences.domain.ProtocolEvent;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;

/** The PDF of a step taken by hand ({@code documents/templates/protocol-act.html}). */
final class ProtocolActDocument {

  /** Each step's act, in Russian and Kazakh. */
  private static final Map<ProtocolTransition, String[]> TITLES =
      Map.ofEntries(
          entry(
              ProtocolTransition.SERVE,
              new String[] {
                "Отметка о вручении протокола", "Хаттаманың тапсырылғаны туралы белгі"
              }),
          entry(
              ProtocolTransition.DECIDE_FINE,
              new String[] {"Постановление о наложении штрафа", "Айыппұл салу туралы қаулы"}),
          entry(
              ProtocolTransition.DECIDE_WARNING,
              new String[] {
                "Постановление о вынесении предупреждения", "Ескерту жасау туралы қаулы"
              }),
          entry(
              ProtocolTransition.REFER_TO_COURT,
              new String[] {
                "Определение о направлении дела в суд", "Істі сотқа жіберу туралы ұйғарым"
              }),
          entry(
              ProtocolTransition.APPEAL, new String[] {"Жалоба на постановление", "Қаулыға шағым"}),
          entry(
              ProtocolTransition.DISMISS_APPEAL,
              new String[] {
                "Решение: жалоба оставлена без удовлетворения",
                "Шешім: шағым қанағаттандырусыз қалдырылды"
              }),
          entry(
              ProtocolTransition.GRANT_APPEAL,
              new String[] {
                "Решение: жалоба удовлетворена, постановление отменено",
                "Шешім: шағым қанағаттандырылды, қаулы жойылды"
              }),
          entry(
              ProtocolTransition.CANCEL,
              new String[] {"Постановление об отмене", "Күшін жою туралы қаулы"}));

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Documents documents;
  private final ZoneId zone;

  ProtocolActDocument(Documents documents, ZoneId zone) {
    this.documents = documents;
    this.zone = zone;
  }

  StoredDocument render(
      CurrentUser author, StoredProtocol protocol, ProtocolEvent event, RecordScope scope) {
    String[] title = TITLES.get(event.type());
    if (title == null) {
      throw new IllegalArgumentException(event.type() + " has no act of its own");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("act", title[0]);
    model.put("actKk", title[1]);
    model.put("date", TIME.format(event.at().atZone(zone)));
    model.put("unit", protocol.unit());
    model.put("number", protocol.number());
    model.put("iin", protocol.offenderIin());
    model.put("article", protocol.articleCode());
    model.put("fineKzt", protocol.fineKzt().toPlainString());
    model.put("fromStatus", event.from().name());
    model.put("toStatus", event.to().name());
    model.put("reasons", event.reasons().isEmpty() ? null : event.reasons());
    model.put("author", author.displayName());
    model.put("position", author.role().name());
    return documents.render(
        "protocol-act",
        model,
        scope,
        event.at(),
        new DocumentFacts(title[1], title[0], protocol.number()));
  }
}
