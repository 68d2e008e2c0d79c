package kz.ecase.platform;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Refuses to start the {@code prod} profile while any {@link ProductionCheck} has a problem. */
@Component
@Profile("prod")
class ProductionReadiness implements SmartInitializingSingleton {

  private final List<ProductionCheck> checks;

  ProductionReadiness(List<ProductionCheck> checks) {
    this.checks = checks;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems = checks.stream().flatMap(check -> check.problems().stream()).toList();
    if (!problems.isEmpty()) {
      throw new StartupRefusedException(
          "The prod profile refuses to start:\n - " + String.join("\n - ", problems));
    }
  }
}
