package kz.ecase.cases;

import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.investigations.ReportApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case pages as a browser signed in by form uses them: the investigator's list and case page (a
 * participant added, a protocol with its audio signed, every error of a refused form beside its
 * field at once), the duty prosecutor's queue (a return with remarks, the correction, the approval
 * that sends the case to court), and the head's list of the unit's cases with its chart.
 */
@EcaseIntegrationTest
class CasePagesIT {

  static final String PIN = "314159";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession api;
  ReportApi officer;
  ReportApi investigatorReports;
  CaseApi investigatorApi;

  @BeforeEach
  void staffWithSigningKeys() {
    api = new HttpClientSession(port);
    officer = ReportApi.withPin(api, "officer", PIN);
    investigatorReports = ReportApi.withPin(api, "investigator", PIN);
    investigatorApi = CaseApi.of(investigatorReports, PIN);
    ReportApi.withPin(api, "duty-prosecutor", PIN);
  }

  @Test
  void anOrderProcedureCaseGoesFromThePagesToCourtWithAReturnAndACorrection() {
    String caseId = registeredCase("188-1", "ORDER_PROCEDURE");
    HttpClientSession investigator = signedIn("investigator");

    Reply list = investigator.get("/cases?lang=en");
    assertThat(list.status()).isEqualTo(200);
    assertThat(rowOf(list.body(), "data-case=\"" + caseId + "\"")).contains("left", "term-bar");
    assertThat(investigator.get("/cases/panel?lang=en").body()).contains(caseId);

    Reply page = investigator.get("/cases/" + caseId + "?lang=ru");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-status=\"INVESTIGATING\"", "В производстве", "приказное производство")
        .contains("id=\"document-form\"", "id=\"participant-form\"", "/js/case-page.js");

    Reply badIin =
        postForm(
            investigator,
            page,
            "/cases/" + caseId + "/participants",
            "role",
            "SUSPECT",
            "iin",
            "123");
    assertThat(badIin.status()).isEqualTo(200);
    assertThat(errorOf(badIin.body(), "iin")).startsWith("Неверный ИИН");

    Reply added =
        postForm(
            investigator,
            page,
            "/cases/" + caseId + "/participants",
            "role",
            "SUSPECT",
            "iin",
            CaseInvestigationIT.SUSPECT);
    assertThat(added.raw().uri().toString()).contains("done=participant");
    String suspect = attribute(added.body(), "data-participant");

    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("kind", "INTERROGATION_PROTOCOL");
    wrong.put("participantId", "");
    wrong.put("text", " ");
    wrong.put("pin", "");
    Reply refused =
        postDocument(investigator, added, caseId, wrong, "notes.txt", "text/plain", "x".getBytes());
    assertThat(refused.status()).isEqualTo(200);
    for (String field : new String[] {"participantId", "text", "media", "pin"}) {
      assertThat(errorOf(refused.body(), field)).as(field).isNotBlank();
    }
    assertThat(errorOf(refused.body(), "pin")).isEqualTo("Введите ПИН подписи.");
    assertThat(refused.body()).contains("id=\"document-errors\"");
    assertThat(investigatorApi.viewed(caseId).get("documents")).isEmpty();

    Map<String, String> interrogation = new LinkedHashMap<>();
    interrogation.put("kind", "INTERROGATION_PROTOCOL");
    interrogation.put("participantId", suspect);
    interrogation.put("admits", "true");
    interrogation.put("text", "Вину признаю полностью, ноутбук взял, чтобы продать.");
    interrogation.put("pin", PIN);
    Reply signed =
        postDocument(
            investigator,
            refused,
            caseId,
            interrogation,
            "dopros.mp3",
            "audio/mpeg",
            new byte[] {1, 2, 3});
    assertThat(signed.raw().uri().toString()).contains("signed=");
    assertThat(signed.body())
        .contains("id=\"signed\"", "data-state=\"IN_EFFECT\"", "dopros.mp3", "признаёт вину");

    Map<String, String> protocol = new LinkedHashMap<>();
    protocol.put("kind", "ORDER_PROTOCOL");
    protocol.put("text", "Вина подтверждается признанием");
    protocol.put("pin", PIN);
    Reply sent = postDocument(investigator, signed, caseId, protocol, null, null, null);
    assertThat(sent.body()).contains("data-state=\"WAITING\"", "Дежурный прокурор");
    String first = documentIdIn(sent.raw().uri().toString());

    HttpClientSession prosecutor = signedIn("duty-prosecutor");
    Reply queue = prosecutor.get("/cases/approvals?lang=en");
    assertThat(queue.body()).contains("id=\"doc-" + first + "\"", "Order-procedure protocol");
    assertThat(prosecutor.get("/cases/approvals/panel?lang=en").body()).contains("waiting", first);

    Reply noRemarks =
        postForm(
            prosecutor,
            queue,
            "/cases/approvals/" + first,
            "decision",
            "RETURN",
            "remarks",
            " ",
            "pin",
            "");
    assertThat(noRemarks.status()).isEqualTo(200);
    assertThat(errorIn(noRemarks.body(), "remarks-error-" + first))
        .startsWith("Say what is to be corrected");
    Reply returned =
        postForm(
            prosecutor,
            queue,
            "/cases/approvals/" + first,
            "decision",
            "RETURN",
            "remarks",
            "Укажите стоимость ноутбука",
            "pin",
            "");
    assertThat(returned.raw().uri().toString()).contains("decided=RETURN");
    assertThat(returned.body()).doesNotContain("id=\"doc-" + first + "\"");

    Reply toCorrect = investigator.get("/cases/" + caseId + "?correct=" + first + "&lang=en");
    assertThat(toCorrect.body())
        .contains("Returned by duty-prosecutor", "Укажите стоимость ноутбука")
        .contains("name=\"replaces\" value=\"" + first + "\"")
        .contains("Вина подтверждается признанием</textarea>");
    protocol.put("replaces", first);
    protocol.put("text", "Вина подтверждается признанием; ноутбук стоимостью 350 000 тенге");
    Reply corrected = postDocument(investigator, toCorrect, caseId, protocol, null, null, null);
    String second = documentIdIn(corrected.raw().uri().toString());
    assertThat(corrected.body()).contains("Superseded", "version 2");

    Reply queued = prosecutor.get("/cases/approvals?lang=en");
    Reply wrongPin =
        postForm(
            prosecutor,
            queued,
            "/cases/approvals/" + second,
            "decision",
            "APPROVE",
            "remarks",
            "",
            "pin",
            "000000");
    assertThat(errorIn(wrongPin.body(), "pin-error-" + second)).startsWith("Wrong PIN");
    Reply approved =
        postForm(
            prosecutor,
            queued,
            "/cases/approvals/" + second,
            "decision",
            "APPROVE",
            "remarks",
            "",
            "pin",
            PIN);
    assertThat(approved.raw().uri().toString()).contains("decided=APPROVE");
    Reply again =
        postForm(
            prosecutor,
            queued,
            "/cases/approvals/" + second,
            "decision",
            "APPROVE",
            "remarks",
            "",
            "pin",
            PIN);
    assertThat(again.status()).isEqualTo(200);
    assertThat(errorIn(again.body(), "refused")).startsWith("The document is no longer waiting");

    Reply after = investigator.get("/cases/" + caseId + "?lang=en");
    assertThat(after.body())
        .contains("data-status=\"SENT_TO_COURT\"", "data-step=\"SEND_TO_COURT\"")
        .doesNotContain("id=\"document-form\"");
    assertThat(investigatorApi.viewed(caseId).get("status").asString()).isEqualTo("SENT_TO_COURT");
  }

  @Test
  void aSummonsIsSignedFromThePageWithWhenAndWhereAndShowsItsSmsState() {
    String caseId = registeredCase("188-1", null);
    String witness = investigatorApi.participant(caseId, "WITNESS", CaseInvestigationIT.VICTIM);
    HttpClientSession investigator = signedIn("investigator");
    Reply page = investigator.get("/cases/" + caseId + "?lang=en");
    assertThat(page.body()).contains("data-kinds=\"SUMMONS\"", "id=\"appearAt\"");

    Map<String, String> summons = new LinkedHashMap<>();
    summons.put("kind", "SUMMONS");
    summons.put("participantId", witness);
    summons.put("appearAt", "");
    summons.put("place", "");
    summons.put("text", "Вызывается для допроса в качестве свидетеля");
    summons.put("pin", PIN);
    Reply refused = postDocument(investigator, page, caseId, summons, null, null, null);
    assertThat(errorOf(refused.body(), "appearAt")).startsWith("A date and time");
    assertThat(errorOf(refused.body(), "place")).startsWith("Say where");

    String tomorrow =
        LocalDateTime.now(ZoneId.of("Asia/Almaty"))
            .plusDays(1)
            .withHour(10)
            .truncatedTo(ChronoUnit.HOURS)
            .toString();
    summons.put("appearAt", tomorrow);
    summons.put("place", "Астана, ул. Бейбітшілік, 6, каб. 12");
    Reply signed = postDocument(investigator, refused, caseId, summons, null, null, null);
    assertThat(signed.raw().uri().toString()).contains("signed=");
    assertThat(signed.body())
        .contains("class=\"summons\"", "Астана, ул. Бейбітшілік, 6, каб. 12", "data-sms=");
  }

  @Test
  void theHeadSeesTheUnitsCasesByTimeLeftWithAChartAndFilters() {
    String caseId = registeredCase("188-1", null);
    HttpClientSession head = signedIn("head");

    Reply unit = head.get("/cases/unit?lang=en");
    assertThat(unit.status()).isEqualTo(200);
    assertThat(unit.body()).contains("data-case=\"" + caseId + "\"", "id=\"unit-chart\"");
    assertThat(unit.body())
        .as("a bar per investigator, by name")
        .contains("data-bar=\"Айгүл Омарова\"");
    assertThat(head.get("/cases/unit?overdue=true").body())
        .as("a case just opened is not overdue")
        .doesNotContain("data-case=\"" + caseId + "\"");
    assertThat(head.get("/cases/unit?investigator=nobody-such").body())
        .doesNotContain("data-case=\"" + caseId + "\"");

    Reply report = head.get("/investigations/reports/" + reportId + "?lang=en");
    assertThat(report.body()).contains("id=\"open-case\"", "/cases/by-report/" + reportId);
    Reply page = head.get("/cases/by-report/" + reportId);
    assertThat(page.raw().uri().getPath()).isEqualTo("/cases/" + caseId);
    assertThat(page.body()).contains("id=\"assignment-form\"", "Theft");
    Reply assigned =
        postForm(head, page, "/cases/" + caseId + "/assignment", "investigator", "nobody-such");
    assertThat(errorOf(assigned.body(), "investigator")).startsWith("Choose an investigator");
  }

  @Test
  void theDefenceAsksIsAdmittedFromTheCasePageReadsTheFileAndFilesAMotionErrorsBesideFields() {
    String caseId = registeredCase("188-1", null);
    String number = investigatorApi.viewed(caseId).get("erdrNumber").asString();
    HttpClientSession lawyer = signedIn("lawyer");

    Reply page = lawyer.get("/cases/defence?lang=ru");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"request-form\"").doesNotContain(caseId);
    Reply wrong =
        postForm(lawyer, page, "/cases/defence/requests", "erdrNumber", "12", "clientIin", "123");
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(errorOf(wrong.body(), "erdrNumber")).isEqualTo("Номер дела в ЕРДР: 15 цифр.");
    assertThat(errorOf(wrong.body(), "clientIin")).startsWith("ИИН подзащитного");
    assertThat(errorOf(wrong.body(), "warrant")).startsWith("Номер и дата ордера");
    assertThat(wrong.body()).contains("id=\"request-errors\"", "value=\"12\"");
    assertThat(investigatorApi.viewed(caseId).get("defenceRequests")).isEmpty();
    Reply sent =
        postForm(
            lawyer,
            wrong,
            "/cases/defence/requests",
            "erdrNumber",
            number,
            "clientIin",
            CaseInvestigationIT.SUSPECT,
            "warrant",
            "№ 17 от 05.12.2026");
    Reply blind =
        postForm(
            lawyer,
            sent,
            "/cases/defence/requests",
            "erdrNumber",
            "999999999999999",
            "clientIin",
            CaseInvestigationIT.SUSPECT,
            "warrant",
            "Ордер № 18");
    for (Reply asked : new Reply[] {sent, blind}) {
      assertThat(asked.raw().uri().toString()).as("no hint of a case").endsWith("?requested");
      assertThat(errorIn(asked.body(), "requested")).startsWith("Ваш запрос направлен следователю");
    }
    assertThat(lawyer.get("/cases/" + caseId).status()).as("not admitted yet").isEqualTo(404);

    HttpClientSession investigator = signedIn("investigator");
    Reply casePage = investigator.get("/cases/" + caseId + "?lang=en");
    String request = attribute(casePage.body(), "data-request");
    assertThat(casePage.body()).contains("Warrant № 17 от 05.12.2026 presented.");
    String admission = "/cases/" + caseId + "/defence-requests/" + request + "/admission";
    Reply noPin = postForm(investigator, casePage, admission, "text", " ", "pin", "");
    assertThat(errorIn(noPin.body(), "admission-text-error-" + request)).startsWith("Say on what");
    assertThat(errorIn(noPin.body(), "admission-pin-error-" + request))
        .isEqualTo("Enter your signing PIN.");
    assertThat(noPin.body())
        .as("the document form is not the one refused")
        .doesNotContain("id=\"pin-error\"");
    Reply wrongPin =
        postForm(investigator, noPin, admission, "text", "Предъявлен ордер № 17", "pin", "000000");
    assertThat(errorIn(wrongPin.body(), "admission-pin-error-" + request)).startsWith("Wrong PIN");
    assertThat(investigatorApi.viewed(caseId).get("participants"))
        .as("nothing written before the PIN opened the key")
        .isEmpty();
    Reply admitted =
        postForm(investigator, wrongPin, admission, "text", "Предъявлен ордер № 17", "pin", PIN);
    assertThat(admitted.raw().uri().toString()).contains("done=admission");
    assertThat(admitted.body())
        .contains("data-kind=\"ADMIT_DEFENCE\"", "data-role=\"DEFENCE_LAWYER\"")
        .doesNotContain("data-request=");

    assertThat(lawyer.get("/cases/defence?lang=en").body())
        .contains("data-case=\"" + caseId + "\"", "Under investigation");
    Reply file = lawyer.get("/cases/" + caseId + "?lang=en");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body())
        .contains("id=\"motion-form\"", "data-kind=\"ADMIT_DEFENCE\"", "id=\"timeline\"")
        .doesNotContain(
            "id=\"document-form\"",
            "id=\"participant-form\"",
            "id=\"language-form\"",
            "id=\"defence-requests\"",
            "/investigations/reports/");
    String pdf = attribute(file.body(), "class=\"pdf\" href");
    assertThat(pdf).startsWith("/cases/" + caseId + "/documents/");
    assertThat(lawyer.getBytes(pdf).contentType()).startsWith("application/pdf");
    assertThat(CaseApi.readPurposes(jdbc, "lawyer", caseId))
        .as("every read of the file audited with its purpose")
        .containsExactly("defence: read the case file", "read the case file");

    Reply empty = postForm(lawyer, file, "/cases/" + caseId + "/motions", "text", " ");
    assertThat(errorOf(empty.body(), "motion-text")).startsWith("State the motion");
    Reply filed =
        postForm(
            lawyer, empty, "/cases/" + caseId + "/motions", "text", "Прошу назначить экспертизу");
    assertThat(filed.raw().uri().toString()).contains("done=motion");
    assertThat(filed.body()).contains("data-motion=", "Прошу назначить экспертизу");
  }

  /** The report of the case last registered. */
  String reportId;

  private String registeredCase(String article, String form) {
    reportId = officer.receive(ReportApi.theft(PIN));
    if (form == null) {
      investigatorReports.stepped(reportId, decision("REGISTER", PIN, "article", article));
    } else {
      investigatorReports.stepped(
          reportId, decision("REGISTER", PIN, "article", article, "form", form));
    }
    return investigatorApi.caseOfReport(reportId);
  }

  private HttpClientSession signedIn(String user) {
    HttpClientSession session = new HttpClientSession(port);
    session.signIn(user, "demo");
    return session;
  }

  static Reply postForm(HttpClientSession session, Reply page, String path, String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    form.put("_csrf", HttpClientSession.csrfTokenOf(page.body()));
    return session.postForm(path, form);
  }

  /** Sends the document form as the page does (multipart), with one file or none. */
  private static Reply postDocument(
      HttpClientSession session,
      Reply page,
      String caseId,
      Map<String, String> fields,
      String fileName,
      String mediaType,
      byte[] file) {
    String boundary = "case-page-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", HttpClientSession.csrfTokenOf(page.body()));
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + mediaType
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return session.postBytes(
        "/cases/" + caseId + "/documents",
        "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }

  private static String documentIdIn(String uri) {
    Matcher m = Pattern.compile("signed=([0-9a-f-]{36})").matcher(uri);
    assertThat(m.find()).as(uri).isTrue();
    return m.group(1);
  }

  static String errorOf(String html, String field) {
    return errorIn(html, field + "-error");
  }

  static String errorIn(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    assertThat(m.find()).as(id + " slot").isTrue();
    return m.group(1).strip();
  }

  static String attribute(String html, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private static String rowOf(String html, String marker) {
    int start = html.indexOf(marker);
    assertThat(start).as(marker).isNotNegative();
    return html.substring(start, Math.min(html.length(), start + 1500));
  }
}
