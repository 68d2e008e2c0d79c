package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.NameFold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/offences/search} and its page: staff find the protocols of their jurisdiction by
 * IIN, number, plate and any spelling of a part of the name (Kazakh letters or Russian ones, any
 * case), never another unit's; each search leaves its audit row; a text that is no key is refused
 * as problem+json naming {@code q}. The protocols are written straight into the register's tables
 * (as the data generator does), with names no other test uses.
 */
@EcaseIntegrationTest
class ProtocolSearchIT {

  static final String IIN_710001 = "850315401231";
  static final String IIN_710002 = "791028302728";
  private static final String LETTERS = "бвгдклмнпрстфхш";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession http;
  String officer;
  String supervisor;
  String token;
  Random random;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = http.token("officer", "demo");
    supervisor = http.token("supervisor", "demo");
    long seed = System.nanoTime();
    random = new Random(seed);
    System.out.println("ProtocolSearchIT seed " + seed);
    token = word(7);
  }

  @Test
  void aNameIsFoundInKazakhAndRussianSpellingsAnyCaseAndInPart() {
    String kazakh = protocol("710001", IIN_710001, "Әлі" + token + "ова Гүлнара Серікқызы", null);
    String russian = protocol("710001", IIN_710001, "АЛИ" + token.toUpperCase() + " Ёлкин", null);

    assertThat(numbers(officer, "али" + token)).containsExactlyInAnyOrder(kazakh, russian);
    assertThat(numbers(officer, "ӘЛІ" + token.toUpperCase()))
        .containsExactlyInAnyOrder(kazakh, russian);
    assertThat(numbers(officer, token.substring(1) + " гулнара")).containsExactly(kazakh);
    assertThat(numbers(officer, "гүлнара " + token + " серикк")).containsExactly(kazakh);
    assertThat(numbers(officer, token + " елкин")).containsExactly(russian);
    assertThat(numbers(officer, token + " Серік-Ёлкин")).isEmpty();
  }

  @Test
  void aNameTypedInOrderIsFoundByTheBeginningsOfItsWords() {
    String older = protocol("710001", IIN_710001, "Әбдір" + token + "ова Назерке Ерланқызы", null);
    String later = protocol("710001", IIN_710001, "Абдир" + token + "ов Нұрлан Серікұлы", null);
    String other = protocol("710002", IIN_710002, "Әбдір" + token + "ова Назерке", null);

    assertThat(numbers(officer, "абдир" + token))
        .as("a surname's beginning, the latest first")
        .containsExactly(later, older);
    assertThat(numbers(officer, "Абдир" + token + " назер")).containsExactly(older);
    assertThat(numbers(officer, "ӘБДІР" + token.toUpperCase() + "ОВА НАЗЕРКЕ ЕРЛАНҚ"))
        .as("Kazakh letters as the Russian ones")
        .containsExactly(older);
    assertThat(numbers(officer, "абдир" + token + " нурл сер")).containsExactly(later);
    assertThat(numbers(officer, "абдир" + token + " назер серик")).isEmpty();
    assertThat(numbers(officer, "назерке абдир" + token))
        .as("another order: the words anywhere")
        .containsExactly(older);
    assertThat(numbers(supervisor, "әбдір" + token + " назерке"))
        .containsExactlyInAnyOrder(older, other);
    assertThat(numbers(officer, "әбдір" + token + " назерке")).doesNotContain(other);
    Reply first =
        http.get("/api/offences/search?q=" + encode("абдир" + token) + "&limit=1", auth(officer));
    assertThat(first.json().get("more").asBoolean()).isTrue();
    assertThat(first.json().get("protocols").get(0).get("number").asString()).isEqualTo(later);
  }

  @Test
  void staffSeeTheirJurisdictionOnlyByEveryKey() {
    String plate = "9" + (100 + random.nextInt(900)) + "ZZ" + (10 + random.nextInt(9));
    String mine = protocol("710001", IIN_710001, "Сейіт" + token + " Нұрлан", plate);
    String other = protocol("710002", IIN_710002, "Сейит" + token + " Нурлан", plate);

    assertThat(numbers(officer, "сейит" + token)).containsExactly(mine);
    assertThat(numbers(supervisor, "сейит" + token)).containsExactlyInAnyOrder(mine, other);
    assertThat(numbers(officer, plate.toLowerCase().substring(0, 4) + " " + plate.substring(4)))
        .containsExactly(mine);
    assertThat(numbers(supervisor, plate)).containsExactlyInAnyOrder(mine, other);
    assertThat(numbers(officer, other)).as("another unit's protocol by number").isEmpty();
    assertThat(numbers(supervisor, other)).containsExactly(other);
    assertThat(numbers(officer, IIN_710002)).doesNotContain(other);
    assertThat(numbers(supervisor, IIN_710002)).contains(other);

    Reply found = search(officer, "сейит" + token);
    assertThat(found.json().get("key").asString()).isEqualTo("NAME");
    assertThat(found.json().get("protocols").get(0).get("name").asString())
        .isEqualTo("Сейіт" + token + " Нұрлан");
    assertThat(found.json().get("protocols").get(0).get("articleNumber").asString())
        .startsWith("592");
  }

  @Test
  void everySearchLeavesItsAuditRow() {
    protocol("710001", IIN_710001, "Омар" + token + " Ерлан", null);
    int before = searchesBy("officer");

    search(officer, "омар" + token);
    search(officer, IIN_710001);

    assertThat(searchesBy("officer")).isEqualTo(before + 2);
    var rows =
        jdbc.sql(
                "select subject, purpose, record_unit from audit_reads where reader = 'officer'"
                    + " and record_key like 'search/%' order by id desc limit 2")
            .query(
                (rs, n) ->
                    List.of(
                        String.valueOf(rs.getString("subject")),
                        rs.getString("purpose"),
                        rs.getString("record_unit")))
            .list();
    assertThat(rows.get(0)).containsExactly(IIN_710001, rows.get(0).get(1), "710001");
    assertThat(rows.get(0).get(1)).startsWith("search by iin \"" + IIN_710001 + "\"");
    assertThat(rows.get(1).get(1)).isEqualTo("search by name \"омар" + token + "\": 1 protocols");
  }

  @Test
  void aTextThatIsNoKeyIsRefusedAsAProblemNamingQ() {
    int before = searchesBy("officer");
    for (String bad :
        List.of("", "ab", "а б", "12345", "850315401232", "Иван 12", "x".repeat(101))) {
      Reply refused = search(officer, bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("q");
    }
    Reply limit = http.get("/api/offences/search?q=" + IIN_710001 + "&limit=0", auth(officer));
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json().get("errors").findValuesAsString("field")).containsExactly("limit");
    assertThat(searchesBy("officer")).as("a refused search reads nothing").isEqualTo(before);
  }

  @Test
  void citizensAndAnalystsDoNotSearch() {
    assertThat(search(http.token("citizen", "demo"), IIN_710001).status()).isEqualTo(403);
    assertThat(search(http.token("analyst", "demo"), IIN_710001).status()).isEqualTo(403);
  }

  @Test
  void theDatabaseFoldsNamesAsNameFoldDoes() {
    for (String name :
        List.of(
            "Әлібеков Ғалым-Жан",
            "ҚҰРМАНҒАЛИ  Өмірзақ Үсенұлы",
            "Ёлкин Фёдор (Һ) Іңкәр",
            "O'Brien, Smith-Jones 2nd",
            "  --  ")) {
      String database =
          jdbc.sql("select ecase_fold_name(:name)")
              .param("name", name)
              .query(String.class)
              .single();
      assertThat(database).as(name).isEqualTo(NameFold.fold(name));
    }
  }

  @Test
  void theDatabaseSplitsTheFoldedNameIntoTheWordsASearchTypes() {
    for (String name :
        List.of(
            "Әлібеков" + token + " Ғалым-Жан Ерланұлы",
            "ҚҰРМАНҒАЛИ" + token + "  Өмірзақ",
            "Ёлкин" + token,
            "O'Brien" + token + ", Smith-Jones 2nd")) {
      protocol("710001", IIN_710001, name, null);
      List<String> words = NameFold.words(name);
      List<String> stored =
          jdbc.sql(
                  "select f.surname, f.first_name, f.rest from offence_protocol_names f"
                      + " join offence_protocol_particulars n on n.protocol_id = f.protocol_id"
                      + " where n.offender_name = :name")
              .param("name", name)
              .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
              .single();
      assertThat(stored)
          .as(name)
          .containsExactly(
              words.get(0),
              words.size() > 1 ? words.get(1) : "",
              String.join(" ", words.subList(Math.min(2, words.size()), words.size())));
    }
  }

  @Test
  void theSearchPageShowsTheFoundAndNamesARefusalBesideTheBox() {
    String number = protocol("710001", IIN_710001, "Тоқтар" + token + " Асқар", null);
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("officer", "demo");

    Reply page = browser.get("/offences/search?q=" + encode("токтар" + token));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"search-results\"", number, "Тоқтар" + token);
    Reply refused = browser.get("/offences/search?q=ab");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"search-error\"").doesNotContain("search-results");
  }

  @Test
  void theSearchPageShowsTheLatest20FirstAndUpTo100WhenAskedEachAnAuditedSearch() {
    List<String> numbers = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      numbers.add(protocol("710001", IIN_710001, "Жұмаш" + token + " Айгүл", null));
    }
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("officer", "demo");
    String q = encode("жумаш" + token);
    int before = searchesBy("officer");

    Reply first = browser.get("/offences/search?q=" + q);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().split("<tr data-number=", -1)).hasSize(20 + 1);
    assertThat(first.body())
        .contains("id=\"more-lines\"", "limit=100", "hx-select=\"#protocols\"")
        .contains("href=\"/offences/protocols/");
    Reply all = browser.get("/offences/search?q=" + q + "&limit=100");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().split("<tr data-number=", -1)).hasSize(21 + 1);
    assertThat(all.body()).contains(numbers.toArray(String[]::new)).doesNotContain("more-lines");
    assertThat(searchesBy("officer"))
        .as("each answer its own audited search")
        .isEqualTo(before + 2);
  }

  private int searchesBy(String reader) {
    return jdbc.sql(
            "select count(*) from audit_reads where reader = :r and record_key like 'search/%'")
        .param("r", reader)
        .query(Integer.class)
        .single();
  }

  /** Writes a registered protocol with its event and particulars; its number. */
  private String protocol(String unit, String iin, String name, String plate) {
    UUID id = UUID.randomUUID();
    String number = "19" + unit + String.format("%06d", random.nextInt(1_000_000));
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            "insert into offence_protocols (id, number, unit, officer, offender_iin, article_code,"
                + " catalogue_version, offence_time, place, plate, fine_mci, fine_kzt,"
                + " payment_reference, created_at, idempotency_key, document_sha256,"
                + " signature_sha256, receipt) values (:id, :number, :unit, 'officer', :iin,"
                + " 'speeding-20-40', 2, :now, 'Астана', :plate, 10, 43250, :reference, :now,"
                + " :key, repeat('a', 64), repeat('b', 64), 0)")
        .param("id", id)
        .param("number", number)
        .param("unit", unit)
        .param("iin", iin)
        .param("now", now)
        .param("plate", plate)
        .param("reference", number + "0")
        .param("key", id.toString())
        .update();
    jdbc.sql(
            "insert into offence_protocol_events (protocol_id, seq, type, from_status, to_status,"
                + " at, actor, reasons, receipt) values (:id, 1, 'REGISTER', 'DRAFT', 'REGISTERED',"
                + " :now, 'officer', '', 0)")
        .param("id", id)
        .param("now", now)
        .update();
    jdbc.sql(
            "insert into offence_protocol_particulars (protocol_id, language, offender_name)"
                + " values (:id, 'kk', :name)")
        .param("id", id)
        .param("name", name)
        .update();
    return number;
  }

  private List<String> numbers(String token, String q) {
    Reply reply = search(token, q);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply
        .json()
        .get("protocols")
        .valueStream()
        .map(p -> p.get("number").asString())
        .toList();
  }

  private Reply search(String token, String q) {
    return http.get("/api/offences/search?q=" + encode(q), auth(token));
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  private String word(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return out.toString();
  }
}
