package kz.ecase.persons.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The name, birth date and mobile phone a draft's look-up was given ({@code
 * person_draft_identities}), by officer, draft key and IIN: one row each, the newest look-up's.
 */
@Repository
public class DraftIdentityStore {

  /** What the population register said of the person, and when the look-up was made. */
  public record Row(
      UUID lookupId, String fullName, LocalDate birthDate, String mobilePhone, Instant createdAt) {}

  private final JdbcClient jdbc;

  DraftIdentityStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the look-up's answer, replacing an earlier one of the same officer, draft and IIN. */
  public void put(String username, String draftKey, String iin, Row row) {
    jdbc.sql(
            "insert into person_draft_identities (username, draft_key, iin, lookup_id, full_name,"
                + " birth_date, mobile_phone, created_at) values (:username, :key, :iin, :lookup,"
                + " :name, :born, :phone, :at) on conflict (username, draft_key, iin) do update set"
                + " lookup_id = excluded.lookup_id, full_name = excluded.full_name, birth_date ="
                + " excluded.birth_date, mobile_phone = excluded.mobile_phone, created_at ="
                + " excluded.created_at")
        .param("username", username)
        .param("key", draftKey)
        .param("iin", iin)
        .param("lookup", row.lookupId())
        .param("name", row.fullName())
        .param("born", row.birthDate())
        .param("phone", row.mobilePhone())
        .param("at", Timestamp.from(row.createdAt()))
        .update();
  }

  /** The officer's row for the draft and IIN, if made at or after {@code since}. */
  public Optional<Row> find(String username, String draftKey, String iin, Instant since) {
    return jdbc.sql(
            "select lookup_id, full_name, birth_date, mobile_phone, created_at"
                + " from person_draft_identities"
                + " where username = :username and draft_key = :key and iin = :iin"
                + " and created_at >= :since")
        .param("username", username)
        .param("key", draftKey)
        .param("iin", iin)
        .param("since", Timestamp.from(since))
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("lookup_id", UUID.class),
                    rs.getString("full_name"),
                    rs.getObject("birth_date", LocalDate.class),
                    rs.getString("mobile_phone"),
                    rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  /** Deletes the rows made before {@code before}; returns how many. */
  public int deleteOlderThan(Instant before) {
    return jdbc.sql("delete from person_draft_identities where created_at < :before")
        .param("before", Timestamp.from(before))
        .update();
  }
}
