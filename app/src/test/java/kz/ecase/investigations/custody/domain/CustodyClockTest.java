package kz.ecase.investigations.custody.domain;

import static kz.ecase.investigations.custody.domain.CustodyTestData.ADULT;
import static kz.ecase.investigations.custody.domain.CustodyTestData.LIMITS;
import static kz.ecase.investigations.custody.domain.CustodyTestData.almaty;
import static kz.ecase.investigations.custody.domain.CustodyTestData.hours;
import static kz.ecase.investigations.custody.domain.CustodyTestData.iinBornOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A clock's rules beyond its table: kinds, reasons, times, the overrun once and for good. */
class CustodyClockTest {

  private static final Instant RESTRICTED = almaty("2026-12-05T10:00");
  private static final Instant ENTERED = RESTRICTED.plusSeconds(600);

  private static CustodyClock detention() {
    CustodyClock clock = CustodyClock.of(CustodyKind.DETENTION, ADULT, null, LIMITS);
    clock.start("officer", ENTERED, RESTRICTED, "Застигнут при совершении кражи");
    return clock;
  }

  private static CustodyClock delivery() {
    CustodyClock clock = CustodyClock.of(CustodyKind.DELIVERY, ADULT, null, LIMITS);
    clock.start("officer", ENTERED, RESTRICTED, "Доставлен для установления личности");
    return clock;
  }

  @Test
  void theClockRunsFromTheMomentOfRestrictionNotFromTheEntry() {
    CustodyClock clock = detention();

    assertThat(clock.status()).isEqualTo(CustodyStatus.RUNNING);
    assertThat(clock.restrictedAt()).isEqualTo(RESTRICTED);
    assertThat(clock.deadline()).isEqualTo(RESTRICTED.plus(hours(48)));
    assertThat(clock.alertAt()).isEqualTo(RESTRICTED.plus(hours(36)));
  }

  @Test
  void aRestrictionInTheFutureOrWithoutGroundsIsRefused() {
    CustodyClock clock = CustodyClock.of(CustodyKind.DETENTION, ADULT, null, LIMITS);

    assertThatThrownBy(() -> clock.start("officer", ENTERED, ENTERED.plusSeconds(600), "x"))
        .isInstanceOf(CustodyRuleException.class)
        .extracting("field")
        .isEqualTo("restrictedAt");
    assertThatThrownBy(() -> clock.start("officer", ENTERED, RESTRICTED, " "))
        .extracting("field")
        .isEqualTo("reasons");
    assertThat(clock.status()).isEqualTo(CustodyStatus.NEW);
  }

  @Test
  void aDeliveryHasNoGroundOfDetention() {
    assertThatThrownBy(
            () -> CustodyClock.of(CustodyKind.DELIVERY, ADULT, DetentionGround.EXTREMISM, LIMITS))
        .extracting("field")
        .isEqualTo("exceptionalGround");
  }

  @Test
  void theOverrunIsRecordedOnlyOnceItsMomentHasComeAndOnlyOnce() {
    CustodyClock clock = detention();
    Instant deadline = clock.deadline();

    assertThat(clock.overrunDue(deadline.minusSeconds(1))).isFalse();
    assertThatThrownBy(() -> clock.overrun(deadline.minusSeconds(1)))
        .isInstanceOf(CustodyRuleException.class);
    assertThat(clock.overrunDue(deadline)).isTrue();

    CustodyEvent overrun = clock.overrun(deadline.plusSeconds(30));

    assertThat(overrun.actor()).isEqualTo(CustodyClock.SYSTEM);
    assertThat(overrun.at()).as("dated at the moment it happened").isEqualTo(deadline);
    assertThat(clock.status()).isEqualTo(CustodyStatus.OVERRUN);
    clock.declareIllegal("duty-prosecutor", deadline.plusSeconds(60), "Срок истёк");
    assertThat(clock.overrunDue(deadline.plusSeconds(90))).isFalse();
    assertThatThrownBy(() -> clock.overrun(deadline.plusSeconds(90)))
        .isInstanceOf(CustodyRuleException.class);
    clock.release("officer", deadline.plusSeconds(120), "");
    assertThat(clock.overrun()).as("an overrun stays on record").isTrue();
  }

  @Test
  void theProsecutorCannotConfirmADetentionPastItsLimit() {
    CustodyClock clock = detention();

    assertThatThrownBy(() -> clock.confirmLegal("duty-prosecutor", clock.deadline(), ""))
        .isInstanceOf(CustodyRuleException.class);
    clock.confirmLegal("duty-prosecutor", clock.deadline().minusSeconds(1), "");
    assertThat(clock.status()).isEqualTo(CustodyStatus.CHECKED);
  }

  @Test
  void aCorrectionKeepsTheOriginalAndNeedsTheCheckAgain() {
    CustodyClock clock = detention();
    clock.confirmLegal("duty-prosecutor", ENTERED.plusSeconds(60), "");
    Instant earlier = RESTRICTED.minus(hours(2));

    assertThatThrownBy(
            () -> clock.correctTime("officer", ENTERED.plusSeconds(120), RESTRICTED, "same"))
        .extracting("field")
        .isEqualTo("restrictedAt");
    assertThatThrownBy(() -> clock.correctTime("officer", ENTERED.plusSeconds(120), earlier, ""))
        .extracting("field")
        .isEqualTo("reasons");
    CustodyEvent corrected =
        clock.correctTime("officer", ENTERED.plusSeconds(120), earlier, "Видеозапись: 08:00");

    assertThat(corrected.restrictedAt()).isEqualTo(earlier);
    assertThat(clock.restrictedAt()).isEqualTo(earlier);
    assertThat(clock.originalRestrictedAt()).isEqualTo(RESTRICTED);
    assertThat(clock.deadline()).isEqualTo(earlier.plus(hours(48)));
    assertThat(clock.status()).isEqualTo(CustodyStatus.RUNNING);
  }

  @Test
  void aCorrectionAcrossTheChangeOfLawTakesTheLimitOfTheCorrectedDay() {
    CustodyClock clock = CustodyClock.of(CustodyKind.DETENTION, ADULT, null, LIMITS);
    clock.start("officer", almaty("2022-01-01T02:00"), almaty("2022-01-01T00:30"), "Кража");
    assertThat(clock.limit().duration()).isEqualTo(hours(48));

    clock.correctTime(
        "officer", almaty("2022-01-01T03:00"), almaty("2021-12-31T23:30"), "Рапорт патруля");

    assertThat(clock.limit().duration()).isEqualTo(hours(72));
  }

  @Test
  void onlyADeliveryBecomesADetentionAndOnlyADetentionEndsInCustody() {
    assertThatThrownBy(() -> detention().convertToDetention("officer", ENTERED, "Кража"))
        .isInstanceOf(CustodyRuleException.class);
    assertThatThrownBy(() -> delivery().transferToCustody("officer", ENTERED, "Санкция суда"))
        .isInstanceOf(CustodyRuleException.class);

    CustodyClock delivery = delivery();
    delivery.convertToDetention("officer", ENTERED.plusSeconds(60), "Подозрение в краже");
    assertThat(delivery.status()).isEqualTo(CustodyStatus.CONVERTED);
    assertThatThrownBy(() -> delivery.release("officer", ENTERED.plusSeconds(120), ""))
        .isInstanceOf(IllegalCustodyStepException.class);
  }

  @Test
  void aRecordedHistoryReplaysToTheSameClock() {
    CustodyClock clock =
        CustodyClock.of(CustodyKind.DETENTION, iinBornOn(LocalDate.of(2010, 5, 1)), null, LIMITS);
    clock.start("officer", ENTERED, RESTRICTED, "Кража");
    clock.confirmLegal("duty-prosecutor", ENTERED.plusSeconds(60), "");
    clock.overrun(RESTRICTED.plus(hours(24)));

    CustodyClock replayed =
        CustodyClock.replay(
            CustodyKind.DETENTION,
            iinBornOn(LocalDate.of(2010, 5, 1)),
            null,
            LIMITS,
            clock.history());

    assertThat(replayed.status()).isEqualTo(CustodyStatus.OVERRUN);
    assertThat(replayed.overrun()).isTrue();
    assertThat(replayed.minor()).isTrue();
    assertThat(replayed.deadline()).isEqualTo(RESTRICTED.plus(hours(24)));
    assertThat(replayed.history()).isEqualTo(clock.history());
  }

  @Test
  void stepsTakenByHandAreNeverTheStartOrTheOverrun() {
    CustodyClock clock = detention();
    for (CustodyStep step : new CustodyStep[] {CustodyStep.DETAIN, CustodyStep.OVERRUN}) {
      assertThatThrownBy(() -> clock.perform(step, "officer", ENTERED, "x", null))
          .isInstanceOf(CustodyRuleException.class);
    }
  }
}
