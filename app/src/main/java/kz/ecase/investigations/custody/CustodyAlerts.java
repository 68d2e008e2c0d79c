package kz.ecase.investigations.custody;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;

/**
 * The alerts of a clock: at 75 % of its limit and at its overrun, to the duty prosecutors of its
 * unit and to the user who recorded it; once each (by dedupe key), in the transaction of their
 * cause.
 */
final class CustodyAlerts {

  static final String THREE_QUARTERS = "investigations.custody-75";
  static final String OVERRUN = "investigations.custody-overrun";
  static final String LINK = "/investigations/custody";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final StaffAlerts alerts;
  private final ZoneId zone;

  CustodyAlerts(StaffAlerts alerts, ZoneId zone) {
    this.alerts = alerts;
    this.zone = zone;
  }

  void threeQuarters(ClockState clock, Instant now) {
    raise(
        clock,
        now,
        THREE_QUARTERS,
        "75",
        what(clock)
            + ": прошло 75 % срока ("
            + hours(clock)
            + " ч), срок истекает "
            + time(clock.deadline()));
  }

  void overrun(ClockState clock, Instant now) {
    raise(
        clock,
        now,
        OVERRUN,
        "100",
        what(clock)
            + ": срок ("
            + hours(clock)
            + " ч) истёк "
            + time(clock.deadline())
            + ", лицо не освобождено — превышение записано");
  }

  private void raise(ClockState clock, Instant now, String kind, String mark, String text) {
    UnitCode unit = UnitCode.of(clock.unit());
    String key = "investigations.custody:" + clock.clockId() + ":" + mark;
    String link = LINK + "#clock-" + clock.clockId();
    String message = "alert.custody-" + mark + "." + clock.kind() + (clock.minor() ? ".minor" : "");
    String[] arguments = {
      clock.clockId().toString().substring(0, 8),
      String.valueOf(hours(clock)),
      time(clock.deadline())
    };
    alerts.raise(
        StaffAlert.toRole(now, unit, Role.DUTY_PROSECUTOR, kind, text, link, key + ":prosecutor")
            .saying(message, arguments));
    alerts.raise(
        StaffAlert.toUser(now, unit, clock.recordedBy(), kind, text, link, key + ":author")
            .saying(message, arguments));
  }

  private static String what(ClockState clock) {
    String kind = clock.kind().equals("DELIVERY") ? "Доставление" : "Задержание";
    return kind + (clock.minor() ? " несовершеннолетнего" : "") + " (учёт " + clock.clockId() + ")";
  }

  private static long hours(ClockState clock) {
    return java.time.Duration.parse(clock.limitValue()).toHours();
  }

  private String time(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }
}
