package kz.ecase.investigations.custody;

import static java.util.Map.entry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.investigations.custody.domain.CustodyClock;
import kz.ecase.investigations.custody.domain.CustodyEvent;
import kz.ecase.investigations.custody.domain.CustodyStep;

/** The PDF of a clock's step ({@code documents/templates/investigations/custody-act.html}). */
final class CustodyActDocument {

  static final String TEMPLATE = "investigations/custody-act";

  /** Each step's act, in Russian and Kazakh. */
  private static final Map<CustodyStep, String[]> TITLES =
      Map.ofEntries(
          entry(CustodyStep.DELIVER, new String[] {"Протокол доставления", "Жеткізу хаттамасы"}),
          entry(
              CustodyStep.DETAIN,
              new String[] {"Протокол задержания подозреваемого", "Күдіктіні ұстап алу хаттамасы"}),
          entry(
              CustodyStep.CONFIRM_LEGAL,
              new String[] {
                "Заключение прокурора о законности задержания",
                "Ұстап алудың заңдылығы туралы прокурордың қорытындысы"
              }),
          entry(
              CustodyStep.DECLARE_ILLEGAL,
              new String[] {
                "Постановление прокурора о немедленном освобождении",
                "Прокурордың дереу босату туралы қаулысы"
              }),
          entry(
              CustodyStep.CORRECT_TIME,
              new String[] {
                "Акт об исправлении времени ограничения свободы",
                "Бостандықты шектеу уақытын түзету туралы акт"
              }),
          entry(CustodyStep.RELEASE, new String[] {"Протокол освобождения", "Босату хаттамасы"}),
          entry(
              CustodyStep.TRANSFER_TO_CUSTODY,
              new String[] {
                "Акт о передаче под стражу по санкции суда",
                "Соттың санкциясы бойынша күзетпен ұстауға беру туралы акт"
              }),
          entry(
              CustodyStep.CONVERT_TO_DETENTION,
              new String[] {
                "Акт о задержании доставленного лица", "Жеткізілген адамды ұстап алу туралы акт"
              }));

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Documents documents;
  private final ZoneId zone;

  CustodyActDocument(Documents documents, ZoneId zone) {
    this.documents = documents;
    this.zone = zone;
  }

  StoredDocument render(
      CurrentUser author,
      StoredClock clock,
      CustodyClock lifecycle,
      CustodyEvent event,
      RecordScope scope) {
    String[] title = TITLES.get(event.step());
    if (title == null) {
      throw new IllegalArgumentException(event.step() + " has no act");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("act", title[0]);
    model.put("actKk", title[1]);
    model.put("date", time(event.at()));
    model.put("unit", clock.unit());
    model.put("clockId", clock.id().toString());
    model.put("kind", clock.kind().equals("DELIVERY") ? "доставление" : "задержание");
    model.put("iin", clock.personIin());
    model.put("place", clock.place());
    model.put("grounds", clock.grounds());
    model.put("exceptionalGround", clock.exceptionalGround());
    model.put("reference", clock.reference());
    model.put("lateReason", clock.lateReason());
    model.put("enteredAt", time(clock.enteredAt()));
    model.put("originalRestrictedAt", time(clock.restrictedAt()));
    model.put("restrictedAt", time(lifecycle.restrictedAt()));
    model.put("limit", lifecycle.limit().duration().toHours() + " ч");
    model.put("limitSource", lifecycle.limit().source());
    model.put("limitConfirmed", lifecycle.limit().confirmed());
    model.put("minor", lifecycle.minor());
    model.put("deadline", time(lifecycle.deadline()));
    model.put("fromStatus", event.from().name());
    model.put("toStatus", event.to().name());
    model.put("reasons", event.reasons().isEmpty() ? null : event.reasons());
    model.put("author", author.displayName());
    model.put("position", author.role().name());
    return documents.render(
        TEMPLATE,
        model,
        scope,
        event.at(),
        new DocumentFacts(title[1], title[0], clock.id().toString()));
  }

  static String actName(StoredClock clock, CustodyEvent event) {
    return "custody-" + clock.id() + "-" + event.step().name().toLowerCase();
  }

  private String time(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }
}
