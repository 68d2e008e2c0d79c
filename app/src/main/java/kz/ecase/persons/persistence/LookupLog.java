package kz.ecase.persons.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.identity.CurrentUser;
import kz.ecase.persons.Purpose;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The look-up log: who looked up whom, when, why, and what answered. */
@Repository
public class LookupLog {

  /**
   * One look-up. {@code sources}: {@code registry=STATUS} pairs, comma-separated. {@code
   * protocolId} and {@code protocolNumber}: the protocol a draft's look-up came to serve, once that
   * draft is registered (none before, and for other look-ups).
   */
  public record Entry(
      UUID id,
      Instant at,
      String username,
      String userName,
      String userRole,
      String userUnit,
      String iin,
      String purpose,
      String sources,
      boolean complete,
      boolean flagged,
      long receipt,
      UUID protocolId,
      String protocolNumber) {

    /** A look-up as recorded, not (yet) linked to a protocol. */
    public Entry(
        UUID id,
        Instant at,
        String username,
        String userName,
        String userRole,
        String userUnit,
        String iin,
        String purpose,
        String sources,
        boolean complete,
        boolean flagged,
        long receipt) {
      this(
          id, at, username, userName, userRole, userUnit, iin, purpose, sources, complete, flagged,
          receipt, null, null);
    }

    /** Whether it was made while an officer drafted a protocol. */
    public boolean forProtocolDraft() {
      return Purpose.describesProtocolDraft(purpose);
    }

    /** A look-up by the user, as the log keeps it. */
    public static Entry by(
        CurrentUser user,
        UUID id,
        Instant at,
        String iin,
        String purpose,
        String sources,
        boolean complete,
        boolean flagged,
        long receipt) {
      return new Entry(
          id,
          at,
          user.username(),
          user.displayName(),
          user.role().name(),
          user.unit().value(),
          iin,
          purpose,
          sources,
          complete,
          flagged,
          receipt);
    }
  }

  private static final String COLUMNS =
      "id, looked_up_at, username, user_name, user_role, user_unit, iin, purpose, sources,"
          + " complete, flagged, receipt";

  /** The columns of a listing: the look-up's, and its link to a protocol when there is one. */
  private static final String LISTED =
      "l.id, l.looked_up_at, l.username, l.user_name, l.user_role, l.user_unit, l.iin, l.purpose,"
          + " l.sources, l.complete, l.flagged, l.receipt, k.protocol_id, k.protocol_number"
          + " from person_lookups l left join person_lookup_protocols k on k.lookup_id = l.id";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  LookupLog(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public void add(Entry entry) {
    jdbc.sql(
            "insert into person_lookups ("
                + COLUMNS
                + ") values (:id, :at, :username, :userName, :userRole, :userUnit, :iin, :purpose,"
                + " :sources, :complete, :flagged, :receipt)")
        .param("id", entry.id())
        .param("at", Timestamp.from(entry.at()))
        .param("username", entry.username())
        .param("userName", entry.userName())
        .param("userRole", entry.userRole())
        .param("userUnit", entry.userUnit())
        .param("iin", entry.iin())
        .param("purpose", entry.purpose())
        .param("sources", entry.sources())
        .param("complete", entry.complete())
        .param("flagged", entry.flagged())
        .param("receipt", entry.receipt())
        .update();
  }

  /** Adds the look-ups in one batch (one multi-row insert: {@code reWriteBatchedInserts}). */
  public void addAll(List<Entry> entries) {
    template.batchUpdate(
        "insert into person_lookups (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
        entries.size(),
        (statement, e) -> {
          statement.setObject(1, e.id());
          statement.setTimestamp(2, Timestamp.from(e.at()));
          statement.setString(3, e.username());
          statement.setString(4, e.userName());
          statement.setString(5, e.userRole());
          statement.setString(6, e.userUnit());
          statement.setString(7, e.iin());
          statement.setString(8, e.purpose());
          statement.setString(9, e.sources());
          statement.setBoolean(10, e.complete());
          statement.setBoolean(11, e.flagged());
          statement.setLong(12, e.receipt());
        });
  }

  /**
   * The user's look-ups since the instant, counted up to {@code atMost} (a busy user's whole hour
   * need not be read to know that it is over a limit).
   */
  public long countByUserSince(String username, Instant since, int atMost) {
    return jdbc.sql(
            "select count(*) from (select 1 from person_lookups"
                + " where username = :username and looked_up_at > :since limit :atMost) recent")
        .param("username", username)
        .param("since", Timestamp.from(since))
        .param("atMost", atMost)
        .query(Long.class)
        .single();
  }

  /**
   * Links the user's look-ups recorded with {@code purpose} since {@code since} to the protocol
   * they came to serve (each once; a link already there stays as it is).
   *
   * @return how many look-ups were linked now
   */
  public int linkToProtocol(
      String username,
      String purpose,
      Instant since,
      UUID protocolId,
      String protocolNumber,
      Instant at) {
    return jdbc.sql(
            "insert into person_lookup_protocols (lookup_id, protocol_id, protocol_number,"
                + " linked_at) select id, :protocolId, :number, :at from person_lookups"
                + " where username = :username and looked_up_at >= :since and purpose = :purpose"
                + " on conflict (lookup_id) do nothing")
        .param("protocolId", protocolId)
        .param("number", protocolNumber)
        .param("at", Timestamp.from(at))
        .param("username", username)
        .param("since", Timestamp.from(since))
        .param("purpose", purpose)
        .update();
  }

  /** Look-ups of the person, newest first. */
  public List<Entry> aboutPerson(String iin, int limit) {
    return jdbc.sql(
            "select "
                + LISTED
                + " where l.iin = :iin"
                + " order by l.looked_up_at desc limit :limit")
        .param("iin", iin)
        .param("limit", limit)
        .query(LookupLog::entry)
        .list();
  }

  /** Look-ups by users of the unit and the units below it, newest first. */
  public List<Entry> byUnit(String unitPrefix, int limit) {
    return jdbc.sql(
            "select "
                + LISTED
                + " where l.user_unit like :prefix || '%'"
                + " order by l.looked_up_at desc limit :limit")
        .param("prefix", unitPrefix)
        .param("limit", limit)
        .query(LookupLog::entry)
        .list();
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getObject("id", UUID.class),
        rs.getTimestamp("looked_up_at").toInstant(),
        rs.getString("username"),
        rs.getString("user_name"),
        rs.getString("user_role"),
        rs.getString("user_unit"),
        rs.getString("iin"),
        rs.getString("purpose"),
        rs.getString("sources"),
        rs.getBoolean("complete"),
        rs.getBoolean("flagged"),
        rs.getLong("receipt"),
        rs.getObject("protocol_id", UUID.class),
        rs.getString("protocol_number"));
  }
}
