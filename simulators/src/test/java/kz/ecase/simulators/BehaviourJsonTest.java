package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class BehaviourJsonTest {

  BehaviourJson json = new BehaviourJson(JsonMapper.builder().build());

  @Test
  void aBehaviourIsShownWithAllItsFields() {
    assertThat(json.toJson(Behaviour.DEFAULT).toString())
        .isEqualTo(
            "{\"latencyMs\":{\"min\":20,\"max\":80},\"errorRate\":0.0,\"hangRate\":0.0,"
                + "\"outage\":false,\"apiKey\":null}");
    assertThat(json.toJson(Behaviour.DEFAULT.withLatency(Latency.logNormal(200, 800))).toString())
        .contains("\"latencyMs\":{\"median\":200,\"p99\":800}");
  }

  @Test
  void anUpdateChangesOnlyTheFieldsItNames() {
    Behaviour current = Behaviour.DEFAULT.withApiKey("key").withErrorRate(0.5);

    assertThat(json.update(current, "{\"outage\":true}")).isEqualTo(current.withOutage(true));
    assertThat(json.update(current, "{}")).isEqualTo(current);
    assertThat(json.update(current, "{\"apiKey\":null,\"hangRate\":0.25}"))
        .isEqualTo(current.withApiKey(null).withHangRate(0.25));
    assertThat(json.update(current, "{\"latencyMs\":{\"median\":300,\"p99\":900}}").latency())
        .isEqualTo(Latency.logNormal(300, 900));
    assertThat(json.update(current, "{\"latencyMs\":{\"min\":50,\"max\":120}}").latency())
        .isEqualTo(Latency.uniform(50, 120));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json                                   | the body is not JSON",
        "[1]                                        | must be a JSON object",
        "{\"errorRate\":1.5}                         | errorRate must be from 0.0 to 1.0",
        "{\"hangRate\":\"high\"}                     | hangRate must be a number",
        "{\"outage\":\"yes\"}                        | outage must be true or false",
        "{\"apiKey\":42}                             | apiKey must be a string or null",
        "{\"apiKey\":\"\"}                           | apiKey must not be blank",
        "{\"latencyMs\":{\"min\":100,\"max\":50}}    | latency max must not be less than min",
        "{\"latencyMs\":{\"min\":10}}                | latencyMs takes",
        "{\"latencyMs\":{\"min\":1,\"p99\":5}}       | latencyMs takes",
        "{\"latencyMs\":50}                          | latencyMs takes",
        "{\"latencyMs\":{\"min\":1.5,\"max\":5}}     | latencyMs.min must be a whole number",
        "{\"latencyMs\":{\"min\":0,\"max\":90000}}   | latency max must be from 0 to 60000 ms",
        "{\"errorrate\":0.1}                         | unknown field 'errorrate'"
      })
  void anInvalidUpdateIsRefusedWithAReason(String body, String reason) {
    assertThatThrownBy(() -> json.update(Behaviour.DEFAULT, body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
