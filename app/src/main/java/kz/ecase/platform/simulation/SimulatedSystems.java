package kz.ecase.platform.simulation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/** Which external systems have no configured address, and so are simulated. */
final class SimulatedSystems {

  private SimulatedSystems() {}

  static Set<SimulatedSystem> in(PropertyResolver environment) {
    return Arrays.stream(SimulatedSystem.values())
        .filter(system -> !StringUtils.hasText(environment.getProperty(system.property())))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SimulatedSystem.class)));
  }
}
