package kz.ecase.procedure;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of a procedure's step journal, written once: every procedure keeps its steps in a table
 * of its own with the same columns ({@code <key>, seq, type, from_status, to_status, at, actor,
 * reasons, receipt, document_sha256}, primary key on the record and the sequence). A procedure's
 * {@link StepJournal} reads and appends through this.
 */
public final class StepTable {

  private final JdbcClient jdbc;
  private final String select;
  private final String insert;
  private final String key;

  /**
   * @param table the journal table, e.g. {@code offence_protocol_events}
   * @param key its column naming the record, e.g. {@code protocol_id}
   */
  public StepTable(JdbcClient jdbc, String table, String key) {
    if (!table.matches("[a-z_]+") || !key.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table or column name: " + table + ", " + key);
    }
    this.jdbc = jdbc;
    this.key = key;
    this.select =
        "select "
            + key
            + ", seq, type, from_status, to_status, at, actor, reasons, receipt, document_sha256"
            + " from "
            + table
            + " where "
            + key
            + " = :id order by seq";
    this.insert =
        "insert into "
            + table
            + " ("
            + key
            + ", seq, type, from_status, to_status, at, actor, reasons, receipt, document_sha256)"
            + " values (:id, :seq, :type, :from, :to, :at, :actor, :reasons, :receipt, :document)";
  }

  /** The record's steps, oldest first. */
  public List<RecordedStep> steps(UUID recordId) {
    return jdbc.sql(select)
        .param("id", recordId)
        .query(
            (rs, row) ->
                new RecordedStep(
                    rs.getObject(key, UUID.class),
                    rs.getInt("seq"),
                    rs.getString("type"),
                    rs.getString("from_status"),
                    rs.getString("to_status"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("reasons"),
                    rs.getLong("receipt"),
                    rs.getString("document_sha256")))
        .list();
  }

  /**
   * Appends the step.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the record has a step of its
   *     sequence number already
   */
  public void append(RecordedStep step) {
    jdbc.sql(insert)
        .param("id", step.recordId())
        .param("seq", step.seq())
        .param("type", step.step())
        .param("from", step.from())
        .param("to", step.to())
        .param("at", Timestamp.from(step.at()))
        .param("actor", step.actor())
        .param("reasons", step.reasons())
        .param("receipt", step.receipt())
        .param("document", step.documentSha256())
        .update();
  }
}
