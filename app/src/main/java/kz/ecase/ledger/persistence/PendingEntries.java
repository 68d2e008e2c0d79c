package kz.ecase.ledger.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entries recorded with their business change, waiting for the integrator. */
@Repository
public class PendingEntries {

  /** One waiting entry. */
  public record Pending(long id, String recordKey, String unit, String subject, byte[] entry) {}

  private final JdbcClient jdbc;

  PendingEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long add(Pending entry) {
    return jdbc.sql(
            """
            insert into ledger_pending (record_key, unit, subject, entry)
            values (:key, :unit, :subject, :entry) returning id
            """)
        .param("key", entry.recordKey())
        .param("unit", entry.unit())
        .param("subject", entry.subject())
        .param("entry", entry.entry())
        .query(Long.class)
        .single();
  }

  /** The oldest waiting entries, in the order they were recorded. */
  public List<Pending> oldest(int limit) {
    return jdbc.sql(
            "select id, record_key, unit, subject, entry from ledger_pending order by id limit :limit")
        .param("limit", limit)
        .query(Pending.class)
        .list();
  }

  public void remove(List<Long> ids) {
    jdbc.sql("delete from ledger_pending where id = any(:ids)")
        .param("ids", ids.toArray(Long[]::new))
        .update();
  }

  public long count() {
    return jdbc.sql("select count(*) from ledger_pending").query(Long.class).single();
  }

  public boolean isWaiting(long id) {
    return jdbc.sql("select exists (select 1 from ledger_pending where id = :id)")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }
}
