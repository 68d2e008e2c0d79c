package kz.ecase.cases;

import static kz.ecase.cases.CaseApi.document;
import static kz.ecase.cases.CasePagesIT.errorIn;
import static kz.ecase.cases.CasePagesIT.errorOf;
import static kz.ecase.cases.CasePagesIT.postForm;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.investigations.ReportApi;
import kz.ecase.kernel.Iin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's pages and the prosecutors' complaints page as browsers signed in by form use them: the
 * citizen (a victim) sees their case, the papers addressed to them with their PDFs and their
 * summons, and nothing addressed to others; another citizen sees none of it; a complaint filed on
 * the portal comes back with every error beside its field, then is decided from the prosecutor's
 * page (errors beside the decision's fields first), the investigator is alerted and the citizen
 * reads the answer; the duty prosecutor registers a complaint received in person.
 */
@EcaseIntegrationTest
class CitizenComplaintPagesIT {

  static final String PIN = "271828";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession api;
  ReportApi officer;
  ReportApi investigatorReports;
  CaseApi investigator;

  @BeforeEach
  void staffWithSigningKeys() {
    api = new HttpClientSession(port);
    officer = ReportApi.withPin(api, "officer", PIN);
    investigatorReports = ReportApi.withPin(api, "investigator", PIN);
    investigator = CaseApi.of(investigatorReports, PIN);
    ReportApi.withPin(api, "supervisor", PIN);
    ReportApi.withPin(api, "duty-prosecutor", PIN);
  }

  @Test
  void aCitizenSeesTheirCaseTheirPapersAndSummonsAndAnotherCitizenSeesNone() {
    String caseId = registeredCase();
    String erdr = investigator.viewed(caseId).get("erdrNumber").asString();
    String victim = investigator.participant(caseId, "VICTIM", CaseInvestigationIT.VICTIM);
    String suspect = investigator.participant(caseId, "SUSPECT", CaseInvestigationIT.SUSPECT);
    String recognised = recognition(caseId, victim);
    investigator.signed(caseId, CaseApi.summons(victim));
    String interrogation =
        investigator
            .signed(
                caseId, document("INTERROGATION_PROTOCOL", "Показания", "participantId", suspect))
            .get("id")
            .asString();

    HttpClientSession citizen = signedIn("citizen", "demo");
    assertThat(citizen.get("/?lang=en").body()).contains("id=\"panel.participation\"");
    Reply mine = citizen.get("/cases/my-cases?lang=en");
    assertThat(mine.status()).isEqualTo(200);
    String card = sectionOf(mine.body(), "id=\"case-" + caseId + "\"");
    assertThat(card)
        .contains("Case " + erdr, "Under investigation", "Victim")
        .contains("Decision recognising a victim", "Бейбітшілік, 12")
        .contains("Investigator ", "data-sms=\"")
        .contains("/cases/" + caseId + "/documents/" + recognised + "/pdf");
    assertThat(mine.body())
        .as("a paper addressed to another participant")
        .doesNotContain(interrogation);

    BinaryReply pdf = citizen.getBytes("/cases/" + caseId + "/documents/" + recognised + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    assertThat(
            citizen.getBytes("/cases/" + caseId + "/documents/" + interrogation + "/pdf").status())
        .isEqualTo(404);

    HttpClientSession other = signedIn(anotherCitizen(), "demo");
    Reply none = other.get("/cases/my-cases?lang=en");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.body()).contains("id=\"no-cases\"").doesNotContain(caseId, erdr);
    assertThat(other.getBytes("/cases/" + caseId + "/documents/" + recognised + "/pdf").status())
        .isEqualTo(404);
    assertThat(other.get("/cases/my-complaints?lang=en").body()).contains("id=\"no-complaints\"");
  }

  @Test
  void aComplaintFiledOnThePortalIsUpheldFromThePageAndTheInvestigatorAlerted() {
    String caseId = registeredCase();
    String erdr = investigator.viewed(caseId).get("erdrNumber").asString();
    String victim = investigator.participant(caseId, "VICTIM", CaseInvestigationIT.VICTIM);
    String recognised = recognition(caseId, victim);

    HttpClientSession citizen = signedIn("citizen", "demo");
    Reply form = citizen.get("/cases/my-complaints?lang=en&unit=710001&erdrNumber=" + erdr);
    assertThat(form.body())
        .contains("value=\"" + erdr + "\"", "<option value=\"" + recognised + "\"");
    Reply refused =
        postForm(
            citizen,
            form,
            "/cases/my-complaints",
            "unit",
            "",
            "erdrNumber",
            "12",
            "documentId",
            "",
            "text",
            " ");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"form-errors\"");
    assertThat(errorOf(refused.body(), "unit")).startsWith("Choose the police department");
    assertThat(errorOf(refused.body(), "erdrNumber")).startsWith("The ERDR number");
    assertThat(errorOf(refused.body(), "text")).startsWith("Say what is complained of");

    Reply filed =
        postForm(
            citizen,
            refused,
            "/cases/my-complaints?lang=en",
            "unit",
            "",
            "erdrNumber",
            "",
            "documentId",
            recognised,
            "text",
            "Мне не разъяснили права потерпевшей");
    assertThat(filed.raw().uri().toString()).contains("filed=");
    String complaintId = filed.raw().uri().toString().replaceAll(".*filed=([0-9a-f-]{36}).*", "$1");
    String item = sectionOf(filed.body(), "id=\"complaint-" + complaintId + "\"");
    assertThat(item).contains("data-state=\"WAITING\"", "Case " + erdr, "To be answered by");
    String number = numberIn(errorIn(filed.body(), "filed"));

    HttpClientSession supervisor = signedIn("supervisor", "demo");
    assertThat(supervisor.get("/cases/complaints/panel?lang=en").body()).contains("waiting");
    Reply queue = supervisor.get("/cases/complaints?lang=en");
    assertThat(queue.status()).isEqualTo(200);
    assertThat(sectionOf(queue.body(), "id=\"complaint-" + complaintId + "\""))
        .contains(number, "left", "on the portal (Citizen)", erdr, recognised);
    assertThat(queue.body()).contains("id=\"complaints-chart\"", "data-bar=\"710001\"");

    String decision = "/cases/complaints/" + complaintId + "/decision";
    Reply incomplete =
        postForm(supervisor, queue, decision, "decision", "UPHELD", "reasons", " ", "pin", "");
    assertThat(incomplete.status()).isEqualTo(200);
    assertThat(errorIn(incomplete.body(), "reasons-error-" + complaintId))
        .startsWith("Give the reasons");
    assertThat(errorIn(incomplete.body(), "pin-error-" + complaintId))
        .isEqualTo("Enter your signing PIN.");
    Reply upheld =
        postForm(
            supervisor,
            queue,
            decision,
            "decision",
            "UPHELD",
            "reasons",
            "Права потерпевшей не разъяснены: нарушена ст. 71 УПК",
            "pin",
            PIN);
    assertThat(upheld.raw().uri().toString()).contains("decided=UPHELD");
    assertThat(upheld.body()).contains("id=\"decided-message\"");
    assertThat(sectionOf(upheld.body(), "id=\"complaint-" + complaintId + "\""))
        .contains("data-state=\"UPHELD\"")
        .doesNotContain("name=\"reasons\"");
    Reply again =
        postForm(supervisor, queue, decision, "decision", "REJECTED", "reasons", "x", "pin", PIN);
    assertThat(errorIn(again.body(), "refused")).startsWith("The complaint was decided already");

    HttpClientSession investigatorPages = signedIn("investigator", "demo");
    assertThat(investigatorPages.get("/alerts/panel?lang=en").body())
        .contains("Complaint " + number + " upheld");
    assertThat(investigatorPages.get("/cases/" + caseId + "?lang=en").body()).contains(number);

    Reply answered = citizen.get("/cases/my-cases?lang=en");
    String answer = sectionOf(answered.body(), "id=\"complaint-" + complaintId + "\"");
    assertThat(answer).contains("data-state=\"UPHELD\"", "Upheld", "нарушена ст. 71 УПК");
    String answerPdf = hrefOf(answer, "pdf");
    assertThat(citizen.getBytes(answerPdf).status()).isEqualTo(200);
  }

  @Test
  void theDutyProsecutorRegistersAComplaintReceivedInPersonAndRejectsIt() {
    HttpClientSession duty = signedIn("duty-prosecutor", "demo");
    Reply page = duty.get("/cases/complaints?lang=ru");
    assertThat(page.body()).contains("id=\"complaint-form\"", "id=\"complainantIin\"");
    long rejectedBefore = figure(page.body(), "rejected");

    Reply refused =
        postForm(
            duty,
            page,
            "/cases/complaints",
            "unit",
            "710002",
            "complainantIin",
            "123",
            "erdrNumber",
            "",
            "documentId",
            "",
            "text",
            "");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(errorOf(refused.body(), "unit")).contains("юрисдикции");
    assertThat(errorOf(refused.body(), "complainantIin")).startsWith("ИИН заявителя");
    assertThat(errorOf(refused.body(), "text")).startsWith("Опишите");

    Reply registered =
        postForm(
            duty,
            refused,
            "/cases/complaints?lang=en",
            "unit",
            "710001",
            "complainantIin",
            CaseInvestigationIT.SUSPECT,
            "erdrNumber",
            "",
            "documentId",
            "",
            "text",
            "Задержан без составления протокола");
    String complaintId =
        registered.raw().uri().toString().replaceAll(".*registered=([0-9a-f-]{36}).*", "$1");
    assertThat(registered.body()).contains("id=\"registered\"");
    assertThat(sectionOf(registered.body(), "id=\"complaint-" + complaintId + "\""))
        .contains("in person, registered by ", CaseInvestigationIT.SUSPECT);

    Reply rejected =
        postForm(
            duty,
            registered,
            "/cases/complaints/" + complaintId + "/decision?lang=en",
            "decision",
            "REJECTED",
            "reasons",
            "Протокол задержания составлен в срок",
            "pin",
            PIN);
    assertThat(rejected.raw().uri().toString()).contains("decided=REJECTED");
    assertThat(figure(rejected.body(), "rejected")).isEqualTo(rejectedBefore + 1);
  }

  private String registeredCase() {
    String reportId = officer.receive(ReportApi.theft(PIN));
    investigatorReports.stepped(reportId, decision("REGISTER", PIN, "article", "188-1"));
    return investigator.caseOfReport(reportId);
  }

  private String recognition(String caseId, String victim) {
    return investigator.signed(caseId, CaseApi.recognition(victim)).get("id").asString();
  }

  private HttpClientSession signedIn(String user, String password) {
    HttpClientSession session = new HttpClientSession(port);
    session.signIn(user, password);
    return session;
  }

  /**
   * A citizen's account of a fresh IIN (the demo citizen's password), who takes part in nothing.
   */
  private String anotherCitizen() {
    String username = "citizen-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            "insert into user_accounts (username, password_hash, display_name, role, iin)"
                + " select :name, password_hash, 'Другой гражданин', 'CITIZEN', :iin from"
                + " user_accounts where username = 'citizen'")
        .param("name", username)
        .param("iin", freshIin())
        .update();
    return username;
  }

  private static String freshIin() {
    while (true) {
      String eleven = "9001013" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
      String iin = eleven + Iin.checkDigitOf(eleven);
      if (Iin.check(iin).isEmpty()) {
        return iin;
      }
    }
  }

  /** The figure of the unit 710001 in the figures table (0 when it has no row yet). */
  private static long figure(String html, String name) {
    int row = html.indexOf("data-unit=\"710001\"");
    if (row < 0) {
      return 0;
    }
    Matcher m =
        Pattern.compile("data-figure=\"" + name + "\">([0-9]+)<").matcher(html.substring(row));
    assertThat(m.find()).as(name).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String numberIn(String text) {
    Matcher m = Pattern.compile("Ж-[0-9]{2}-[0-9]{6}-[0-9]{6}").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group();
  }

  private static String hrefOf(String html, String linkClass) {
    Matcher m = Pattern.compile("class=\"" + linkClass + "\"[^>]*href=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(linkClass).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  /** The element that starts at the marker, up to the next element of the same kind. */
  private static String sectionOf(String html, String marker) {
    int start = html.indexOf(marker);
    assertThat(start).as(marker).isNotNegative();
    int open = html.lastIndexOf('<', start);
    String tag = html.substring(open + 1, html.indexOf(' ', open));
    int end = html.indexOf("</" + tag + ">", start);
    return html.substring(open, end < 0 ? html.length() : end);
  }
}
