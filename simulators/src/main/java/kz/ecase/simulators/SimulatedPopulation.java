package kz.ecase.simulators;

import java.time.Clock;

/**
 * For the tests of systems that ask the simulated registries: whether the synthetic population has
 * a file on an IIN (everyone with a valid IIN has, but about 2 %, chosen by the IIN itself), so a
 * test that needs the person found picks an IIN the population knows instead of failing now and
 * then on an unregistered one.
 */
public final class SimulatedPopulation {

  private SimulatedPopulation() {}

  /** Whether the population register answers this IIN with a person (today's clock). */
  public static boolean registers(String iin) {
    return Iin.parse(iin).map(new Population(Clock.systemUTC())::isRegistered).orElse(false);
  }
}
