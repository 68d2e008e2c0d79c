package kz.ecase.cases.court.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.ecase.cases.court.integration.CourtSystem.CourtCase;
import kz.ecase.cases.court.integration.CourtSystem.CourtSystemException;
import kz.ecase.simulators.Behaviour;
import kz.ecase.simulators.CourtSettings;
import kz.ecase.simulators.Latency;
import kz.ecase.simulators.RegistrySimulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP client against the simulated court. */
class HttpCourtSystemTest {

  RegistrySimulators simulators;
  HttpCourtSystem client;

  @BeforeEach
  void start() {
    simulators = RegistrySimulators.start(0);
    simulators.court().configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    simulators.court().configure(CourtSettings.MANUAL);
    client =
        new HttpCourtSystem(
            HttpClient.newHttpClient(),
            JsonMapper.builder().build(),
            () -> simulators.baseUrl() + "/court",
            "k3y",
            // generous: these tests are about what is exchanged; a saturated CI machine once took
            // over 5 s for a first request to the freshly started simulators
            Duration.ofSeconds(10),
            Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    simulators.close();
  }

  @Test
  void theSameReferenceIsReceivedAsTheSameCase() throws IOException {
    simulators.court().configure(simulators.court().behaviour().withApiKey("k3y"));

    CourtSystem.Receipt first = client.submit("267100011000003-7", file("267100011000003-7"));
    CourtSystem.Receipt again = client.submit("267100011000003-7", file("267100011000003-7"));

    assertThat(again.caseNumber()).isEqualTo(first.caseNumber());
    assertThat(first.fileSha256()).hasSize(64);
    assertThat(first.acceptedAt()).isNotNull();
    assertThat(simulators.court().casesCreated("267100011000003-7")).isEqualTo(1);
  }

  @Test
  void changesSinceAMomentCarryTheDecisionAndTheReturnAsReported() throws IOException {
    Instant before = Instant.now().minusSeconds(1);
    String decided = client.submit("A-1", file("A-1")).caseNumber();
    String returned = client.submit("B-1", file("B-1")).caseNumber();
    simulators.court().decide(decided, "ORDER", "Штраф 100 МРП");
    simulators.court().returnCase(returned, "Нет экспертизы");

    List<CourtCase> changed = client.changedSince(before);

    CourtCase order =
        changed.stream().filter(c -> c.reference().equals("A-1")).findFirst().orElseThrow();
    CourtCase back =
        changed.stream().filter(c -> c.reference().equals("B-1")).findFirst().orElseThrow();
    assertThat(order.decided()).isTrue();
    assertThat(order.decisionKind()).isEqualTo("ORDER");
    assertThat(order.asReported()).contains("Штраф 100 МРП").contains(decided);
    assertThat(back.returned()).isTrue();
    assertThat(back.reason()).isEqualTo("Нет экспертизы");
    assertThat(client.checkpoint().treeSize()).isZero();
  }

  @Test
  void anOutageOrAWrongKeyIsTemporaryARefusedFileIsPermanent() {
    simulators.court().configure(Behaviour.DEFAULT.withOutage(true));
    assertThatThrownBy(() -> client.submit("C-1", file("C-1")))
        .isInstanceOfSatisfying(
            CourtSystemException.class, e -> assertThat(e.permanent()).isFalse());
    simulators.court().configure(Behaviour.DEFAULT.withApiKey("other"));
    assertThatThrownBy(() -> client.changedSince(Instant.now()))
        .isInstanceOfSatisfying(
            CourtSystemException.class, e -> assertThat(e.permanent()).isFalse());

    simulators.court().configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    assertThatThrownBy(() -> client.submit("D-1", "not a zip".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CourtSystemException.class,
            e -> {
              assertThat(e.permanent()).isTrue();
              assertThat(e.getMessage()).contains("400").contains("invalid-court-file");
            });
  }

  @Test
  void anUnreachableCourtIsTemporary() {
    HttpCourtSystem nowhere =
        new HttpCourtSystem(
            HttpClient.newHttpClient(),
            JsonMapper.builder().build(),
            () -> "http://127.0.0.1:1/court",
            "",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    assertThatThrownBy(nowhere::checkpoint)
        .isInstanceOfSatisfying(
            CourtSystemException.class, e -> assertThat(e.permanent()).isFalse());
  }

  private static byte[] file(String reference) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(
            ("{\"format\":1,\"reference\":\""
                    + reference
                    + "\",\"case\":{\"erdrNumber\":\"267100011000003\"},\"sentBy\":{\"kind\":"
                    + "\"ORDER_PROTOCOL\"}}")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
