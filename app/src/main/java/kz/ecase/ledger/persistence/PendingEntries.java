package kz.ecase.ledger.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Adds the entries in one multi-row insert and returns their ids in the order given. The order of
   * {@code returning} follows the rows of {@code values} in PostgreSQL; it is checked by the record
   * keys, so that a receipt never names another entry.
   */
  public List<Long> addAll(List<Pending> entries) {
    StringBuilder sql =
        new StringBuilder("insert into ledger_pending (record_key, unit, subject, entry) values ");
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Pending entry = entries.get(i);
      sql.append(i == 0 ? "" : ", ")
          .append("(:key%1$d, :unit%1$d, :subject%1$d, :entry%1$d)".formatted(i));
      params.put("key" + i, entry.recordKey());
      params.put("unit" + i, entry.unit());
      params.put("subject" + i, entry.subject());
      params.put("entry" + i, entry.entry());
    }
    sql.append(" returning id, record_key");
    List<Map.Entry<Long, String>> added =
        jdbc.sql(sql.toString())
            .params(params)
            .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("record_key")))
            .list();
    List<Long> ids = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      if (added.size() != entries.size()
          || !added.get(i).getValue().equals(entries.get(i).recordKey())) {
        throw new IllegalStateException("ledger_pending returned its rows out of order");
      }
      ids.add(added.get(i).getKey());
    }
    return ids;
  }

  /**
   * Takes the oldest waiting entries out of the table in one statement and returns them in the
   * order they were recorded. The caller's transaction holds them: if it rolls back, they wait
   * again. ({@code returning} promises no order, hence the sort.)
   */
  public List<Pending> take(int limit) {
    List<Pending> taken =
        new ArrayList<>(
            jdbc.sql(
                    """
                    delete from ledger_pending where id in (
                      select id from ledger_pending order by id limit :limit)
                    returning id, record_key, unit, subject, entry
                    """)
                .param("limit", limit)
                .query(Pending.class)
                .list());
    taken.sort(Comparator.comparingLong(Pending::id));
    return taken;
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
