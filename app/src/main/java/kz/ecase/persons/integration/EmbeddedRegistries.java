package kz.ecase.persons.integration;

import java.util.List;
import kz.ecase.platform.EmbeddedSimulators;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.simulators.RegistrySimulators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the embedded default (no registry address configured) ecase starts its registry simulators
 * in-process on a free port, so that a look-up works out of the box with synthetic people. Never in
 * production: the {@code prod} profile refuses to start with them.
 */
@Component
@ConditionalOnProperty(name = "ecase.persons.base-url", havingValue = "", matchIfMissing = true)
public class EmbeddedRegistries implements EmbeddedSimulators, ProductionCheck, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRegistries.class);

  private final RegistrySimulators simulators;

  EmbeddedRegistries() {
    this.simulators = RegistrySimulators.start(0);
    log.info("Registry simulators (synthetic people) at {}", simulators.baseUrl());
  }

  /** Where the simulated registries (and the SMS gateway, under {@code /sms}) answer. */
  @Override
  public String baseUrl() {
    return simulators.baseUrl();
  }

  /** The simulators' own controls (latency, errors, outages), for tests and benchmarks. */
  public RegistrySimulators simulators() {
    return simulators;
  }

  @Override
  public List<String> problems() {
    return List.of("the state registries are simulated: set ECASE_REGISTRIES_URL");
  }

  @Override
  public void destroy() {
    simulators.close();
  }
}
