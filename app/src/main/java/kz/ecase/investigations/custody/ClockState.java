package kz.ecase.investigations.custody;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a clock stands as its latest step left it: its status, the moment of restriction after any
 * correction, its limit, deadline and 75 % moment, and when its 75 % alert and its overrun were
 * recorded.
 */
public record ClockState(
    UUID clockId,
    String unit,
    String kind,
    String status,
    boolean running,
    boolean minor,
    Instant restrictedAt,
    String limitKey,
    String limitValue,
    Instant deadline,
    Instant alertAt,
    Instant alertedAt,
    Instant overrunAt,
    String recordedBy) {}
