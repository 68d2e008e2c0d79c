package kz.ecase.administration.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Administrators' signed acts, insert-only. */
@Repository
public class ActStore {

  /** A kept act. */
  public record StoredAct(
      String type,
      String recordKey,
      String actor,
      Instant actedAt,
      byte[] act,
      byte[] signature,
      long receipt) {}

  private final JdbcClient jdbc;

  ActStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(StoredAct act) {
    jdbc.sql(
            """
            insert into administrative_acts
                (type, record_key, actor, acted_at, act, signature, receipt)
            values (:type, :record, :actor, :at, :act, :signature, :receipt)
            """)
        .param("type", act.type())
        .param("record", act.recordKey())
        .param("actor", act.actor())
        .param("at", Timestamp.from(act.actedAt()))
        .param("act", act.act())
        .param("signature", act.signature())
        .param("receipt", act.receipt())
        .update();
  }

  public List<StoredAct> latest(int limit) {
    return jdbc.sql(
            """
            select type, record_key, actor, acted_at, act, signature, receipt
              from administrative_acts order by acted_at desc, id desc limit :limit
            """)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new StoredAct(
                    rs.getString("type"),
                    rs.getString("record_key"),
                    rs.getString("actor"),
                    rs.getTimestamp("acted_at").toInstant(),
                    rs.getBytes("act"),
                    rs.getBytes("signature"),
                    rs.getLong("receipt")))
        .list();
  }
}
