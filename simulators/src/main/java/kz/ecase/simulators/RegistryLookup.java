package kz.ecase.simulators;

/**
 * How one registry answers a request for a path below its own name, such as {@code
 * persons/850315401231} or {@code plates/123ABC01}, once latency and faults have had their turn.
 */
@FunctionalInterface
interface RegistryLookup {

  Answer lookUp(String path);
}
