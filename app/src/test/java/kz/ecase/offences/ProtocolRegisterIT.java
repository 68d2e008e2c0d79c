package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.procedure.ProcedureCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/offences/protocols}: an officer finds their own protocols by number, IIN or
 * plate, of a status and registration days, never a colleague's; the head of the unit and the
 * supervising prosecutor list their jurisdiction's, by officer; a refused search names every field
 * at fault.
 */
@EcaseIntegrationTest
class ProtocolRegisterIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String OTHER_IIN = "791028302728";
  static final String PIN = "141421";

  @LocalServerPort int port;
  @Autowired ProcedureCalendar calendar;

  HttpClientSession http;
  ProtocolApi officer;
  ProtocolApi investigator;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    investigator = ProtocolApi.withFreshPin(http, "investigator", PIN);
  }

  @Test
  void anOfficerFindsTheirOwnProtocolsByNumberIinOrPlate() {
    Map<String, Object> withPlate = form(CITIZEN_IIN, PIN);
    String plate = "7" + (System.nanoTime() % 100_000) + "KZ01";
    withPlate.put("plate", plate.toLowerCase());
    String mine = officer.register(withPlate).json().get("number").asString();
    String other = officer.register(form(OTHER_IIN, PIN)).json().get("number").asString();
    String colleagues =
        investigator.register(form(CITIZEN_IIN, PIN)).json().get("number").asString();
    String today = calendar.dateOf(Instant.now()).toString();

    assertThat(numbers(officer, "q=" + mine)).containsExactly(mine);
    assertThat(numbers(officer, "q=" + plate.toLowerCase())).containsExactly(mine);
    assertThat(numbers(officer, "q=" + CITIZEN_IIN)).contains(mine).doesNotContain(other);
    assertThat(numbers(officer, "q=" + colleagues)).as("a colleague's protocol").isEmpty();
    assertThat(numbers(officer, "from=" + today + "&to=" + today + "&limit=200"))
        .contains(mine, other)
        .doesNotContain(colleagues);
    assertThat(numbers(officer, "q=" + mine + "&status=REGISTERED")).containsExactly(mine);
    assertThat(numbers(officer, "q=" + mine + "&status=SERVED")).isEmpty();
    assertThat(numbers(officer, "q=" + mine + "&from=" + LocalDate.parse(today).plusDays(1)))
        .isEmpty();

    Reply line = get(officer.token(), "q=" + mine);
    assertThat(line.json().get(0).get("articleNumber").asString()).startsWith("592");
    assertThat(line.json().get(0).get("articleTitles").get("ru").asString()).isNotBlank();
    assertThat(line.json().get(0).get("plate").asString()).isEqualTo(plate.toUpperCase());
  }

  @Test
  void theHeadAndTheSupervisorListTheirJurisdictionByOfficer() {
    String officers = officer.register(form(CITIZEN_IIN, PIN)).json().get("number").asString();
    String colleagues =
        investigator.register(form(CITIZEN_IIN, PIN)).json().get("number").asString();
    String head = http.token("head", "demo");
    String supervisor = http.token("supervisor", "demo");

    assertThat(numbers(head, "q=" + CITIZEN_IIN + "&limit=200")).contains(officers, colleagues);
    assertThat(numbers(head, "q=" + CITIZEN_IIN + "&officer=investigator&limit=200"))
        .contains(colleagues)
        .doesNotContain(officers);
    assertThat(numbers(supervisor, "q=" + officers)).containsExactly(officers);
  }

  @Test
  void aRefusedSearchNamesEveryFieldAtFault() {
    Reply refused =
        get(officer.token(), "status=FORGOTTEN&from=5.12.2026&to=x&limit=0&q=" + "9".repeat(21));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("q", "status", "from", "to", "limit");
  }

  private List<String> numbers(ProtocolApi api, String query) {
    return numbers(api.token(), query);
  }

  private List<String> numbers(String token, String query) {
    Reply reply = get(token, query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().valueStream().map(line -> line.get("number").asString()).toList();
  }

  private Reply get(String token, String query) {
    return http.get(ProtocolApi.PROTOCOLS + "?" + query, auth(token));
  }
}
