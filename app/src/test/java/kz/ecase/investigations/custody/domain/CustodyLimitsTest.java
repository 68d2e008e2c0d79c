package kz.ecase.investigations.custody.domain;

import static kz.ecase.investigations.custody.domain.CustodyTestData.ADULT;
import static kz.ecase.investigations.custody.domain.CustodyTestData.LIMITS;
import static kz.ecase.investigations.custody.domain.CustodyTestData.almaty;
import static kz.ecase.investigations.custody.domain.CustodyTestData.hours;
import static kz.ecase.investigations.custody.domain.CustodyTestData.iinBornOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import kz.ecase.kernel.Iin;
import kz.ecase.procedure.CsvTable;
import kz.ecase.procedure.LawValue;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.Sourced;
import org.junit.jupiter.api.Test;

/** How long a person may be held, by the law in force on the day of restriction. */
class CustodyLimitsTest {

  @Test
  void theDetentionLimitIsTheOneInForceOnTheDayOfRestrictionInAlmaty() {
    CustodyLimit before =
        LIMITS.limitOf(CustodyKind.DETENTION, ADULT, null, almaty("2021-12-31T23:30"));
    CustodyLimit after =
        LIMITS.limitOf(CustodyKind.DETENTION, ADULT, null, almaty("2022-01-01T00:30"));

    assertThat(before.duration()).isEqualTo(hours(72));
    assertThat(after.duration()).isEqualTo(hours(48));
    assertThat(after.key()).isEqualTo(CustodyLimits.DETENTION);
  }

  @Test
  void seventyTwoHoursOnlyOnAStatedGroundAndThreeForADelivery() {
    Instant at = almaty("2026-12-05T10:00");

    assertThat(LIMITS.limitOf(CustodyKind.DETENTION, ADULT, null, at).duration())
        .isEqualTo(hours(48));
    assertThat(
            LIMITS.limitOf(CustodyKind.DETENTION, ADULT, DetentionGround.TERRORISM, at).duration())
        .isEqualTo(hours(72));
    assertThat(LIMITS.limitOf(CustodyKind.DELIVERY, ADULT, null, at).duration())
        .isEqualTo(hours(3));
  }

  @Test
  void aMinorAtTheMomentOfRestrictionIsHeldAtMostADayWhateverTheGround() {
    Iin born15June2008 = iinBornOn(LocalDate.of(2008, 6, 15));
    Instant lastMinuteAsMinor = almaty("2026-06-14T23:59");
    Instant eighteenthBirthday = almaty("2026-06-15T00:00");

    CustodyLimit minor =
        LIMITS.limitOf(CustodyKind.DETENTION, born15June2008, null, lastMinuteAsMinor);
    CustodyLimit minorOnGround =
        LIMITS.limitOf(
            CustodyKind.DETENTION,
            born15June2008,
            DetentionGround.ESPECIALLY_GRAVE_CRIME,
            lastMinuteAsMinor);
    CustodyLimit adult =
        LIMITS.limitOf(CustodyKind.DETENTION, born15June2008, null, eighteenthBirthday);

    assertThat(LIMITS.minorAt(born15June2008, lastMinuteAsMinor)).isTrue();
    assertThat(LIMITS.minorAt(born15June2008, eighteenthBirthday)).isFalse();
    assertThat(minor.duration()).isEqualTo(hours(24));
    assertThat(minor.key()).isEqualTo(CustodyLimits.DETENTION_MINOR);
    assertThat(minorOnGround.duration()).isEqualTo(hours(24));
    assertThat(adult.duration()).isEqualTo(hours(48));
  }

  @Test
  void theBirthdayCountsInAlmatyNotInUtc() {
    Iin born15June2008 = iinBornOn(LocalDate.of(2008, 6, 15));
    // 19:30 UTC on 14 June is 00:30 on 15 June in Almaty: already 18.
    Instant justAfterMidnightInAlmaty = Instant.parse("2026-06-14T19:30:00Z");

    assertThat(LIMITS.minorAt(born15June2008, justAfterMidnightInAlmaty)).isFalse();
  }

  @Test
  void aLeapDayBirthdayComesOfAgeOnTheFirstOfMarch() {
    Iin born29February2008 = iinBornOn(LocalDate.of(2008, 2, 29));

    assertThat(LIMITS.minorAt(born29February2008, almaty("2026-02-28T12:00"))).isTrue();
    assertThat(LIMITS.minorAt(born29February2008, almaty("2026-03-01T00:00"))).isFalse();
  }

  @Test
  void theProsecutorIsAlertedAtThreeQuartersOfTheLimit() {
    Instant restricted = almaty("2026-12-05T10:00");
    CustodyLimit minor =
        LIMITS.limitOf(
            CustodyKind.DETENTION, iinBornOn(LocalDate.of(2010, 1, 1)), null, restricted);
    CustodyLimit delivery = LIMITS.limitOf(CustodyKind.DELIVERY, ADULT, null, restricted);

    assertThat(minor.alertAt(restricted)).isEqualTo(restricted.plus(hours(18)));
    assertThat(minor.deadline(restricted)).isEqualTo(restricted.plus(hours(24)));
    assertThat(delivery.alertAt(restricted)).isEqualTo(restricted.plus(Duration.ofMinutes(135)));
  }

  @Test
  void anEntryMoreThanAnHourAfterTheRestrictionIsLate() {
    Instant restricted = almaty("2026-12-05T10:00");

    assertThat(LIMITS.late(restricted, restricted.plus(hours(1)))).isFalse();
    assertThat(LIMITS.late(restricted, restricted.plus(hours(1)).plusSeconds(1))).isTrue();
    assertThat(LIMITS.late(restricted, restricted.minusSeconds(60))).isFalse();
  }

  @Test
  void theShippedLawHasEveryLimitWithItsSource() {
    LawValues shipped =
        new LawValues(
            CsvTable.fromClasspath("law/investigations-custody.csv").stream()
                .map(
                    row ->
                        new LawValue(
                            row.get("key"),
                            LocalDate.parse(row.get("valid_from")),
                            row.get("valid_until").isEmpty()
                                ? null
                                : LocalDate.parse(row.get("valid_until")),
                            Sourced.parse(row.get("value"), String::strip),
                            row.get("source")))
                .toList());
    LocalDate today = LocalDate.of(2026, 12, 5);
    CustodyLimits limits = new CustodyLimits(shipped, CustodyTestData.ALMATY);

    Set<String> keys =
        shipped.all().stream()
            .map(LawValue::key)
            .filter(key -> key.startsWith("investigations.custody."))
            .collect(Collectors.toSet());
    assertThat(keys)
        .containsExactlyInAnyOrder(
            CustodyLimits.DELIVERY,
            CustodyLimits.DETENTION,
            CustodyLimits.DETENTION_EXCEPTIONAL,
            CustodyLimits.DETENTION_MINOR,
            CustodyLimits.LATE_ENTRY);
    keys.forEach(key -> assertThat(shipped.on(key, today).source()).isNotBlank());
    assertThat(
            limits
                .limitOf(CustodyKind.DETENTION, ADULT, null, almaty("2026-12-05T10:00"))
                .duration())
        .isEqualTo(hours(48));
  }
}
