package kz.ecase.investigations;

import java.time.Instant;
import kz.ecase.investigations.domain.ErdrNumber;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.RegisterNumbers;
import org.springframework.stereotype.Component;

/**
 * Numbers of the Unified Register of Pre-trial Investigations (ERDR): the next number of the unit's
 * counter for the year, gap-free, in the caller's transaction. A registration takes one; so does a
 * case severed from another (it is a new case of the register).
 */
@Component
public class ErdrRegister {

  private final RegisterNumbers numbers;
  private final ProcedureCalendar calendar;

  ErdrRegister(RegisterNumbers numbers, ProcedureCalendar calendar) {
    this.numbers = numbers;
    this.calendar = calendar;
  }

  /** The next ERDR number of the unit, for a case registered at {@code at}. */
  public String newNumber(UnitCode unit, Instant at) {
    int year = calendar.dateOf(at).getYear();
    long sequence = numbers.next(ErdrNumber.REGISTER, ErdrNumber.counterUnit(unit), year);
    return ErdrNumber.of(year, unit, ErdrNumber.INTERNAL_AFFAIRS, sequence).value();
  }
}
