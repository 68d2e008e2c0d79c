package kz.ecase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.Iin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/cases/search} and its section of the header search's page: staff find the crime
 * reports and criminal cases of their jurisdiction by ERDR and KUI number, by the IIN of a
 * participant or reporter and by any spelling of a part of a name; never another unit's, never a
 * grave crime's case outside its team; each search leaves its audit row. The reports and cases are
 * written straight into the register's tables (as the data generator does), with names and IINs no
 * other test uses.
 */
@EcaseIntegrationTest
class CaseSearchIT {

  private static final String LETTERS = "бвгдклмнпрстфхш";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession http;
  String investigator;
  String supervisor;
  String head;
  Random random;
  String token;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    investigator = http.token("investigator", "demo");
    supervisor = http.token("supervisor", "demo");
    head = http.token("head", "demo");
    long seed = System.nanoTime();
    random = new Random(seed);
    System.out.println("CaseSearchIT seed " + seed);
    token = word(7);
  }

  @Test
  void aCaseIsFoundByNumberByAParticipantsIinAndByNameInKazakhOrRussianLetters() {
    String suspect = iin();
    String erdr =
        criminalCase("710001", "MEDIUM", "inv-other", "Әлі" + token + "ова Гүлнара", suspect);

    assertThat(cases(investigator, erdr)).containsExactly(erdr);
    assertThat(cases(investigator, suspect)).containsExactly(erdr);
    assertThat(cases(investigator, "али" + token + "ова гулнара")).containsExactly(erdr);
    assertThat(cases(investigator, "ӘЛІ" + token.toUpperCase())).containsExactly(erdr);
    assertThat(cases(investigator, token + " Серік")).isEmpty();

    Reply found = search(investigator, suspect);
    assertThat(found.json().get("key").asString()).isEqualTo("IIN");
    var person = found.json().get("cases").get(0).get("person");
    assertThat(person.get("role").asString()).isEqualTo("SUSPECT");
    assertThat(person.get("name").asString()).isEqualTo("Әлі" + token + "ова Гүлнара");
  }

  @Test
  void aReportIsFoundByKuiNumberReportersIinAndName() {
    String reporter = iin();
    String kui = report("710001", reporter, "Сейітов" + token + " Нұрлан");

    assertThat(reports(investigator, kui)).containsExactly(kui);
    assertThat(reports(investigator, reporter)).containsExactly(kui);
    assertThat(reports(investigator, "сейитов" + token + " нурлан")).containsExactly(kui);
    assertThat(reports(supervisor, "СЕЙІТОВ" + token.toUpperCase())).containsExactly(kui);
  }

  @Test
  void anotherUnitsCaseAndReportAreNotFound() {
    String person = iin();
    String other = criminalCase("710002", "SMALL", "inv-710002", "Омар" + token + " Ерлан", person);
    String kui = report("710002", person, "Омар" + token + " Ерлан");

    assertThat(cases(investigator, other)).isEmpty();
    assertThat(cases(investigator, person)).isEmpty();
    assertThat(cases(investigator, "омар" + token)).isEmpty();
    assertThat(reports(investigator, kui)).isEmpty();
    assertThat(reports(investigator, person)).isEmpty();
    assertThat(cases(supervisor, person)).containsExactly(other);
    assertThat(reports(supervisor, "омар" + token)).containsExactly(kui);
  }

  @Test
  void aGraveCrimesCaseIsFoundOnlyByItsTeam() {
    String victim = iin();
    String secret =
        criminalCase("710001", "GRAVE", "inv-secret", "Тоқтар" + token + " Асқар", victim);
    String open = criminalCase("710001", "SMALL", "inv-open", "Тоқтар" + token + " Асқар", victim);

    assertThat(cases(investigator, victim)).as("not of its team").containsExactly(open);
    assertThat(cases(investigator, secret)).isEmpty();
    assertThat(cases(investigator, "токтар" + token)).containsExactly(open);
    assertThat(cases(head, victim))
        .as("the head of its unit")
        .containsExactlyInAnyOrder(secret, open);
    assertThat(cases(supervisor, secret)).as("the prosecutor over it").containsExactly(secret);
  }

  @Test
  void everySearchLeavesItsAuditRowAndARefusedOneNone() {
    String person = iin();
    criminalCase("710001", "SMALL", "inv-audit", "Жұма" + token, person);
    int before = searchesBy("investigator");

    search(investigator, person);
    search(investigator, "жума" + token);
    assertThat(search(investigator, "ab").status()).isEqualTo(400);
    assertThat(search(investigator, "1234567890123").status()).isEqualTo(400);

    assertThat(searchesBy("investigator")).isEqualTo(before + 2);
    var rows =
        jdbc.sql(
                "select subject, purpose, record_unit from audit_reads where reader ="
                    + " 'investigator' and record_key like 'search/%' order by id desc limit 2")
            .query(
                (rs, n) ->
                    List.of(
                        String.valueOf(rs.getString("subject")),
                        rs.getString("purpose"),
                        rs.getString("record_unit")))
            .list();
    assertThat(rows.get(0).get(1))
        .isEqualTo("search by name \"жума" + token + "\": 1 cases, 0 reports");
    assertThat(rows.get(1)).containsExactly(person, rows.get(1).get(1), "710001");
    assertThat(rows.get(1).get(1)).startsWith("search by iin \"" + person + "\": 1 cases");
  }

  @Test
  void citizensAndAnalystsDoNotSearch() {
    assertThat(search(http.token("citizen", "demo"), iin()).status()).isEqualTo(403);
    assertThat(search(http.token("analyst", "demo"), iin()).status()).isEqualTo(403);
  }

  @Test
  void theHeaderSearchsPageLoadsTheRegistersSectionWhichShowsTheFound() {
    String erdr = criminalCase("710001", "MEDIUM", "inv-page", "Ким" + token + " Ольга", iin());
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("investigator", "demo");

    Reply page = browser.get("/offences/search?q=" + erdr);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"search-register\"", "/cases/search/section?q=" + erdr)
        .doesNotContain("id=\"search-error\"");
    Reply section = browser.get("/cases/search/section?q=" + encode("ким" + token));
    assertThat(section.status()).isEqualTo(200);
    assertThat(section.body()).contains("id=\"found-cases\"", erdr, "Ким" + token + " Ольга");
    assertThat(section.body()).doesNotContain("<html");
    Reply refused = browser.get("/cases/search?q=ab");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"register-error\"").doesNotContain("found-cases");
  }

  /** Writes a case opened by its investigator with one participant; its ERDR number. */
  private String criminalCase(
      String unit, String gravity, String investigatorName, String name, String iin) {
    UUID id = UUID.randomUUID();
    String erdr = "19" + unit + "1" + String.format("%06d", random.nextInt(1_000_000));
    Timestamp opened = Timestamp.from(Instant.now().minus(Duration.ofMinutes(5)));
    Timestamp deadline = Timestamp.from(Instant.now().plus(Duration.ofDays(60)));
    jdbc.sql(
            "insert into criminal_cases (id, erdr_number, report_id, unit, opened_at, opened_by)"
                + " values (:id, :erdr, :report, :unit, :at, :by)")
        .param("id", id)
        .param("erdr", erdr)
        .param("report", UUID.randomUUID())
        .param("unit", unit)
        .param("at", opened)
        .param("by", investigatorName)
        .update();
    jdbc.sql(
            "insert into criminal_case_events (case_id, seq, type, from_status, to_status, at,"
                + " actor, reasons, receipt) values (:id, 1, 'OPEN', 'REGISTERED', 'INVESTIGATING',"
                + " :at, :by, '', 0)")
        .param("id", id)
        .param("at", opened)
        .param("by", investigatorName)
        .update();
    jdbc.sql(
            "insert into criminal_case_settings (case_id, seq, investigator, language,"
                + " article_code, gravity, form, deadline, alert_at) values (:id, 1, :by, 'RU',"
                + " '188-1', :gravity, 'GENERAL', :deadline, :deadline)")
        .param("id", id)
        .param("by", investigatorName)
        .param("gravity", gravity)
        .param("deadline", deadline)
        .update();
    jdbc.sql(
            "insert into criminal_case_participants (id, case_id, seq, role, iin, name, added_at,"
                + " added_by) values (:pid, :id, 1, 'SUSPECT', :iin, :name, :at, :by)")
        .param("pid", UUID.randomUUID())
        .param("id", id)
        .param("iin", iin)
        .param("name", name)
        .param("at", opened)
        .param("by", investigatorName)
        .update();
    return erdr;
  }

  /** Writes a crime report received from a person; its KUI number. */
  private String report(String unit, String iin, String name) {
    String kui = "19" + unit + String.format("%06d", random.nextInt(1_000_000));
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            "insert into crime_reports (id, kui_number, unit, source, reporter_iin, reporter_name,"
                + " description, place, received_at, received_by, registration_deadline,"
                + " idempotency_key, document_sha256, signature_sha256, receipt) values (:id,"
                + " :kui, :unit, 'CITIZEN_STATEMENT', :iin, :name, 'Кража', 'Астана', :now,"
                + " 'officer', :now, :key, repeat('a', 64), repeat('b', 64), 0)")
        .param("id", UUID.randomUUID())
        .param("kui", kui)
        .param("unit", unit)
        .param("iin", iin)
        .param("name", name)
        .param("now", now)
        .param("key", UUID.randomUUID().toString())
        .update();
    return kui;
  }

  private int searchesBy(String reader) {
    return jdbc.sql(
            "select count(*) from audit_reads where reader = :r and record_key like 'search/%'")
        .param("r", reader)
        .query(Integer.class)
        .single();
  }

  private List<String> cases(String bearer, String q) {
    return found(bearer, q, "cases", "erdrNumber");
  }

  private List<String> reports(String bearer, String q) {
    return found(bearer, q, "reports", "kuiNumber");
  }

  private List<String> found(String bearer, String q, String kind, String field) {
    Reply reply = search(bearer, q);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get(kind).valueStream().map(c -> c.get(field).asString()).toList();
  }

  private Reply search(String bearer, String q) {
    return http.get("/api/cases/search?q=" + encode(q), "Authorization", "Bearer " + bearer);
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /** A valid IIN no other test uses: born 1900-1999 on a random day, a random serial. */
  private String iin() {
    while (true) {
      String eleven =
          String.format(
              "%02d%02d%02d%d%04d",
              random.nextInt(100),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              3 + random.nextInt(2),
              random.nextInt(10_000));
      int check = Iin.checkDigitOf(eleven);
      if (check < 10) {
        return eleven + check;
      }
    }
  }

  private String word(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return out.toString();
  }
}
