package kz.ecase.procedure;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free sequence numbers of a register per unit and year (protocols, ERDR numbers): the next
 * number is counted in the caller's transaction, which holds the counter's row lock until it ends,
 * so concurrent registrations of one unit queue here and a rolled-back one leaves no gap.
 *
 * <p>A record whose paper carries its number (a protocol's PDF, signed) would hold that lock while
 * the paper is made. It may instead make the paper with the number it expects ({@link #peek} + 1)
 * and then {@link #claim} exactly that number, which locks the counter only from the claim to the
 * commit; when another registration took the number meanwhile the claim fails and the caller starts
 * again with {@link #next}. Within this instance, {@link #enter} keeps such guesses from failing:
 * only a registration alone at its counter guesses, the others wait until its claim is made and
 * then take the next number the locking way. Either way the number is counted in the record's own
 * transaction: a rolled-back registration leaves no gap.
 */
@Service
public class RegisterNumbers {

  /** How long a registration waits for the claim of the one guessing before it (then goes on). */
  private static final long CLAIM_WAIT_MILLIS = 5_000;

  private final JdbcClient jdbc;

  /** Per counter in this instance: registrations under way and the guessing one's claim. */
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  RegisterNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param register which register, e.g. {@code offences.protocol}
   * @param unit the key of the unit's sequence (six digits)
   * @return 1 for the first record of the unit in the year, then 2, 3, …
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String register, String unit, int year) {
    // The counter exists but for a unit's first record of the year: a plain update writes one WAL
    // record (an insert ... on conflict do update writes two, the row's lock and its update).
    return jdbc.sql(
            "update procedure_register_counters set last_value = last_value + 1"
                + " where register = :register and unit = :unit and year = :year"
                + " returning last_value")
        .param("register", register)
        .param("unit", unit)
        .param("year", year)
        .query(Long.class)
        .optional()
        .orElseGet(() -> first(register, unit, year));
  }

  /** The year's first number, or the next when a concurrent first has just created the row. */
  private long first(String register, String unit, int year) {
    return jdbc.sql(
            "insert into procedure_register_counters (register, unit, year, last_value)"
                + " values (:register, :unit, :year, 1) on conflict (register, unit, year)"
                + " do update set last_value = procedure_register_counters.last_value + 1"
                + " returning last_value")
        .param("register", register)
        .param("unit", unit)
        .param("year", year)
        .query(Long.class)
        .single();
  }

  /** The last number counted, as committed (0 before the first): a guess, not a reservation. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long peek(String register, String unit, int year) {
    return jdbc.sql(
            "select last_value from procedure_register_counters"
                + " where register = :register and unit = :unit and year = :year")
        .param("register", register)
        .param("unit", unit)
        .param("year", year)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /**
   * Counts {@code number} if it is the next one (holding the counter's row lock until the caller's
   * transaction ends, as {@link #next}); false, counting nothing, when another record has it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean claim(String register, String unit, int year, long number) {
    if (number == 1) {
      return jdbc.sql(
                  "insert into procedure_register_counters (register, unit, year, last_value)"
                      + " values (:register, :unit, :year, 1) on conflict do nothing")
              .param("register", register)
              .param("unit", unit)
              .param("year", year)
              .update()
          == 1;
    }
    return jdbc.sql(
                "update procedure_register_counters set last_value = :number"
                    + " where register = :register and unit = :unit and year = :year"
                    + " and last_value = :number - 1")
            .param("register", register)
            .param("unit", unit)
            .param("year", year)
            .param("number", number)
            .update()
        == 1;
  }

  /**
   * A registration's turn at a counter in this instance, before its transaction: it may guess its
   * number ({@link Turn#guesses()}) when no other registration of this instance is under way at the
   * counter; otherwise it has waited until the guessing registration before it claimed its number
   * (at most a few seconds), so that taking the next number cannot take the guessed one. {@link
   * Turn#close()} when the registration has committed or failed.
   */
  public Turn enter(String register, String unit, int year) {
    Counter counter =
        counters.computeIfAbsent(register + '/' + unit + '/' + year, k -> new Counter());
    CompletableFuture<Void> pending;
    Turn turn;
    synchronized (counter) {
      counter.underWay++;
      if (counter.underWay == 1) {
        turn = new Turn(counter, true);
        counter.guess = turn.claimed;
        return turn;
      }
      pending = counter.guess;
      turn = new Turn(counter, false);
    }
    if (pending != null) {
      try {
        pending.get(CLAIM_WAIT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // the guess is taken or lost: the locking way is safe either way
      }
    }
    return turn;
  }

  private static final class Counter {
    int underWay;
    CompletableFuture<Void> guess;
  }

  /** See {@link #enter}. */
  public static final class Turn implements AutoCloseable {

    private final Counter counter;
    private final boolean guesses;
    private final CompletableFuture<Void> claimed = new CompletableFuture<>();

    private Turn(Counter counter, boolean guesses) {
      this.counter = counter;
      this.guesses = guesses;
    }

    /** Whether this registration may make its paper before it claims its number. */
    public boolean guesses() {
      return guesses;
    }

    /** The guessed number is claimed (or the claim failed): the others may take theirs. */
    public void claimed() {
      claimed.complete(null);
    }

    @Override
    public void close() {
      claimed.complete(null);
      synchronized (counter) {
        counter.underWay--;
        if (counter.guess == claimed) {
          counter.guess = null;
        }
      }
    }
  }
}
