package kz.ecase.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The index of recorded reads, by the record's unit and by the person read about. */
@Repository
public class ReadRows {

  /** One recorded read. */
  public record Row(
      Instant readAt,
      String reader,
      String readerName,
      String readerRole,
      String readerUnit,
      String recordKey,
      String recordUnit,
      String subject,
      String purpose,
      long receipt) {}

  private static final String COLUMNS =
      "read_at, reader, reader_name, reader_role, reader_unit, record_key, record_unit, subject,"
          + " purpose, receipt";

  private final JdbcClient jdbc;

  ReadRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(Row row) {
    jdbc.sql(
            "insert into audit_reads ("
                + COLUMNS
                + ") values (:readAt, :reader, :readerName, :readerRole, :readerUnit, :recordKey,"
                + " :recordUnit, :subject, :purpose, :receipt)")
        .param("readAt", Timestamp.from(row.readAt()))
        .param("reader", row.reader())
        .param("readerName", row.readerName())
        .param("readerRole", row.readerRole())
        .param("readerUnit", row.readerUnit())
        .param("recordKey", row.recordKey())
        .param("recordUnit", row.recordUnit())
        .param("subject", row.subject())
        .param("purpose", row.purpose())
        .param("receipt", row.receipt())
        .update();
  }

  private static Row row(ResultSet rs, int number) throws SQLException {
    return new Row(
        rs.getTimestamp("read_at").toInstant(),
        rs.getString("reader"),
        rs.getString("reader_name"),
        rs.getString("reader_role"),
        rs.getString("reader_unit"),
        rs.getString("record_key"),
        rs.getString("record_unit"),
        rs.getString("subject"),
        rs.getString("purpose"),
        rs.getLong("receipt"));
  }

  /** Reads of records of the unit and the units below it, newest first. */
  public List<Row> ofUnit(String unitPrefix, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_reads where record_unit like :prefix || '%'"
                + " order by read_at desc, id desc limit :limit")
        .param("prefix", unitPrefix)
        .param("limit", limit)
        .query(ReadRows::row)
        .list();
  }

  /** Reads of records about the person by others (not by {@code reader}), newest first. */
  public List<Row> aboutPerson(String iin, String reader, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_reads where subject = :iin and reader <> :reader"
                + " order by read_at desc, id desc limit :limit")
        .param("iin", iin)
        .param("reader", reader)
        .param("limit", limit)
        .query(ReadRows::row)
        .list();
  }
}
