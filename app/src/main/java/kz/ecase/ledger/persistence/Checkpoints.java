package kz.ecase.ledger.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed tree heads, one per tree size; insert-only. */
@Repository
public class Checkpoints {

  /** A stored checkpoint. */
  public record StoredCheckpoint(long treeSize, byte[] rootHash, String signedNote) {}

  private final JdbcClient jdbc;

  Checkpoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredCheckpoint> latest() {
    return latest(jdbc);
  }

  /** The latest stored checkpoint as {@code source} (e.g. the read replica) has it. */
  public Optional<StoredCheckpoint> latest(JdbcClient source) {
    return source
        .sql(
            """
            select tree_size, root_hash, signed_note from ledger_checkpoints
            order by tree_size desc limit 1
            """)
        .query(StoredCheckpoint.class)
        .optional();
  }

  /** Stores a checkpoint unless one of that size exists already (another instance was first). */
  public void add(StoredCheckpoint checkpoint) {
    jdbc.sql(
            """
            insert into ledger_checkpoints (tree_size, root_hash, signed_note)
            values (:size, :root, :note) on conflict (tree_size) do nothing
            """)
        .param("size", checkpoint.treeSize())
        .param("root", checkpoint.rootHash())
        .param("note", checkpoint.signedNote())
        .update();
  }
}
