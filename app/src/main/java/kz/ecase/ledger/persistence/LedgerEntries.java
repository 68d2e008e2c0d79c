package kz.ecase.ledger.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sequenced entries: insert-only (the database refuses updates and deletes). Each entry is stored
 * twice: whole in {@code ledger_entries}, partitioned by index, whose old partitions may be
 * detached to archive storage; and as its leaf ({@code ledger_leaves}: index, record, leaf hash,
 * pending id), never detached, which is all that sizes, proofs, records' chains and receipts need.
 * A record's entries are found through its leaves (by index): {@code ledger_entries} has no index
 * by record, one index fewer to write per entry.
 */
@Repository
public class LedgerEntries {

  /** A sequenced entry as stored. */
  public record StoredEntry(
      long idx,
      String recordKey,
      String unit,
      String subject,
      byte[] entry,
      byte[] leafHash,
      long pendingId) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  LedgerEntries(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Number of sequenced entries: the next index. */
  public long size() {
    return size(jdbc);
  }

  /** Number of sequenced entries as {@code source} (e.g. the read replica) has them. */
  public long size(JdbcClient source) {
    return source
        .sql("select coalesce(max(idx) + 1, 0) from ledger_leaves")
        .query(Long.class)
        .single();
  }

  public void addAll(List<StoredEntry> entries) {
    template.batchUpdate(
        "insert into ledger_leaves (idx, record_key, leaf_hash, pending_id) values (?, ?, ?, ?)",
        entries,
        entries.size(),
        (statement, e) -> {
          statement.setLong(1, e.idx());
          statement.setString(2, e.recordKey());
          statement.setBytes(3, e.leafHash());
          statement.setLong(4, e.pendingId());
        });
    template.batchUpdate(
        """
        insert into ledger_entries (idx, record_key, unit, subject, entry, leaf_hash, pending_id)
        values (?, ?, ?, ?, ?, ?, ?)
        """,
        entries,
        entries.size(),
        (statement, e) -> {
          statement.setLong(1, e.idx());
          statement.setString(2, e.recordKey());
          statement.setString(3, e.unit());
          statement.setString(4, e.subject());
          statement.setBytes(5, e.entry());
          statement.setBytes(6, e.leafHash());
          statement.setLong(7, e.pendingId());
        });
  }

  /**
   * The index of each record's latest entry, for the records that have one (archived or not: a
   * record's chain goes on across a detached partition).
   */
  public Map<String, Long> latestIndexes(List<String> recordKeys) {
    Map<String, Long> latest = new HashMap<>();
    jdbc.sql(
            """
            select wanted.key, latest.idx from unnest(:keys) as wanted(key)
            cross join lateral (
              select max(idx) as idx from ledger_leaves where record_key = wanted.key
            ) as latest
            where latest.idx is not null
            """)
        .param("keys", recordKeys.toArray(String[]::new))
        .query((RowCallbackHandler) rs -> latest.put(rs.getString(1), rs.getLong(2)));
    return latest;
  }

  /** The indexes of a record's entries, oldest first, including those whose payload is archived. */
  public List<Long> indexesOfRecord(String recordKey) {
    return jdbc.sql("select idx from ledger_leaves where record_key = :key order by idx")
        .param("key", recordKey)
        .query(Long.class)
        .list();
  }

  /**
   * The leaf hash of entry {@code idx} as {@code source} has it, if sequenced there; present also
   * when the entry's payload is archived.
   */
  public Optional<byte[]> leafHash(JdbcClient source, long idx) {
    return source
        .sql("select leaf_hash from ledger_leaves where idx = :idx")
        .param("idx", idx)
        .query(byte[].class)
        .optional();
  }

  public Optional<StoredEntry> find(long idx) {
    return find(jdbc, idx);
  }

  public Optional<StoredEntry> find(JdbcClient source, long idx) {
    return source
        .sql(
            """
            select idx, record_key, unit, subject, entry, leaf_hash, pending_id
            from ledger_entries where idx = :idx
            """)
        .param("idx", idx)
        .query(StoredEntry.class)
        .optional();
  }

  public List<StoredEntry> ofRecord(String recordKey) {
    return ofRecord(jdbc, recordKey);
  }

  public List<StoredEntry> ofRecord(JdbcClient source, String recordKey) {
    return source
        .sql(
            """
            select e.idx, e.record_key, e.unit, e.subject, e.entry, e.leaf_hash, e.pending_id
            from ledger_leaves l join ledger_entries e on e.idx = l.idx
            where l.record_key = :key order by l.idx
            """)
        .param("key", recordKey)
        .query(StoredEntry.class)
        .list();
  }

  /** The record's latest entry, if it has one. */
  public Optional<StoredEntry> latestOfRecord(String recordKey) {
    return jdbc.sql(
            """
            select e.idx, e.record_key, e.unit, e.subject, e.entry, e.leaf_hash, e.pending_id
            from ledger_leaves l join ledger_entries e on e.idx = l.idx
            where l.record_key = :key order by l.idx desc limit 1
            """)
        .param("key", recordKey)
        .query(StoredEntry.class)
        .optional();
  }

  public Optional<Long> indexOfPending(long pendingId) {
    return jdbc.sql("select idx from ledger_leaves where pending_id = :id")
        .param("id", pendingId)
        .query(Long.class)
        .optional();
  }
}
