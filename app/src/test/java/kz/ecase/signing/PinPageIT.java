package kz.ecase.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A staff member sets and changes their signing PIN on a page, every fault beside its field. */
@EcaseIntegrationTest
class PinPageIT {

  @LocalServerPort int port;

  @Test
  void pinIsSetOnThePageThenChangedOnlyWithTheCurrentOne() {
    HttpClientSession api = new HttpClientSession(port);
    int reset =
        api.delete(
                "/api/signing/keys/analyst",
                "Authorization",
                "Bearer " + api.token("admin", "demo"))
            .status();
    assertThat(reset).isIn(204, 404);
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("analyst", "demo");
    String page = browser.get("/signing/pin?lang=en").body();

    Reply mismatched =
        browser.postForm(
            "/signing/pin",
            Map.of("_csrf", HttpClientSession.csrfTokenOf(page), "pin", "12345", "repeat", "x"));
    Reply set =
        browser.postForm(
            "/signing/pin",
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(page),
                "pin", "864200",
                "repeat", "864200",
                "back", "/investigations/reports/new"));
    Reply again =
        browser.postForm(
            "/signing/pin",
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(page),
                "pin", "864201",
                "repeat", "864201"));

    assertThat(mismatched.body()).contains("id=\"pin-error\"").contains("6 to 12 digits.");
    assertThat(set.raw().uri().getPath()).isEqualTo("/investigations/reports/new");
    assertThat(again.body())
        .contains("id=\"currentPin-error\"")
        .contains("enter the current one to change it");
  }
}
