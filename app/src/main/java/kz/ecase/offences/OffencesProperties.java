package kz.ecase.offences;

import java.time.Period;
import java.util.Map;
import kz.ecase.offences.domain.MciTable;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The offences module's settings: law that changes by year is configuration, not code.
 *
 * @param mci the MCI in tenge per year ({@code ecase.offences.mci.2026=4325})
 * @param appealTerm how long after the decision an appeal may be filed
 * @param discountWorkingDays working days after the protocol for the 50 % discounted payment
 * @param voluntaryPaymentTerm how long after entry into force before enforcement
 * @param appealDecisionTerm within how long after an appeal is filed the head of unit decides it
 *     (told to the citizen who appeals)
 */
@ConfigurationProperties("ecase.offences")
public record OffencesProperties(
    Map<Integer, Long> mci,
    @DefaultValue("10d") Period appealTerm,
    @DefaultValue("7") int discountWorkingDays,
    @DefaultValue("30d") Period voluntaryPaymentTerm,
    @DefaultValue("10d") Period appealDecisionTerm) {

  public OffencesProperties {
    mci = mci == null ? Map.of() : Map.copyOf(mci);
  }

  MciTable mciTable() {
    return new MciTable(mci);
  }

  /** The terms, counted on the kernel's calendar. */
  ProcedureTerms terms(ProcedureCalendar calendar) {
    return new ProcedureTerms(appealTerm, discountWorkingDays, voluntaryPaymentTerm, calendar);
  }
}
