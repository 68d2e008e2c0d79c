package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An administrator corrects a row of the catalogue through the API: a new version exists, officers
 * searching on its first day see the corrected value without the "not yet confirmed" mark, a
 * protocol registered before keeps its version and fine; other roles are refused, and bad input is
 * refused with every field at fault and stores nothing.
 *
 * <p>The correction takes effect on a far day (shared by every test that corrects the catalogue, so
 * that they may run in any order), so that the other tests, which use today's catalogue, are not
 * affected.
 */
@EcaseIntegrationTest
class CatalogueCorrectionIT {

  static final String CORRECTION_DAY = "2099-01-01";
  static final String VERSIONS = "/api/offences/catalogue/versions";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession http;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
  }

  @Test
  void anAdministratorsCorrectionIsANewVersionOfficersUseFromItsDayOn() {
    ProtocolApi officer = ProtocolApi.withFreshPin(http, "officer", "271828");
    Reply registered =
        http.postJson(
            ProtocolApi.PROTOCOLS,
            ProtocolApi.form("850315401231", "271828"),
            auth(officer.token()));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String id = registered.json().get("id").asString();
    int registeredUnder = protocol(officer, id).get("catalogueVersion").asInt();
    JsonNode before = onlyRow(officer.token(), "");
    assertThat(texts(before.get("unconfirmedValues")))
        .as("the shipped row's on-the-spot value is not confirmed")
        .contains("on_the_spot");

    Reply made =
        http.postJson(
            VERSIONS,
            correction(
                Map.of(
                    "code", "speeding-20-40",
                    "fineIndividual", cell("15-20", true),
                    "onTheSpot", cell("yes", true)),
                "Article 592 part 2 checked against the Code as amended"),
            auth(token("admin")));

    assertThat(made.status()).as(made.body()).isEqualTo(201);
    int version = made.json().get("version").asInt();
    assertThat(version).isGreaterThan(registeredUnder);
    assertThat(made.json().get("effectiveFrom").asString()).isEqualTo(CORRECTION_DAY);
    JsonNode row = made.json().get("rows").get(0);
    assertThat(row.get("fineIndividualMci").asString()).isEqualTo("15-20");
    assertThat(texts(row.get("unconfirmedValues")))
        .doesNotContain("on_the_spot", "fine_individual_mci");
    assertThat(storedVersions()).contains(version);
    assertThat(ledgerTypes(version)).containsExactly("offences.CatalogueCorrected");

    JsonNode onItsDay = onlyRow(officer.token(), "&date=" + CORRECTION_DAY);
    assertThat(onItsDay.get("fineIndividualMci").asString()).isEqualTo("15-20");
    assertThat(onItsDay.get("onTheSpot").asBoolean()).isTrue();
    assertThat(texts(onItsDay.get("unconfirmedValues"))).doesNotContain("on_the_spot");
    assertThat(texts(onItsDay.get("unconfirmedValues")))
        .as("what the correction left alone stays as it was")
        .isEqualTo(
            texts(before.get("unconfirmedValues")).stream()
                .filter(name -> !name.equals("on_the_spot"))
                .toList());
    JsonNode today = onlyRow(officer.token(), "");
    assertThat(today.get("fineIndividualMci").asString()).isEqualTo("10");

    JsonNode protocol = protocol(officer, id);
    assertThat(protocol.get("catalogueVersion").asInt()).isEqualTo(registeredUnder);
    assertThat(protocol.get("fineMci").asInt()).isEqualTo(10);
  }

  @Test
  void onlyAdministratorsCorrectTheCatalogue() {
    Map<String, Object> body =
        correction(
            Map.of("code", "speeding-20-40", "fineIndividual", cell("12", true)), "a reason");
    int before = storedVersions().size();
    for (String user : List.of("officer", "head", "analyst", "supervisor")) {
      Reply reply = http.postJson(VERSIONS, body, auth(token(user)));
      assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(403);
    }
    assertThat(storedVersions()).hasSize(before);
  }

  @Test
  void badInputNamesEveryFieldAtFaultAndStoresNothing() {
    int before = storedVersions().size();
    Map<String, Object> row = new HashMap<>();
    row.put("code", "speeding-20-40");
    row.put("article", cell("", true));
    row.put("part", cell("two", true));
    row.put("fineIndividual", cell("20-10", true));
    row.put("fineLegalEntity", cell("lots", false));
    row.put("onTheSpot", cell("maybe", true));
    row.put("titleRu", cell("Превышение?", true));
    row.put("sources", List.of(" "));
    Map<String, Object> body = correction(row, " ");
    body.put("effectiveFrom", "2020-01-01");

    Reply reply = http.postJson(VERSIONS, body, auth(token("admin")));

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "reason",
            "effectiveFrom",
            "rows[0].article",
            "rows[0].part",
            "rows[0].fineIndividual",
            "rows[0].fineLegalEntity",
            "rows[0].onTheSpot",
            "rows[0].titleRu",
            "rows[0].sources");
    assertThat(storedVersions()).hasSize(before);

    Reply unknown =
        http.postJson(
            VERSIONS,
            correction(
                Map.of("code", "no-such-row", "repeatCode", cell("no-such-code", true)), "x"),
            auth(token("admin")));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsString("field"))
        .containsExactly("rows[0].code");
    assertThat(storedVersions()).hasSize(before);
  }

  private JsonNode protocol(ProtocolApi officer, String id) {
    Reply reply =
        http.get(ProtocolApi.PROTOCOLS + "/" + id + "?purpose=review", auth(officer.token()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonNode onlyRow(String token, String date) {
    Reply reply = http.get("/api/offences/catalogue?q=592%20ч.2" + date, auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().findValuesAsString("code")).containsExactly("speeding-20-40");
    return reply.json().get(0);
  }

  static Map<String, Object> correction(Map<String, Object> row, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", reason);
    body.put("effectiveFrom", CORRECTION_DAY);
    body.put("rows", List.of(row));
    return body;
  }

  static Map<String, Object> cell(String value, boolean confirmed) {
    return Map.of("value", value, "confirmed", confirmed);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(node -> texts.add(node.asString()));
    return texts;
  }

  private List<Integer> storedVersions() {
    return jdbc.sql("select version from offence_catalogue_versions order by version")
        .query(Integer.class)
        .list();
  }

  private List<String> ledgerTypes(int version) {
    return jdbc.sql(
            "select convert_from(entry, 'UTF8')::jsonb ->> 'type' from (select entry from"
                + " ledger_entries where record_key = :key union all select entry from"
                + " ledger_pending where record_key = :key) recorded")
        .param("key", "offence-catalogue/" + version)
        .query(String.class)
        .list();
  }

  private String token(String username) {
    return http.token(username, "demo");
  }
}
