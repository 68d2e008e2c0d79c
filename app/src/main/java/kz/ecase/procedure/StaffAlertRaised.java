package kz.ecase.procedure;

/**
 * Published when an alert was raised (after its transaction commits): other modules may pass it on,
 * e.g. as an SMS to recipients with a phone.
 */
public record StaffAlertRaised(StaffAlert alert) {}
