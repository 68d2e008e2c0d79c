package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulated SMS gateway over HTTP. */
class SmsGatewayTest {

  RegistrySimulators simulators;
  HttpClient client = HttpClient.newHttpClient();
  JsonMapper mapper = JsonMapper.builder().build();

  @BeforeEach
  void start() {
    simulators = RegistrySimulators.start(0, SyntheticPeople.fixedClock());
    simulators.configureSms(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
  }

  @AfterEach
  void stop() {
    simulators.close();
  }

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return client.send(
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + path))
            .method(method, publisher)
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void acceptsAMessageAndShowsItDelivered() throws Exception {
    var sent =
        send(
            "POST",
            "/sms/messages",
            "{\"to\":\"+77011234567\",\"text\":\"Штраф 18 460 ₸\",\"clientRef\":\"p-1\"}");
    assertThat(sent.statusCode()).isEqualTo(202);
    JsonNode accepted = mapper.readTree(sent.body());
    assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
    String id = accepted.get("id").asString();

    JsonNode message = mapper.readTree(send("GET", "/sms/messages/" + id, null).body());
    assertThat(message.get("to").asString()).isEqualTo("+77011234567");
    assertThat(message.get("text").asString()).isEqualTo("Штраф 18 460 ₸");
    assertThat(message.get("status").asString()).isEqualTo("DELIVERED");

    var list = send("GET", "/sms/messages?to=%2B77011234567", null);
    assertThat(mapper.readTree(list.body()).size()).isEqualTo(1);
    assertThat(simulators.smsSentTo("+77011234567")).containsExactly("Штраф 18 460 ₸");
    assertThat(send("GET", "/sms/messages/nope", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theSameClientRefIsTheSameMessage() throws Exception {
    String body = "{\"to\":\"+77011234567\",\"text\":\"a\",\"clientRef\":\"same\"}";
    String first = mapper.readTree(send("POST", "/sms/messages", body).body()).get("id").asString();
    String again = mapper.readTree(send("POST", "/sms/messages", body).body()).get("id").asString();
    assertThat(again).isEqualTo(first);
    assertThat(simulators.smsSentTo("+77011234567")).hasSize(1);
    assertThat(simulators.smsWithClientRef("same").orElseThrow().submissions()).isEqualTo(2);
    assertThat(simulators.smsWithClientRef("other")).isEmpty();
  }

  @Test
  void reportsMessagesToAFailingPhoneAsNotDelivered() throws Exception {
    var put =
        send(
            "PUT",
            "/admin/sms/delivery",
            "{\"failureRate\":0,\"failingPhones\":[\"+77010000001\"]}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    String failing = "{\"to\":\"+77010000001\",\"text\":\"a\",\"clientRef\":\"f\"}";
    String working = "{\"to\":\"+77010000002\",\"text\":\"a\",\"clientRef\":\"w\"}";
    String failedId =
        mapper.readTree(send("POST", "/sms/messages", failing).body()).get("id").asString();
    String deliveredId =
        mapper.readTree(send("POST", "/sms/messages", working).body()).get("id").asString();

    assertThat(status(failedId)).isEqualTo("FAILED");
    assertThat(status(deliveredId)).isEqualTo("DELIVERED");
    assertThat(send("PUT", "/admin/sms/delivery", "{\"failureRate\":1.5}").statusCode())
        .isEqualTo(400);
    assertThat(simulators.smsDelivery().failingPhones()).containsExactly("+77010000001");

    simulators.configureSmsDelivery(new SmsDelivery(1.0, java.util.List.of()));
    String always =
        mapper
            .readTree(
                send(
                        "POST",
                        "/sms/messages",
                        "{\"to\":\"+77010000002\",\"text\":\"b\",\"clientRef\":\"r\"}")
                    .body())
            .get("id")
            .asString();
    assertThat(status(always)).isEqualTo("FAILED");
  }

  private String status(String id) throws Exception {
    return mapper
        .readTree(send("GET", "/sms/messages/" + id, null).body())
        .get("status")
        .asString();
  }

  @Test
  void refusesAMalformedPhoneOrAnEmptyText() throws Exception {
    assertThat(
            send("POST", "/sms/messages", "{\"to\":\"8701\",\"text\":\"a\",\"clientRef\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "POST",
                    "/sms/messages",
                    "{\"to\":\"+77011234567\",\"text\":\" \",\"clientRef\":\"y\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(send("POST", "/sms/messages", "not json").statusCode()).isEqualTo(400);
    assertThat(simulators.smsSentTo("+77011234567")).isEmpty();
  }

  @Test
  void anOutageAnswers503UntilItEnds() throws Exception {
    var put = send("PUT", "/admin/sms", "{\"outage\":true}");
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(simulators.smsBehaviour().outage()).isTrue();
    String body = "{\"to\":\"+77011234567\",\"text\":\"a\",\"clientRef\":\"o\"}";
    assertThat(send("POST", "/sms/messages", body).statusCode()).isEqualTo(503);
    assertThat(simulators.smsSentTo("+77011234567")).isEmpty();

    simulators.configureSms(simulators.smsBehaviour().withOutage(false));
    assertThat(send("POST", "/sms/messages", body).statusCode()).isEqualTo(202);
    assertThat(send("PUT", "/admin/sms", "{\"errorRate\":2}").statusCode()).isEqualTo(400);
  }
}
