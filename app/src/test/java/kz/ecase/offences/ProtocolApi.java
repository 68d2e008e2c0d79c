package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.verifier.BundleCheck;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The protocols API as the integration tests use it: one user's session (an HTTP client and a
 * bearer token) that registers protocols, takes steps, reads them and verifies their bundles.
 */
public final class ProtocolApi {

  public static final String PROTOCOLS = "/api/offences/protocols";

  private final HttpClientSession http;
  private final String token;

  public ProtocolApi(HttpClientSession http, String token) {
    this.http = http;
    this.token = token;
  }

  /** The API as the demo user of that name, signed in for a token. */
  public static ProtocolApi as(HttpClientSession http, String username) {
    return new ProtocolApi(http, http.token(username, "demo"));
  }

  public String token() {
    return token;
  }

  /** The Authorization header, as name and value, of a bearer token. */
  public static String[] auth(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** A valid registration form (speeding, 10 MCI, plate 123abc01) with a new idempotency key. */
  public static Map<String, Object> form(String iin, String pin) {
    return form(UUID.randomUUID().toString(), iin, pin);
  }

  /** A valid registration form (speeding, 10 MCI, plate 123abc01), changeable by the caller. */
  public static Map<String, Object> form(String key, String iin, String pin) {
    Map<String, Object> form = new HashMap<>();
    form.put("idempotencyKey", key);
    form.put("iin", iin);
    form.put("article", "speeding-20-40");
    form.put("offenceTime", Instant.now().minus(1, ChronoUnit.HOURS).toString());
    form.put("place", "Астана, проспект Мәңгілік Ел, 8");
    form.put("plate", "123abc01");
    form.put("fineMci", 10);
    form.put("pin", pin);
    return form;
  }

  /** Sets the user's signing PIN (201 expected). */
  public void setPin(String pin) {
    Reply reply = http.putJson("/api/signing/pin", Map.of("pin", pin), auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  /**
   * The API as the demo user of that name, after the admin dropped the user's signing key (if any)
   * and the user set the PIN anew.
   */
  public static ProtocolApi withFreshPin(HttpClientSession http, String username, String pin) {
    dropKey(http, username);
    ProtocolApi api = as(http, username);
    api.setPin(pin);
    return api;
  }

  /** The admin drops the user's signing key, if any: the user has to choose a PIN again. */
  public static void dropKey(HttpClientSession http, String username) {
    int reset =
        http.delete("/api/signing/keys/" + username, auth(http.token("admin", "demo"))).status();
    assertThat(reset).isIn(204, 404);
  }

  /** Submits a registration form, whatever the answer. */
  public Reply submit(Map<String, Object> form) {
    return http.postJson(PROTOCOLS, form, auth(token));
  }

  /** Registers a protocol from the form; fails unless it is created. */
  public Reply register(Map<String, Object> form) {
    Reply reply = submit(form);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply;
  }

  /** Takes a step (POST …/events) with reasons (may be null), whatever the answer. */
  public Reply step(String id, String transition, String reasons, String pin) {
    Map<String, Object> body = new HashMap<>();
    body.put("transition", transition);
    body.put("reasons", reasons);
    body.put("pin", pin);
    return http.postJson(PROTOCOLS + "/" + id + "/events", body, auth(token));
  }

  /** Takes a step without reasons; fails unless it is recorded. */
  public void stepped(String id, String transition, String pin) {
    Reply reply =
        http.postJson(
            PROTOCOLS + "/" + id + "/events",
            Map.of("transition", transition, "pin", pin),
            auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  /** The protocol as GET …/protocols/{id} answers it. */
  public Reply protocol(String id) {
    return http.get(PROTOCOLS + "/" + id, auth(token));
  }

  public String status(String id) {
    return protocol(id).json().get("status").asString();
  }

  public String number(String id) {
    return protocol(id).json().get("number").asString();
  }

  /**
   * Waits (up to 20 s) for the protocol's ledger bundle to hold the entries, then checks it holds
   * exactly that many and verifies against the ledger's published key.
   */
  public void assertBundleVerifies(String id, int entries) throws Exception {
    NoteVerifier trusted =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().strip());
    Instant deadline = Instant.now().plusSeconds(20);
    Reply bundle = bundle(id);
    while ((bundle.status() != 200 || bundle.json().get("entries").size() < entries)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      bundle = bundle(id);
    }
    assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
    assertThat(bundle.json().get("entries")).as("bundle entries").hasSize(entries);
    assertThat(BundleCheck.check(bundle.body(), trusted, null)).isEmpty();
  }

  private Reply bundle(String id) {
    return http.get("/api/ledger/bundles/protocol/" + id, auth(token));
  }

  /** The types of the protocol's ledger entries, sequenced or still waiting to be, in order. */
  public static List<String> ledgerTypes(JdbcClient jdbc, String id) {
    return jdbc.sql(
            "select convert_from(entry, 'UTF8')::jsonb ->> 'type' from (select 0 as waiting, idx"
                + " as position, entry from ledger_entries where record_key = :key union all"
                + " select 1, id, entry from ledger_pending where record_key = :key) recorded"
                + " order by waiting, position")
        .param("key", "protocol/" + id)
        .query(String.class)
        .list();
  }

  /** The protocol's one sequenced ledger entry, as text (fails unless there is exactly one). */
  public static String onlyLedgerEntry(JdbcClient jdbc, String id) {
    return new String(
        jdbc.sql("select entry from ledger_entries where record_key = :key")
            .param("key", "protocol/" + id)
            .query(byte[].class)
            .single(),
        StandardCharsets.UTF_8);
  }
}
