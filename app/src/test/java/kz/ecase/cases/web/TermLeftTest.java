package kz.ecase.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TermLeftTest {

  static final Instant OPENED = Instant.parse("2026-12-01T04:00:00Z");
  static final Instant DEADLINE = OPENED.plus(Duration.ofDays(10));

  @Test
  void daysAndHoursLeftWhileMoreThanADayRemains() {
    TermLeft term = TermLeft.of(OPENED, DEADLINE, OPENED.plus(Duration.ofHours(29)));

    assertThat(term.overdue()).isFalse();
    assertThat(term.span()).isEqualTo(new TermLeft.Span(true, 8, 19));
    assertThat(term.span().key()).isEqualTo("cases.span.days");
    assertThat(term.percentUsed()).isEqualTo(12);
    assertThat(term.late()).isFalse();
  }

  @Test
  void hoursAndMinutesInTheLastDayAndLateFromThreeQuarters() {
    TermLeft term = TermLeft.of(OPENED, DEADLINE, DEADLINE.minus(Duration.ofMinutes(125)));

    assertThat(term.span()).isEqualTo(new TermLeft.Span(false, 2, 5));
    assertThat(term.span().key()).isEqualTo("cases.span.hours");
    assertThat(term.late()).isTrue();
    assertThat(TermLeft.of(OPENED, DEADLINE, OPENED.plus(Duration.ofHours(179))).late())
        .as("just short of 75 %")
        .isFalse();
    assertThat(TermLeft.of(OPENED, DEADLINE, OPENED.plus(Duration.ofHours(180))).late()).isTrue();
  }

  @Test
  void overdueSaysByHowMuchAndTheBarStaysFull() {
    TermLeft term =
        TermLeft.of(OPENED, DEADLINE, DEADLINE.plus(Duration.ofDays(2)).plusSeconds(3 * 3600));

    assertThat(term.overdue()).isTrue();
    assertThat(term.span()).isEqualTo(new TermLeft.Span(true, 2, 3));
    assertThat(term.percentUsed()).isEqualTo(100);
    assertThat(term.secondsLeft()).isNegative();
    assertThat(TermLeft.of(OPENED, DEADLINE, DEADLINE).overdue())
        .as("at the deadline itself")
        .isTrue();
  }

  @Test
  void aMomentBeforeTheOpeningUsesNothing() {
    assertThat(TermLeft.of(OPENED, DEADLINE, OPENED.minusSeconds(60)).percentUsed()).isZero();
  }
}
