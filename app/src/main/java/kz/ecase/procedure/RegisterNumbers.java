package kz.ecase.procedure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free sequence numbers of a register per unit and year (protocols, ERDR numbers): the next
 * number is counted in the caller's transaction, which holds the counter's row lock until it ends,
 * so concurrent registrations of one unit queue here and a rolled-back one leaves no gap.
 */
@Service
public class RegisterNumbers {

  private final JdbcClient jdbc;

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
}
