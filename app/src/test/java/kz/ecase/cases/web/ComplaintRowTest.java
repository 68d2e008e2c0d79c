package kz.ecase.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.ecase.cases.complaints.Complaint;
import org.junit.jupiter.api.Test;

class ComplaintRowTest {

  static final Instant FILED = Instant.parse("2026-12-01T06:00:00Z");
  static final Instant DEADLINE = FILED.plus(Duration.ofDays(3));

  @Test
  void aComplaintWaitingPastItsTermIsOverdueAndHasWaitedUntilNow() {
    ComplaintRow row = ComplaintRow.of(complaint(null, null), DEADLINE.plusSeconds(7200));

    assertThat(row.waiting()).isTrue();
    assertThat(row.overdue()).isTrue();
    assertThat(row.term().overdue()).isTrue();
    assertThat(row.waited()).isEqualTo(new TermLeft.Span(true, 3, 2));
  }

  @Test
  void aComplaintInTermIsNotOverdue() {
    ComplaintRow row = ComplaintRow.of(complaint(null, null), FILED.plus(Duration.ofHours(5)));

    assertThat(row.overdue()).isFalse();
    assertThat(row.term().secondsLeft()).isEqualTo(Duration.ofHours(67).toSeconds());
  }

  @Test
  void aDecidedComplaintIsNeverOverdueAndWaitedUntilItsDecision() {
    Instant decided = FILED.plus(Duration.ofHours(30));
    ComplaintRow row = ComplaintRow.of(complaint("REJECTED", decided), DEADLINE.plusSeconds(99));

    assertThat(row.waiting()).isFalse();
    assertThat(row.overdue()).isFalse();
    assertThat(row.waited()).isEqualTo(new TermLeft.Span(true, 1, 6));
  }

  private static Complaint complaint(String decision, Instant decidedAt) {
    return new Complaint(
        UUID.randomUUID(),
        "Ж-26-710001-000001",
        "710001",
        null,
        null,
        "850315401231",
        "citizen",
        "CITIZEN",
        FILED,
        "text",
        DEADLINE,
        decision,
        decision == null ? null : "reasons",
        decision == null ? null : "supervisor",
        decidedAt,
        decision == null ? null : "0".repeat(64));
  }
}
