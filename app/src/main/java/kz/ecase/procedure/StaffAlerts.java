package kz.ecase.procedure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff alerts as facts: raised in the transaction of what they report (so an alert exists exactly
 * when its cause committed), shown in the recipient's workspace, marked read by the recipient, and
 * kept.
 */
@Service
public class StaffAlerts {

  /** Which alerts are the user's: addressed to them, or to their role in their unit's area. */
  private static final String ADDRESSED =
      "(a.recipient_user = :user or (a.recipient_role = :role and a.unit like :area))";

  /** An alert as its recipient sees it. */
  public record Shown(StaffAlert alert, boolean read) {}

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  StaffAlerts(JdbcClient jdbc, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Raises the alert unless one with its dedupe key was raised before.
   *
   * @return whether it was raised now
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean raise(StaffAlert alert) {
    boolean raised =
        jdbc.sql(
                    "insert into staff_alerts (id, raised_at, unit, recipient_user, recipient_role,"
                        + " kind, text, message_key, message_args, link, dedupe_key) values (:id,"
                        + " :at, :unit, :user, :role, :kind, :text, :messageKey,"
                        + " cast(:args as jsonb), :link, :key) on conflict (dedupe_key) do nothing")
                .param("id", alert.id())
                .param("at", Timestamp.from(alert.raisedAt()))
                .param("unit", alert.unit().value())
                .param("user", alert.recipientUser())
                .param("role", alert.recipientRole() == null ? null : alert.recipientRole().name())
                .param("kind", alert.kind())
                .param("text", alert.text())
                .param("messageKey", alert.messageKey())
                .param("args", json.writeValueAsString(alert.arguments()))
                .param("link", alert.link())
                .param("key", alert.dedupeKey())
                .update()
            == 1;
    if (raised) {
      events.publishEvent(new StaffAlertRaised(alert));
    }
    return raised;
  }

  /** The user's alerts, newest first: addressed to them, or to their role in their unit's area. */
  public List<Shown> of(CurrentUser user, int limit) {
    return jdbc.sql(
            "select a.*, r.alert_id is not null as read from staff_alerts a"
                + " left join staff_alert_reads r on r.alert_id = a.id and r.username = :user"
                + " where "
                + ADDRESSED
                + " order by a.raised_at desc limit :limit")
        .params(addressee(user))
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Shown(
                    new StaffAlert(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("raised_at").toInstant(),
                        UnitCode.of(rs.getString("unit")),
                        rs.getString("recipient_user"),
                        rs.getString("recipient_role") == null
                            ? null
                            : Role.valueOf(rs.getString("recipient_role")),
                        rs.getString("kind"),
                        rs.getString("text"),
                        rs.getString("message_key"),
                        arguments(rs.getString("message_args")),
                        rs.getString("link"),
                        rs.getString("dedupe_key")),
                    rs.getBoolean("read")))
        .list();
  }

  /** How many of the user's alerts are unread. */
  public long unread(CurrentUser user) {
    return jdbc.sql(
            "select count(*) from staff_alerts a where "
                + ADDRESSED
                + " and not exists (select 1 from staff_alert_reads r where r.alert_id = a.id"
                + " and r.username = :user)")
        .params(addressee(user))
        .query(Long.class)
        .single();
  }

  /**
   * Marks one of the user's alerts read (again: nothing changes).
   *
   * @return false when the user has no such alert
   */
  @Transactional
  public boolean markRead(CurrentUser user, UUID alertId) {
    boolean theirs =
        jdbc.sql("select count(*) from staff_alerts a where a.id = :id and " + ADDRESSED)
                .params(addressee(user))
                .param("id", alertId)
                .query(Long.class)
                .single()
            == 1;
    if (theirs) {
      jdbc.sql(
              "insert into staff_alert_reads (alert_id, username, read_at) values (:id, :user,"
                  + " :at) on conflict do nothing")
          .param("id", alertId)
          .param("user", user.username())
          .param("at", Timestamp.from(clock.instant()))
          .update();
    }
    return theirs;
  }

  private List<String> arguments(String array) {
    return List.of(json.readValue(array, String[].class));
  }

  private static Map<String, Object> addressee(CurrentUser user) {
    return Map.of(
        "user",
        user.username(),
        "role",
        user.role().name(),
        "area",
        user.unit() == null ? "-" : user.unit().value() + "%");
  }
}
