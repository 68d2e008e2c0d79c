package kz.ecase.offences.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import kz.ecase.procedure.Sourced;

/**
 * The fine rules in one place: a fine is set in MCI within the article's range and converted with
 * the MCI of the offence year; a person entitled to the discount who pays by the discount deadline
 * pays 50 %, anyone else the full fine.
 */
public final class FineCalculator {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final MciTable mci;

  public FineCalculator(MciTable mci) {
    this.mci = mci;
  }

  /** The fine of {@code mciAmount} MCI under the article, refused outside its range. */
  public Fine impose(Article article, Offender offender, int mciAmount, LocalDate offenceDate) {
    Sourced<FineRange> range =
        offender == Offender.INDIVIDUAL ? article.fineIndividual() : article.fineLegalEntity();
    if (range.value() == null) {
      throw new IllegalArgumentException(
          (range.isUnknown() ? "the fine range of " : "no fine for ")
              + offender
              + " under "
              + article.code()
              + " ("
              + article.number()
              + ")"
              + (range.isUnknown() ? " is unknown in the catalogue" : " in the catalogue"));
    }
    if (!range.value().contains(mciAmount)) {
      throw new IllegalArgumentException(
          mciAmount
              + " MCI is outside "
              + article.code()
              + "'s range of "
              + range.value()
              + " MCI");
    }
    long tengePerMci = mci.tengeOn(offenceDate);
    BigDecimal tenge = BigDecimal.valueOf(tengePerMci).multiply(BigDecimal.valueOf(mciAmount));
    return new Fine(
        article.code(),
        mciAmount,
        offenceDate.getYear(),
        tengePerMci,
        tenge.setScale(2, RoundingMode.UNNECESSARY),
        range.confirmed());
  }

  /**
   * What a payment on {@code paidOn} must be: half the fine when the discount applies and the
   * payment is made on or before the deadline, otherwise the full fine.
   */
  public BigDecimal amountDue(
      Fine fine, boolean discountApplies, LocalDate discountDeadline, LocalDate paidOn) {
    if (discountApplies && !paidOn.isAfter(discountDeadline)) {
      return fine.tenge().multiply(HALF).setScale(2, RoundingMode.HALF_UP);
    }
    return fine.tenge();
  }
}
