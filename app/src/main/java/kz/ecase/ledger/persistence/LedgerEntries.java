package kz.ecase.ledger.persistence;

import java.util.List;
import java.util.Optional;
import kz.ecase.ledger.domain.RightEdge;
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

  LedgerEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  /**
   * Stores a sequenced batch in one statement: each entry's leaf and the entry itself, and the
   * interior nodes the batch completed ({@code ledger_nodes}). One statement, its text the same
   * whatever the batch's size (the server plans it once per connection), one round trip.
   */
  public void addAll(List<StoredEntry> entries, List<RightEdge.Node> nodes) {
    int n = entries.size();
    Long[] idx = new Long[n];
    String[] keys = new String[n];
    String[] units = new String[n];
    String[] subjects = new String[n];
    byte[][] bytes = new byte[n][];
    byte[][] leaves = new byte[n][];
    Long[] pendingIds = new Long[n];
    for (int i = 0; i < n; i++) {
      StoredEntry e = entries.get(i);
      idx[i] = e.idx();
      keys[i] = e.recordKey();
      units[i] = e.unit();
      subjects[i] = e.subject();
      bytes[i] = e.entry();
      leaves[i] = e.leafHash();
      pendingIds[i] = e.pendingId();
    }
    jdbc.sql(
            """
            with batch as materialized (
              select * from unnest(cast(:idx as bigint[]), cast(:keys as text[]), cast(:units as text[]),
                cast(:subjects as text[]), cast(:entries as bytea[]), cast(:leaves as bytea[]), cast(:pendingIds as bigint[]))
                as b(idx, record_key, unit, subject, entry, leaf_hash, pending_id)),
            leaves as (
              insert into ledger_leaves (idx, record_key, leaf_hash, pending_id)
              select idx, record_key, leaf_hash, pending_id from batch),
            entries as (
              insert into ledger_entries (idx, record_key, unit, subject, entry, leaf_hash, pending_id)
              select idx, record_key, unit, subject, entry, leaf_hash, pending_id from batch)
            insert into ledger_nodes (level, idx, hash)
            select * from unnest(cast(:levels as smallint[]), cast(:nodeIdx as bigint[]), cast(:hashes as bytea[]))
            """)
        .param("idx", idx)
        .param("keys", keys)
        .param("units", units)
        .param("subjects", subjects)
        .param("entries", bytes)
        .param("leaves", leaves)
        .param("pendingIds", pendingIds)
        .param("levels", nodes.stream().map(node -> (short) node.level()).toArray(Short[]::new))
        .param("nodeIdx", nodes.stream().map(RightEdge.Node::index).toArray(Long[]::new))
        .param("hashes", nodes.stream().map(node -> node.hash().bytes()).toArray(byte[][]::new))
        .update();
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
