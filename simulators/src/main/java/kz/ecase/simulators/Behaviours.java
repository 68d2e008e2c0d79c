package kz.ecase.simulators;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The current behaviour of every registry, changed at run time by the admin API or from Java. */
final class Behaviours {

  private final Map<Registry, Behaviour> current = new ConcurrentHashMap<>();

  Behaviours() {
    reset();
  }

  Behaviour of(Registry registry) {
    return current.get(registry);
  }

  void set(Registry registry, Behaviour behaviour) {
    current.put(registry, Objects.requireNonNull(behaviour, "behaviour"));
  }

  /** Applies the change atomically; if it throws, the behaviour stays as it was. */
  Behaviour update(Registry registry, UnaryOperator<Behaviour> change) {
    return current.compute(registry, (unused, behaviour) -> change.apply(behaviour));
  }

  void reset() {
    for (Registry registry : Registry.values()) {
      current.put(registry, Behaviour.DEFAULT);
    }
  }

  /** Every registry's behaviour, in the order of {@link Registry}. */
  Map<Registry, Behaviour> all() {
    return new EnumMap<>(current);
  }
}
