package kz.ecase.ledger.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
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
   * A batch taken for sequencing: the waiting entries in the order they were recorded, the tree's
   * size when they were taken, and for each entry's record the index of its latest sequenced entry
   * (none for a record's first).
   */
  public record Batch(long treeSize, List<Pending> entries, Map<String, Long> latest) {}

  /**
   * Takes the oldest waiting entries out of the table and reads, in the same statement (one
   * snapshot, one round trip), the tree's size and their records' latest indexes from {@code
   * ledger_leaves}. The caller's transaction holds the entries: if it rolls back, they wait again.
   * The caller must hold the integrator's lock before this statement starts, so that its snapshot
   * sees every batch sequenced before. ({@code returning} promises no order, hence the sort.)
   */
  public Batch take(int limit) {
    List<Pending> taken = new ArrayList<>();
    Map<String, Long> latest = new HashMap<>();
    long[] size = {0};
    jdbc.sql(
            """
            with taken as (
              delete from ledger_pending where id in (
                select id from ledger_pending order by id limit :limit)
              returning id, record_key, unit, subject, entry)
            select t.id, t.record_key, t.unit, t.subject, t.entry,
              (select max(l.idx) from ledger_leaves l where l.record_key = t.record_key) as latest,
              (select coalesce(max(idx) + 1, 0) from ledger_leaves) as size
            from taken t
            """)
        .param("limit", limit)
        .query(
            (RowCallbackHandler)
                rs -> {
                  Pending entry =
                      new Pending(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getBytes(5));
                  taken.add(entry);
                  long index = rs.getLong(6);
                  if (!rs.wasNull()) {
                    latest.put(entry.recordKey(), index);
                  }
                  size[0] = rs.getLong(7);
                });
    taken.sort(Comparator.comparingLong(Pending::id));
    return new Batch(size[0], taken, latest);
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
