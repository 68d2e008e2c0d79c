package kz.ecase.procedure;

import java.time.Instant;
import java.util.List;

/**
 * A procedure's recorded steps as its own domain events: the step and the states named by its
 * enums, so that a procedure's lifecycle replays its history from the journal in one line.
 */
public final class StepEvents {

  /** Makes a procedure's event from a recorded step's parts (usually its record's constructor). */
  @FunctionalInterface
  public interface Factory<T extends Enum<T>, S extends Enum<S>, E> {
    E event(T step, S from, S to, Instant at, String actor, String reasons);
  }

  private StepEvents() {}

  /** The steps as events, oldest first. */
  public static <T extends Enum<T>, S extends Enum<S>, E> List<E> of(
      List<RecordedStep> steps, Class<T> stepType, Class<S> stateType, Factory<T, S, E> factory) {
    return steps.stream()
        .map(
            s ->
                factory.event(
                    Enum.valueOf(stepType, s.step()),
                    Enum.valueOf(stateType, s.from()),
                    Enum.valueOf(stateType, s.to()),
                    s.at(),
                    s.actor(),
                    s.reasons()))
        .toList();
  }
}
