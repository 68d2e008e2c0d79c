package kz.ecase.investigations.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The officer's page (errors beside their fields, all at once; a recorded detention) and the
 * running-clocks fragment the duty prosecutor's page includes (a countdown script, a refresh every
 * 30 s, the check signed with the PIN), as a browser signed in by form sees them.
 */
@EcaseIntegrationTest
class CustodyPagesIT {

  static final String PIN = "271828";

  @LocalServerPort int port;

  @Test
  void theOfficerSeesEveryErrorBesideItsFieldThenRecordsAndTheProsecutorConfirms() {
    HttpClientSession api = new HttpClientSession(port);
    ProtocolApi.withFreshPin(api, "officer", PIN);
    ProtocolApi.withFreshPin(api, "duty-prosecutor", PIN);
    HttpClientSession officer = signedIn("officer");

    Reply page = officer.get("/investigations/custody?lang=ru");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"custody-form\"", "Доставления и задержания");

    Map<String, String> wrong = new HashMap<>();
    wrong.put("kind", "DELIVERY");
    wrong.put("iin", "123");
    wrong.put("restrictedAt", "");
    wrong.put("place", "");
    wrong.put("grounds", "");
    wrong.put("exceptionalGround", "TERRORISM");
    wrong.put("pin", "");
    wrong.put("_csrf", HttpClientSession.csrfTokenOf(page.body()));
    Reply refused = officer.postForm("/investigations/custody", wrong);

    assertThat(refused.status()).isEqualTo(200);
    for (String field :
        new String[] {"iin", "restrictedAt", "place", "grounds", "exceptionalGround", "pin"}) {
      assertThat(errorOf(refused.body(), field)).as(field).isNotBlank();
    }
    assertThat(errorOf(refused.body(), "pin")).isEqualTo("Нужен ПИН подписи.");
    assertThat(errorOf(refused.body(), "reference")).isEmpty();

    Map<String, String> right = new HashMap<>();
    right.put("kind", "DETENTION");
    right.put("iin", CustodyClocksIT.minorIin().value());
    right.put(
        "restrictedAt",
        LocalDateTime.now(ZoneId.of("Asia/Almaty"))
            .minusMinutes(5)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString());
    right.put("place", "Астана, Сарыарқа ауданы");
    right.put("grounds", "Застигнут при совершении грабежа");
    right.put("exceptionalGround", "");
    right.put("pin", PIN);
    right.put("_csrf", HttpClientSession.csrfTokenOf(refused.body()));
    Reply recorded = officer.postForm("/investigations/custody", right);

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    String id = attribute(recorded.body(), "data-clock");
    assertThat(recorded.body()).contains("id=\"clock-" + id + "\"");

    HttpClientSession prosecutor = signedIn("duty-prosecutor");
    Reply fragment = prosecutor.get("/investigations/custody/clocks");
    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.body())
        .contains(
            "id=\"clock-" + id + "\"",
            "data-deadline=",
            "hx-trigger=\"every 30s\"",
            "/js/custody-clocks.js",
            "value=\"CONFIRM_LEGAL\"");
    assertThat(prosecutor.get("/js/custody-clocks.js").status()).isEqualTo(200);

    Reply confirmed =
        prosecutor.postForm(
            "/investigations/custody/clocks/" + id + "/steps",
            Map.of(
                "step",
                "CONFIRM_LEGAL",
                "pin",
                PIN,
                "_csrf",
                HttpClientSession.csrfTokenOf(prosecutor.get("/investigations/custody").body())));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(rowOf(confirmed.body(), id)).contains("data-status=\"CHECKED\"");

    Reply wrongPin =
        prosecutor.postForm(
            "/investigations/custody/clocks/" + id + "/steps",
            Map.of(
                "step", "DECLARE_ILLEGAL",
                "reasons", "x",
                "pin", "000000",
                "_csrf",
                    HttpClientSession.csrfTokenOf(
                        prosecutor.get("/investigations/custody").body())));
    assertThat(wrongPin.body()).contains("id=\"custody-problem\"");
    assertThat(rowOf(wrongPin.body(), id)).contains("data-status=\"CHECKED\"");
  }

  @Test
  void theClocksFragmentListsTheSoonestLimitsFirstAndMoreOnRequestWithTheCountsOfAll() {
    HttpClientSession api = new HttpClientSession(port);
    String officer = ProtocolApi.withFreshPin(api, "officer", CustodyClocksIT.PIN).token();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int minutes : new int[] {30, 40}) {
      Reply recorded =
          api.postJson(
              CustodyClocksIT.API + "/clocks",
              CustodyClocksIT.detention(
                  CustodyClocksIT.adultIin(), now.minus(Duration.ofMinutes(minutes))),
              ProtocolApi.auth(officer));
      assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }
    HttpClientSession prosecutor = signedIn("duty-prosecutor");

    Reply first = prosecutor.get("/investigations/custody/clocks?shown=1&lang=en");
    Reply two = prosecutor.get("/investigations/custody/clocks?shown=2&lang=en");

    assertThat(first.status()).isEqualTo(200);
    assertThat(deadlines(first.body())).hasSize(1);
    List<Long> both = deadlines(two.body());
    assertThat(both).hasSize(2).isSorted();
    assertThat(deadlines(first.body())).containsExactly(both.get(0));
    Matcher count =
        Pattern.compile("The first 1 of ([0-9,]+) running clocks").matcher(first.body());
    assertThat(count.find()).as(first.body()).isTrue();
    assertThat(Long.parseLong(count.group(1).replace(",", ""))).isGreaterThanOrEqualTo(2);
    assertThat(first.body())
        .contains("id=\"custody-clocks-more\"", "/investigations/custody/clocks?shown=101")
        .contains("hx-get=\"/investigations/custody/clocks?shown=1\"");
  }

  private static List<Long> deadlines(String html) {
    Matcher m =
        Pattern.compile("class=\"custody-clock\"[^>]*data-deadline=\"([0-9]+)\"").matcher(html);
    List<Long> deadlines = new ArrayList<>();
    while (m.find()) {
      deadlines.add(Long.parseLong(m.group(1)));
    }
    return deadlines;
  }

  private HttpClientSession signedIn(String user) {
    HttpClientSession session = new HttpClientSession(port);
    session.signIn(user, "demo");
    return session;
  }

  private static String errorOf(String html, String field) {
    Matcher m = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(html);
    assertThat(m.find()).as(field + "-error slot").isTrue();
    return m.group(1).strip();
  }

  private static String attribute(String html, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private static String rowOf(String html, String id) {
    int start = html.indexOf("id=\"clock-" + id + "\"");
    assertThat(start).isNotNegative();
    return html.substring(Math.max(0, start - 20), Math.min(html.length(), start + 300));
  }
}
