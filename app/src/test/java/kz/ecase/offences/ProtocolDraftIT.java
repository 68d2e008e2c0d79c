package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.Iin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the officer's draft leaves behind and finds: its person look-ups read as "drafting a
 * protocol" and, once the draft is registered, name the protocol it became, for the head, the
 * person and the API; and a protocol ecase registered earlier for the same person and article
 * raises the repeat flag of the next draft, as the registry's offences do.
 */
@EcaseIntegrationTest
class ProtocolDraftIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "173205";

  @LocalServerPort int port;

  HttpClientSession http;
  ProtocolApi officer;

  @BeforeEach
  void officerWithPin() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
  }

  @Test
  void aDraftsLookUpsReadAsSuchAndNameTheProtocolItBecame() {
    HttpClientSession browser = page("officer");
    String csrf = HttpClientSession.csrfTokenOf(browser.get("/offences/protocols/new").body());
    String key = UUID.randomUUID().toString();

    Reply card =
        browser.postForm(
            "/offences/protocols/new/person?lang=en",
            Map.of("_csrf", csrf, "iin", CITIZEN_IIN, "idempotencyKey", key));
    assertThat(card.body())
        .contains("Purpose: Drafting an administrative offence protocol")
        .doesNotContain(key);

    String head = page("head").get("/persons/lookups?lang=en").body();
    assertThat(rowOf(head, key)).isNull();
    assertThat(head).doesNotContain("protocol draft");

    String number = officer.register(form(key, CITIZEN_IIN, PIN)).json().get("number").asString();

    String headAfter = page("head").get("/persons/lookups?lang=en").body();
    assertThat(headAfter)
        .contains("Drafting an administrative offence protocol", "protocol " + number)
        .doesNotContain("protocol draft");
    String citizen = page("citizen").get("/persons/about-me?lang=kk").body();
    assertThat(citizen)
        .contains("Әкімшілік құқық бұзушылық туралы хаттама толтыру", number + " хаттамасы")
        .contains("/citizen/protocols/" + number)
        .doesNotContain(key);
    Reply api = http.get("/api/persons/lookups", ProtocolApi.auth(http.token("head", "demo")));
    assertThat(api.json().findValuesAsString("protocolNumber")).contains(number);

    // a second submission of the same draft links nothing twice and answers the same protocol
    Reply again = officer.submit(form(key, CITIZEN_IIN, PIN));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("number").asString()).isEqualTo(number);
    assertThat(page("head").get("/persons/lookups?lang=en").body())
        .containsOnlyOnce("protocol " + number);
  }

  @Test
  void aProtocolRegisteredInEcaseMakesTheNextOneForTheSameOffenceARepeat() {
    String iin = freshIin();
    HttpClientSession browser = page("officer");
    String csrf = HttpClientSession.csrfTokenOf(browser.get("/offences/protocols/new").body());
    String now =
        LocalDateTime.now(ZoneId.of("Asia/Almaty")).truncatedTo(ChronoUnit.MINUTES).toString();

    assertThat(fine(browser, csrf, iin, now, UUID.randomUUID().toString()))
        .contains("id=\"fine-amount\"")
        .doesNotContain("id=\"repeat\"");
    Reply none =
        http.postJson(
            "/api/offences/protocols/preview",
            Map.of("iin", iin, "article", "speeding-20-40", "offenceTime", now),
            ProtocolApi.auth(officer.token()));
    assertThat(none.json().get("repeat").asBoolean()).as(none.body()).isFalse();
    assertThat(none.json().get("number").asString()).isEqualTo("592 ч.2");

    String first = UUID.randomUUID().toString();
    Reply registered = officer.register(form(first, iin, PIN));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);

    assertThat(fine(browser, csrf, iin, now, UUID.randomUUID().toString()))
        .contains("id=\"repeat\"", "592 part 4", "Repeat speeding");
    assertThat(fine(browser, csrf, iin, now, first))
        .as("the registered draft is no repeat of itself")
        .doesNotContain("id=\"repeat\"");
    Map<String, Object> facts = new HashMap<>();
    facts.put("iin", iin);
    facts.put("article", "592 ч.2");
    facts.put("offenceTime", now);
    Reply preview =
        http.postJson("/api/offences/protocols/preview", facts, ProtocolApi.auth(officer.token()));
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().get("repeat").asBoolean()).isTrue();
    assertThat(preview.json().get("repeatOf").get("number").asString()).isEqualTo("592 ч.4");
    assertThat(preview.json().get("earlierProtocols").findValuesAsString("number"))
        .containsExactly(registered.json().get("number").asString());
    Reply bad =
        http.postJson(
            "/api/offences/protocols/preview",
            Map.of("iin", "1", "article", "reversing-where-prohibited", "offenceTime", "soon"),
            ProtocolApi.auth(officer.token()));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsString("field"))
        .containsExactly("iin", "offenceTime", "article");

    assertThat(
            browser
                .postForm(
                    "/offences/protocols/new/person?lang=en",
                    Map.of("_csrf", csrf, "iin", iin, "idempotencyKey", "x", "offenceTime", now))
                .body())
        .contains("592-2");
  }

  @Test
  void aPersonWithManyEarlierProtocolsStillFitsTheFormInOneFieldOfEarlierOffences() {
    // each earlier offence once made a form part of its own: past the server's limit on parts
    // (found when the demo citizen had some 60 protocols), the page's registration was refused
    String iin = freshIin();
    int earlier = 60;
    for (int i = 0; i < earlier; i++) {
      Reply registered = officer.register(form(UUID.randomUUID().toString(), iin, PIN));
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
    HttpClientSession browser = page("officer");
    String csrf = HttpClientSession.csrfTokenOf(browser.get("/offences/protocols/new").body());
    String card =
        browser
            .postForm(
                "/offences/protocols/new/person?lang=en",
                Map.of("_csrf", csrf, "iin", iin, "idempotencyKey", "many"))
            .body();

    assertThat(card.split("name=\"prior\"", -1)).hasSize(2);
    // the card names at most 50 of them
    assertThat(card.split("592-2\\|", -1)).hasSizeGreaterThan(50);
  }

  @Test
  void theOfficersSearchOffersNoRowWithoutAConfirmedNumberAndNamesWhatIsUnconfirmedInWords() {
    HttpClientSession browser = page("officer");

    String seatBelts =
        browser.get("/offences/protocols/new/articles?articleQuery=593&lang=en").body();
    assertThat(seatBelts)
        .contains("593 part 1", "Seat belt not fastened")
        .contains("not yet confirmed: part, settlement on the spot, repeat-offence part")
        .doesNotContain("?", "on_the_spot", "title_kk", "repeat_code");
    String kazakh = browser.get("/offences/protocols/new/articles?articleQuery=592&lang=kk").body();
    assertThat(kazakh).contains("592 б.2", "592 б.3-1", "қазақша атауы (біздің аудармамыз)");
    String drunk =
        browser.get("/offences/protocols/new/articles?articleQuery=608%20ч.1&lang=ru").body();
    assertThat(drunk).contains("608 ч.1").doesNotContain("ещё не сверено");

    assertThat(
            browser.get("/offences/protocols/new/articles?articleQuery=reversing&lang=en").body())
        .doesNotContain("reversing-where-prohibited")
        .contains("No article of the catalogue matches.");
    assertThat(browser.get("/offences/protocols/new/articles?articleQuery=440&lang=ru").body())
        .doesNotContain("article-drinking-in-public", "article-drunk-in-public");
  }

  private static String fine(
      HttpClientSession browser, String csrf, String iin, String offenceTime, String key) {
    Map<String, String> fields = new HashMap<>();
    fields.put("_csrf", csrf);
    fields.put("article", "speeding-20-40");
    fields.put("iin", iin);
    fields.put("offenceTime", offenceTime);
    fields.put("idempotencyKey", key);
    return browser.postForm("/offences/protocols/new/fine?lang=en", fields).body();
  }

  /** The table row of the listing that names the text, or null. */
  private static String rowOf(String html, String text) {
    int at = html.indexOf(text);
    if (at < 0) {
      return null;
    }
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }

  private HttpClientSession page(String username) {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn(username, "demo");
    return browser;
  }

  private static String freshIin() {
    while (true) {
      String eleven = "9102023" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
      String iin = eleven + Iin.checkDigitOf(eleven);
      if (Iin.check(iin).isEmpty()) {
        return iin;
      }
    }
  }
}
