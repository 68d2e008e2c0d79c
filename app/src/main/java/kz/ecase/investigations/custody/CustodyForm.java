package kz.ecase.investigations.custody;

/**
 * A delivery or detention as submitted (API or page): texts as typed, checked all at once by {@link
 * CustodyValidation}.
 *
 * @param kind {@code DELIVERY} or {@code DETENTION}
 * @param restrictedAt the actual moment the person's freedom was restricted: an ISO-8601 instant or
 *     offset date-time, or a local date-time in the procedure's zone
 * @param exceptionalGround for a 72-hour detention: {@code ESPECIALLY_GRAVE_CRIME}, {@code
 *     TERRORISM} or {@code EXTREMISM}
 * @param lateReason why the entry is made more than an hour after the restriction
 * @param reference the report or case it concerns, as text
 */
public record CustodyForm(
    String kind,
    String iin,
    String restrictedAt,
    String place,
    String grounds,
    String exceptionalGround,
    String lateReason,
    String reference,
    String pin) {}
