package kz.ecase.offences.persistence;

import java.time.LocalDate;

/**
 * What a protocol's paper says beyond the register's columns, written with it and never changed.
 *
 * @param language {@code kk} or {@code ru}: the language the person chose, of the protocol and of
 *     every act on it
 * @param offenderName as the population register answered before registration; null when it did not
 *     answer (the paper names the person by IIN only)
 * @param offenderBirthDate likewise
 * @param explanation the person's explanation as typed; null when none was given
 * @param explanationRefused whether the person refused to explain
 */
public record ProtocolParticulars(
    String language,
    String offenderName,
    LocalDate offenderBirthDate,
    String explanation,
    boolean explanationRefused) {

  /** What protocols registered before particulars were recorded are printed with. */
  public static final ProtocolParticulars NONE =
      new ProtocolParticulars("ru", null, null, null, false);

  public ProtocolParticulars {
    language = "kk".equals(language) ? "kk" : "ru";
  }
}
