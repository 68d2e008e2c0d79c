package kz.ecase.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.signing.Openssl;
import kz.ecase.verifier.BundleCheck;
import tools.jackson.databind.JsonNode;

/** The register of crime reports as one user's API client sees it. */
public final class ReportApi {

  public static final String REPORTS = "/api/investigations/reports";

  public final HttpClientSession http;
  public final String token;

  public ReportApi(HttpClientSession http, String token) {
    this.http = http;
    this.token = token;
  }

  /** The demo user of that name with a fresh signing PIN. */
  public static ReportApi withPin(HttpClientSession http, String username, String pin) {
    int reset =
        http.delete("/api/signing/keys/" + username, auth(http.token("admin", "demo"))).status();
    assertThat(reset).isIn(204, 404);
    ReportApi api = new ReportApi(http, http.token(username, "demo"));
    Reply set = http.putJson("/api/signing/pin", Map.of("pin", pin), auth(api.token));
    assertThat(set.status()).as(set.body()).isEqualTo(201);
    return api;
  }

  public static Map<String, Object> theft(String pin) {
    Map<String, Object> form = new HashMap<>();
    form.put("source", "CITIZEN_STATEMENT");
    form.put("reporterIin", "850315401231");
    form.put("reporterName", "Серикова Айгерим");
    form.put("description", "Из квартиры похищен ноутбук, дверь взломана");
    form.put("place", "Астана, ул. Кенесары, 40, кв. 12");
    form.put("occurredAt", Instant.now().minusSeconds(7200).toString());
    form.put("idempotencyKey", UUID.randomUUID().toString());
    form.put("pin", pin);
    return form;
  }

  public Reply submit(Map<String, Object> form) {
    return http.postJson(REPORTS, form, auth(token));
  }

  /** Receives a report; fails unless it is created. Answers its id. */
  public String receive(Map<String, Object> form) {
    Reply reply = submit(form);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asString();
  }

  public Reply step(String id, Map<String, Object> decision) {
    return http.postJson(REPORTS + "/" + id + "/steps", decision, auth(token));
  }

  /** Takes a step; fails unless it is recorded. */
  public JsonNode stepped(String id, Map<String, Object> decision) {
    Reply reply = step(id, decision);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  public Reply report(String id) {
    return http.get(REPORTS + "/" + id, auth(token));
  }

  public String status(String id) {
    return report(id).json().get("status").asString();
  }

  public static Map<String, Object> decision(String step, String pin, String... pairs) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("step", step);
    decision.put("pin", pin);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      decision.put(pairs[i], pairs[i + 1]);
    }
    return decision;
  }

  /** The report's ledger bundle (waiting up to 20 s for {@code entries}) verifies offline. */
  public void assertBundleVerifies(String id, int entries) throws Exception {
    assertBundleVerifies("report", id, entries);
  }

  /** A record's ledger bundle (waiting up to 20 s for {@code entries}) verifies offline. */
  public void assertBundleVerifies(String recordType, String id, int entries) throws Exception {
    NoteVerifier trusted =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().strip());
    Instant deadline = Instant.now().plusSeconds(20);
    Reply bundle = http.get("/api/ledger/bundles/" + recordType + "/" + id, auth(token));
    while ((bundle.status() != 200 || bundle.json().get("entries").size() < entries)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      bundle = http.get("/api/ledger/bundles/" + recordType + "/" + id, auth(token));
    }
    assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
    assertThat(bundle.json().get("entries")).hasSize(entries);
    assertThat(BundleCheck.check(bundle.body(), trusted, null)).isEmpty();
  }

  /** The act's PDF and its signature verify with the real openssl against ecase's CA. */
  public void assertActVerifiesWithOpenssl(String sha256, Path directory) throws Exception {
    byte[] pdf = http.getBytes("/api/documents/" + sha256, auth(token)).body();
    byte[] p7s = http.getBytes("/api/documents/" + sha256 + "/signatures", auth(token)).body();
    String ca = http.get("/api/signing/ca").body();
    Openssl.Result result = Openssl.verify(directory, pdf, p7s, ca);
    assertThat(result.succeeded()).as(result.output()).isTrue();
  }

  public static String[] auth(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
