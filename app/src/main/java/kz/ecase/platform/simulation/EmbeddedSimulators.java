package kz.ecase.platform.simulation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the embedded default ecase simulates every external system whose address is not configured
 * (state registries, SMS gateway, payment provider, AIS BEP, the court): this one component starts
 * the simulators' HTTP server in-process on a free loopback port, and each module's client asks it
 * for the address of its system and then speaks plain HTTP to it, as to the real one. Absent when
 * every address is configured; never acceptable in production, where each module's {@code
 * ProductionCheck} refuses a simulated system.
 *
 * <p>The simulated payment provider signs its callbacks with a secret generated here at each start
 * ({@link #paymentSecret()}), set through the simulator's admin API.
 */
@Component
@Conditional(AnySystemSimulatedCondition.class)
public class EmbeddedSimulators implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedSimulators.class);

  /**
   * A call to the simulators' server in this very JVM: it answers at once unless the machine is
   * saturated; a start under a load average of 40 waited longer than 5 s and failed.
   */
  private static final Duration SET_UP_TIMEOUT = Duration.ofSeconds(60);

  private final Set<SimulatedSystem> simulated;
  private final SimulatorServer server;
  private final String paymentSecret;

  EmbeddedSimulators(Environment environment, JsonMapper json) {
    this.simulated = SimulatedSystems.in(environment);
    this.server = SimulatorServer.start(getClass().getClassLoader());
    this.paymentSecret = randomSecret();
    try {
      putJson("/admin/payment-provider", json.writeValueAsString(Map.of("secret", paymentSecret)));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    log.info(
        "Simulators of {} at {} (embedded default; set {} for the real ones)",
        simulated.stream().map(SimulatedSystem::title).collect(Collectors.joining(", ")),
        server.baseUrl(),
        simulated.stream().map(SimulatedSystem::variable).collect(Collectors.joining(", ")));
  }

  /** Whether this system's address is unset, so that its simulator stands in. */
  public boolean simulates(SimulatedSystem system) {
    return simulated.contains(system);
  }

  /**
   * Where the simulator of this system answers, e.g. {@code http://127.0.0.1:41234/sms}, without a
   * trailing slash.
   *
   * @throws IllegalStateException when the system's address is configured (it is not simulated)
   */
  public String baseUrl(SimulatedSystem system) {
    if (!simulates(system)) {
      throw new IllegalStateException(
          system.title() + " is configured (" + system.variable() + "), not simulated");
    }
    return server.baseUrl() + system.path();
  }

  /**
   * Where a module's client reaches {@code system}: at {@code configured} when set, else at its
   * simulator on the embedded default (asked at each request, so a client made before the
   * simulators started still finds them).
   *
   * @param missing the client's own failure, given the message, when neither is there
   */
  public static Supplier<String> address(
      String configured,
      ObjectProvider<EmbeddedSimulators> simulators,
      SimulatedSystem system,
      Function<String, ? extends RuntimeException> missing) {
    return () -> {
      if (!configured.isBlank()) {
        return configured;
      }
      EmbeddedSimulators embedded = simulators.getIfAvailable();
      if (embedded == null || !embedded.simulates(system)) {
        throw missing.apply("No address of " + system.title() + ": set " + system.variable());
      }
      return embedded.baseUrl(system);
    };
  }

  /** The key the simulated payment provider signs its callbacks with (random at each start). */
  public String paymentSecret() {
    return paymentSecret;
  }

  /**
   * The running simulators as their own type ({@code kz.ecase.simulators.RegistrySimulators}), for
   * tests that control them directly; ecase's own code talks to them only over HTTP.
   */
  public <T> T running(Class<T> type) {
    return type.cast(server.instance());
  }

  @Override
  public void destroy() {
    server.close();
  }

  private void putJson(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(SET_UP_TIMEOUT)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            "The simulators refused " + path + ": " + answer.statusCode() + " " + answer.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("The simulators did not answer " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while setting up the simulators", e);
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
