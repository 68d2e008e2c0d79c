package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.DraftIdentities;
import kz.ecase.persons.integration.ResilientRegistries;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import kz.ecase.simulators.SimulatedPopulation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Registration takes the person's name and birth date from the officer's look-up for the same draft
 * (issue 15), and its SMS notice the phone: the population register is asked once (the draft's
 * look-up), not twice or three times, and the protocol still names the person and its notice still
 * has a phone, also when the register has gone down in between. Another officer's look-up, a stale
 * one, or one of another IIN is not taken: the register is asked as before.
 */
@EcaseIntegrationTest
class DraftLookupReuseIT {

  static final String PIN = "161803";
  static final String SYSTEM_PURPOSE = "reason the person's name and phone for their protocol";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators embedded;
  @Autowired ResilientRegistries registries;
  @Autowired DraftIdentities draftIdentities;
  @Autowired Clock clock;

  HttpClientSession http;
  ProtocolApi officer;

  @BeforeEach
  void officerWithPin() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
  }

  @AfterEach
  void registerUpAgain() {
    population("{\"outage\":false}");
    registries.resetCircuits();
  }

  @Test
  void thePagesLookUpNamesThePersonAndTheRegisterIsNotAskedAgain() throws Exception {
    String iin = freshIin();
    String key = UUID.randomUUID().toString();
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("officer", "demo");
    String csrf = HttpClientSession.csrfTokenOf(browser.get("/offences/protocols/new").body());
    Reply card =
        browser.postForm(
            "/offences/protocols/new/person?lang=en",
            Map.of("_csrf", csrf, "iin", iin, "idempotencyKey", key));
    assertThat(card.status()).isEqualTo(200);

    population("{\"outage\":true}");
    String id = register(key, iin);

    String paper = protocolText(id);
    assertThat(personName(paper)).isNotEqualTo("не получено из реестра");
    assertThat(paper).contains("Дата рождения " + dotted(Iin.of(iin).birthDate()));
    assertThat(lookUps(iin, "reason protocol draft " + key)).as("the draft's look-up").isEqualTo(1);
    assertThat(lookUps(iin, SYSTEM_PURPOSE)).as("asked again at registration").isZero();
    assertThat(noticePhone(id))
        .as("the SMS notice has the draft look-up's phone, the register being down")
        .matches("\\+7\\d{10}");
    assertThat(
            jdbc.sql(
                    "select count(*) from person_lookup_protocols l join person_lookups p on"
                        + " p.id = l.lookup_id where p.iin = :iin and l.protocol_id = :id::uuid")
                .param("iin", iin)
                .param("id", id)
                .query(Long.class)
                .single())
        .as("the draft's look-up is linked to the protocol")
        .isEqualTo(1);
  }

  @Test
  void theApiLookUpForTheDraftGivesTheNameThePaperPrints() throws Exception {
    String iin = freshIin();
    String key = UUID.randomUUID().toString();
    JsonNode population = populationAnswer(draftLookUp(officer.token(), iin, key));

    String id = register(key, iin);

    assertThat(noticePhone(id)).isEqualTo(population.get("mobilePhone").asString());
    String paper = protocolText(id);
    assertThat(personName(paper))
        .isEqualTo(
            String.join(
                    " ",
                    population.get("lastName").asString(),
                    population.get("firstName").asString(),
                    population.get("patronymic").asString())
                .strip());
    assertThat(lookUps(iin, SYSTEM_PURPOSE)).isZero();
  }

  @Test
  void anotherOfficersLookUpForTheSameKeyIsNotTaken() throws Exception {
    String iin = freshIin();
    String key = UUID.randomUUID().toString();
    draftLookUp(http.token("head", "demo"), iin, key);

    String id = register(key, iin);

    assertThat(lookUps(iin, SYSTEM_PURPOSE)).as("the register asked at registration").isOne();
    assertThat(personName(protocolText(id))).isNotEqualTo("не получено из реестра");
  }

  @Test
  void aStaleLookUpIsNotTaken() throws Exception {
    String iin = freshIin();
    String key = UUID.randomUUID().toString();
    draftLookUp(officer.token(), iin, key);
    jdbc.sql(
            "update person_draft_identities set created_at = created_at - interval '31 minutes'"
                + " where iin = :iin")
        .param("iin", iin)
        .update();

    register(key, iin);

    assertThat(lookUps(iin, SYSTEM_PURPOSE)).isOne();
  }

  @Test
  void aLookUpOfAnotherIinIsNotTaken() throws Exception {
    String looked = freshIin();
    String registered = freshIin();
    while (registered.equals(looked)) {
      registered = freshIin();
    }
    String key = UUID.randomUUID().toString();
    JsonNode population = populationAnswer(draftLookUp(officer.token(), looked, key));

    String id = register(key, registered);

    assertThat(lookUps(registered, SYSTEM_PURPOSE)).isOne();
    assertThat(protocolText(id))
        .doesNotContain(
            population.get("lastName").asString() + " " + population.get("firstName").asString());
  }

  @Test
  void rowsOlderThanADayArePurgedAndYoungerOnesKept() {
    String old = freshIin();
    String young = freshIin();
    keptDraftIdentityOf(old);
    keptDraftIdentityOf(young);
    jdbc.sql(
            "update person_draft_identities set created_at = created_at - interval '25 hours'"
                + " where iin = :iin")
        .param("iin", old)
        .update();

    // the application's clock: another test class sharing this context may have moved it ahead
    assertThat(draftIdentities.purge(clock.instant())).isGreaterThanOrEqualTo(1);
    assertThat(draftIdentities.purge(clock.instant())).as("idempotent").isZero();

    assertThat(rowsOf(old)).isZero();
    assertThat(rowsOf(young)).isOne();
  }

  private void keptDraftIdentityOf(String iin) {
    draftLookUp(officer.token(), iin, UUID.randomUUID().toString());
    assertThat(rowsOf(iin)).as("the draft look-up of %s kept its identity", iin).isOne();
  }

  private Reply draftLookUp(String token, String iin, String key) {
    Reply reply =
        http.postJson(
            "/api/persons/lookups",
            Map.of("iin", iin, "reason", "protocol draft " + key),
            auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply;
  }

  private static JsonNode populationAnswer(Reply dossier) {
    for (JsonNode source : dossier.json().get("sources")) {
      if (source.get("registry").asString().equals("population")) {
        assertThat(source.get("status").asString()).isEqualTo("OK");
        return source.get("data");
      }
    }
    throw new AssertionError("no population answer: " + dossier.body());
  }

  private String register(String key, String iin) {
    Map<String, Object> form = form(key, iin, PIN);
    form.put("language", "ru");
    return officer.register(form).json().get("id").asString();
  }

  private long lookUps(String iin, String purpose) {
    return jdbc.sql("select count(*) from person_lookups where iin = :iin and purpose = :purpose")
        .param("iin", iin)
        .param("purpose", purpose)
        .query(Long.class)
        .single();
  }

  /** The phone the protocol's SMS notice was queued with (null: to be looked up when sent). */
  private String noticePhone(String protocolId) {
    return jdbc.sql(
            "select o.recipient from sms_outbox o join offence_protocols p on o.client_ref ="
                + " 'protocol-' || p.number || '-notice' where p.id = :id::uuid")
        .param("id", protocolId)
        .query(String.class)
        .single();
  }

  private long rowsOf(String iin) {
    return jdbc.sql("select count(*) from person_draft_identities where iin = :iin")
        .param("iin", iin)
        .query(Long.class)
        .single();
  }

  private String protocolText(String id) throws Exception {
    String sha256 = officer.protocol(id).json().get("documentSha256").asString();
    HttpClientSession.BinaryReply pdf =
        http.getBytes("/api/documents/" + sha256, auth(officer.token()));
    assertThat(pdf.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
    }
  }

  private static String personName(String paper) {
    var matcher = java.util.regex.Pattern.compile("Фамилия, имя, отчество (.+)").matcher(paper);
    assertThat(matcher.find()).as(paper).isTrue();
    return matcher.group(1).strip();
  }

  private static String dotted(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
  }

  private void population(String behaviour) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              embedded.baseUrl(SimulatedSystem.REGISTRIES)
                                  + "/admin/registries/population"))
                      .header("Content-Type", "application/json")
                      .PUT(HttpRequest.BodyPublishers.ofString(behaviour))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String freshIin() {
    while (true) {
      String eleven = "9203044" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
      String iin = eleven + Iin.checkDigitOf(eleven);
      // a person the simulated population register knows: its answer is what these tests read
      if (Iin.check(iin).isEmpty() && SimulatedPopulation.registers(iin)) {
        return iin;
      }
    }
  }
}
