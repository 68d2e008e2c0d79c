package kz.ecase.investigations.custody;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery or detention as recorded (never changed): the moment of restriction as first entered,
 * when it was entered, where, on what grounds, and by whom.
 */
public record StoredClock(
    UUID id,
    String kind,
    String unit,
    String personIin,
    Instant restrictedAt,
    Instant enteredAt,
    String place,
    String grounds,
    String exceptionalGround,
    String reference,
    boolean lateEntry,
    String lateReason,
    String recordedBy,
    UUID convertedFrom) {}
