package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff protocol page's forms sent as a browser sends them: each role is offered only its
 * steps; a step taken meanwhile by someone else is refused on top of the page with nothing
 * recorded; a first PIN typed twice on the form makes the key and signs; a person is sent to the
 * portal.
 */
@EcaseIntegrationTest
class ProtocolStaffPageIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "173205";

  @LocalServerPort int port;

  HttpClientSession http;
  ProtocolApi officer;
  String id;

  @BeforeEach
  void registered() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
  }

  @Test
  void eachRoleIsOfferedItsOwnSteps() {
    String asOfficer = page("officer").get(path() + "?lang=en").body();
    String asHead = page("head").get(path() + "?lang=en").body();
    String asDutyProsecutor = page("duty-prosecutor").get(path() + "?lang=en").body();

    assertThat(asOfficer).contains("id=\"step-SERVE\"").doesNotContain("id=\"step-CANCEL\"");
    assertThat(asHead).contains("id=\"step-SERVE\"", "id=\"step-CANCEL\"");
    assertThat(asDutyProsecutor).doesNotContain("id=\"step-").contains("id=\"no-steps\"");
    assertThat(page("citizen").get(path()).status()).isEqualTo(403);
  }

  @Test
  void aStepTakenMeanwhileIsRefusedOnTopAndNothingIsRecorded() {
    HttpClientSession browser = page("officer");
    String csrf = HttpClientSession.csrfTokenOf(browser.get(path()).body());
    officer.stepped(id, "SERVE", PIN);

    Reply again = serve(browser, csrf, Map.of("pin", PIN));

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("id=\"refused\"").doesNotContain("id=\"step-SERVE\"");
    assertThat(officer.protocol(id).json().get("events").size()).isEqualTo(2);
  }

  @Test
  void aFirstPinTypedTwiceOnTheFormMakesTheKeyAndSigns() {
    ProtocolApi.dropKey(http, "officer");
    HttpClientSession browser = page("officer");
    String html = browser.get(path() + "?lang=en").body();
    assertThat(html).contains("id=\"pin-repeat-SERVE\"");
    String csrf = HttpClientSession.csrfTokenOf(html);

    Reply differing = serve(browser, csrf, Map.of("pin", "123", "repeat", "456"));
    Reply served = serve(browser, csrf, Map.of("pin", PIN, "repeat", PIN));

    assertThat(differing.body()).contains("6 to 12 digits.");
    assertThat(served.raw().uri().getQuery()).isEqualTo("done=SERVE");
    assertThat(officer.status(id)).isEqualTo("SERVED");
  }

  private Reply serve(HttpClientSession browser, String csrf, Map<String, String> fields) {
    Map<String, String> form = new java.util.HashMap<>(fields);
    form.put("_csrf", csrf);
    form.put("transition", "SERVE");
    return browser.postForm(path() + "/steps?lang=en", form);
  }

  private HttpClientSession page(String username) {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn(username, "demo");
    return browser;
  }

  private String path() {
    return "/offences/protocols/" + id;
  }
}
