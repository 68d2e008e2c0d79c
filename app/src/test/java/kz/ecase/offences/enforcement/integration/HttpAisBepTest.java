package kz.ecase.offences.enforcement.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import kz.ecase.offences.enforcement.integration.AisBep.AisBepException;
import kz.ecase.offences.enforcement.integration.AisBep.Materials;
import kz.ecase.simulators.Behaviour;
import kz.ecase.simulators.Latency;
import kz.ecase.simulators.RegistrySimulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP client against the simulated AIS BEP. */
class HttpAisBepTest {

  RegistrySimulators simulators;
  HttpAisBep client;

  @BeforeEach
  void start() {
    simulators = RegistrySimulators.start(0);
    simulators.enforcement().configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    client =
        new HttpAisBep(
            HttpClient.newHttpClient(),
            JsonMapper.builder().build(),
            () -> simulators.baseUrl() + "/enforcement",
            "k3y",
            Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    simulators.close();
  }

  @Test
  void theSameReferenceIsAcknowledgedWithTheSameCase() {
    simulators.enforcement().configure(simulators.enforcement().behaviour().withApiKey("k3y"));

    AisBep.Acknowledgement first = client.submit(materials("26710001000042"));
    AisBep.Acknowledgement again = client.submit(materials("26710001000042"));

    assertThat(again.caseNumber()).isEqualTo(first.caseNumber());
    assertThat(first.acceptedAt()).isNotNull();
    assertThat(simulators.enforcement().casesCreated("26710001000042")).isEqualTo(1);
    assertThat(client.status(first.caseNumber()).orElseThrow().status()).isEqualTo("ACCEPTED");
  }

  @Test
  void anExecutedCaseReportsTheAmountAReturnedOneTheReason() {
    String executed = client.submit(materials("A")).caseNumber();
    String returned = client.submit(materials("B")).caseNumber();
    simulators.enforcement().execute(executed, new BigDecimal("43250.00"));
    simulators.enforcement().returnCase(returned, "Нет имущества");

    AisBep.CaseStatus collected = client.status(executed).orElseThrow();
    AisBep.CaseStatus back = client.status(returned).orElseThrow();

    assertThat(collected.executed()).isTrue();
    assertThat(collected.collectedKzt()).isEqualByComparingTo("43250");
    assertThat(back.returned()).isTrue();
    assertThat(back.reason()).isEqualTo("Нет имущества");
    assertThat(client.status("BEP-1999-00000000")).isEmpty();
  }

  @Test
  void anOutageIsTemporaryAndRefusedMaterialsArePermanent() {
    simulators.enforcement().configure(Behaviour.DEFAULT.withOutage(true));
    assertThatThrownBy(() -> client.submit(materials("C")))
        .isInstanceOfSatisfying(AisBepException.class, e -> assertThat(e.permanent()).isFalse());

    simulators.enforcement().configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    Materials noDebtor =
        new Materials("D", "id", "D", "p", null, "a", BigDecimal.TEN, "710001", null, null, "h");
    assertThatThrownBy(() -> client.submit(noDebtor))
        .isInstanceOfSatisfying(AisBepException.class, e -> assertThat(e.permanent()).isTrue());
  }

  @Test
  void anUnreachableServiceIsTemporary() {
    simulators.close();
    assertThatThrownBy(() -> client.submit(materials("E")))
        .isInstanceOfSatisfying(AisBepException.class, e -> assertThat(e.permanent()).isFalse());
  }

  private static Materials materials(String reference) {
    return new Materials(
        reference,
        "6f1c2a0e-0000-4000-8000-000000000001",
        reference,
        "267100010000424",
        "850315401231",
        "speeding-20-40",
        new BigDecimal("43250.00"),
        "710001",
        LocalDate.of(2026, 6, 26),
        LocalDate.of(2026, 7, 26),
        "ab".repeat(32));
  }
}
