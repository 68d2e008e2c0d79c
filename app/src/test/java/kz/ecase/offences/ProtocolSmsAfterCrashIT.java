package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolSmsNotice.Kind;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.simulators.SmsMessage;
import kz.ecase.testing.AppProcess;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6's acceptance: killing the app (kill -9) between registration and SMS dispatch loses
 * nothing; after a restart the SMS goes out once. The packaged app runs as a child process on the
 * test's database, with its registries and SMS gateway at a simulator of this test; the first child
 * does not dispatch SMS, so the notice is surely still in the outbox when it dies.
 */
@EcaseIntegrationTest
class ProtocolSmsAfterCrashIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";

  @Autowired DataSource dataSource;
  @Autowired EcaseProperties ecase;
  @Autowired JdbcClient jdbc;

  RegistrySimulators simulators = RegistrySimulators.start(0);
  AppProcess first;
  AppProcess second;

  @AfterEach
  void stop() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    simulators.close();
  }

  @Test
  void anSmsEnqueuedBeforeACrashGoesOutOnceAfterTheRestart() {
    first = AppProcess.start("sms-crash-first", settings(false));
    String number;
    try {
      number = registerProtocol(new HttpClientSession(first.port()));
      String ref = ProtocolSmsNotice.clientRef(number, Kind.NOTICE);
      assertThat(status(ref)).isEqualTo("PENDING");
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\n" + first.logTail(80), e);
    }
    first.kill();
    String ref = ProtocolSmsNotice.clientRef(number, Kind.NOTICE);
    assertThat(simulators.smsWithClientRef(ref)).as("nothing sent before the crash").isEmpty();
    assertThat(status(ref)).isEqualTo("PENDING");

    second = AppProcess.start("sms-crash-second", settings(true));
    try {
      Eventually.within(Duration.ofSeconds(60), () -> status(ref), "DELIVERED"::equals);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + second.logTail(80), e);
    }
    SmsMessage sms = simulators.smsWithClientRef(ref).orElseThrow();
    assertThat(sms.submissions()).isEqualTo(1);
    assertThat(sms.text()).contains(number);
    List<String> toThePhone =
        simulators.smsSentTo(sms.to()).stream().filter(text -> text.contains(number)).toList();
    assertThat(toThePhone).hasSize(1);
  }

  private Map<String, String> settings(boolean dispatch) {
    Map<String, String> settings =
        new HashMap<>(AppProcess.sharing(dataSource, ecase.dataDirectory()));
    settings.put("ECASE_REGISTRIES_URL", simulators.baseUrl());
    settings.put("ECASE_SMS_URL", simulators.smsBaseUrl());
    settings.put("ECASE_SMS_DISPATCH", Boolean.toString(dispatch));
    settings.put("ECASE_REMINDERS", "false");
    return settings;
  }

  private String registerProtocol(HttpClientSession http) {
    Map<String, Object> form = ProtocolApi.form(CITIZEN_IIN, PIN);
    form.put("description", "Скорость 87 км/ч при ограничении 60 км/ч");
    Reply reply = ProtocolApi.withFreshPin(http, "officer", PIN).register(form);
    return reply.json().get("number").asString();
  }

  private String status(String ref) {
    return jdbc.sql("select status from sms_outbox where client_ref = :ref")
        .param("ref", ref)
        .query(String.class)
        .optional()
        .orElse("(none)");
  }
}
