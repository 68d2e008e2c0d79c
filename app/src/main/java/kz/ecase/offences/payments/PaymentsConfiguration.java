package kz.ecase.offences.payments;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.ecase.platform.FormTargets;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider's client (ECASE_PAYMENTS_URL, or the in-process simulator) and the check of
 * its callbacks' signatures (ECASE_PAYMENTS_SECRET, or on the embedded default the secret the
 * platform generated for the simulated provider).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsProperties.class)
@EnableScheduling
class PaymentsConfiguration {

  @Bean
  PaymentProviderClient paymentProviderClient(
      PaymentsProperties properties,
      ObjectProvider<EmbeddedSimulators> simulators,
      JsonMapper json) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    return new HttpPaymentProviderClient(
        http,
        json,
        () -> {
          if (!properties.providerUrl().isBlank()) {
            return properties.providerUrl().replaceAll("/+$", "");
          }
          EmbeddedSimulators embedded = simulators.getIfAvailable();
          if (embedded == null || !embedded.simulates(SimulatedSystem.PAYMENTS)) {
            throw new PaymentProviderClient.ProviderUnavailableException(
                "No payment provider address: set ECASE_PAYMENTS_URL", null);
          }
          return embedded.baseUrl(SimulatedSystem.PAYMENTS);
        },
        properties.timeout());
  }

  @Bean
  NotificationSignature notificationSignature(
      PaymentsProperties properties, ObjectProvider<EmbeddedSimulators> simulators, Clock clock) {
    String secret = properties.secret();
    EmbeddedSimulators embedded = simulators.getIfAvailable();
    if (secret.isBlank() && embedded != null && embedded.simulates(SimulatedSystem.PAYMENTS)) {
      secret = embedded.paymentSecret();
    }
    return new NotificationSignature(secret, properties.signatureWindow(), clock);
  }

  /**
   * The citizen's "Pay" ends in a redirect to the provider's checkout: its origin (configured, or
   * that of the provider's API, or of the in-process simulator) must be a form target of ecase's
   * pages.
   */
  @Bean
  FormTargets paymentCheckout(
      PaymentsProperties properties, ObjectProvider<EmbeddedSimulators> simulators) {
    // configured addresses are checked now: a wrong one stops the start, not every page
    String configured =
        !properties.checkoutOrigin().isBlank()
            ? FormTargets.originOf(properties.checkoutOrigin())
            : properties.providerUrl().isBlank()
                ? null
                : FormTargets.originOf(properties.providerUrl());
    return () -> {
      if (configured != null) {
        return List.of(configured);
      }
      EmbeddedSimulators embedded = simulators.getIfAvailable();
      return embedded == null || !embedded.simulates(SimulatedSystem.PAYMENTS)
          ? List.of()
          : List.of(FormTargets.originOf(embedded.baseUrl(SimulatedSystem.PAYMENTS)));
    };
  }

  /** Production takes payments from a real provider, with a secret of its own. */
  @Bean
  ProductionCheck paymentProviderConfigured(PaymentsProperties properties) {
    return () -> {
      List<String> problems = new ArrayList<>();
      if (properties.providerUrl().isBlank()) {
        problems.add("payments go to the simulated provider: set ECASE_PAYMENTS_URL");
      }
      if (properties.secret().length() < 32) {
        problems.add(
            "payment callbacks need a shared secret of at least 32 characters:"
                + " set ECASE_PAYMENTS_SECRET");
      }
      return problems;
    };
  }
}
