package kz.ecase.investigations.custody;

/** A running clock with its record, as the duty prosecutor's list shows it. */
public record RunningClock(ClockState state, StoredClock clock) {}
