package kz.ecase.investigations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.platform.database.NameWords;
import kz.ecase.platform.database.ReplicaReads;
import org.springframework.stereotype.Repository;

/**
 * The criminal register search's queries over the crime reports of the units under a prefix, the
 * latest received first: by the reporter's IIN and the KUI number on the register's indexes, by the
 * reporter's name on the trigram index of {@code crime_report_names} (docs/search.md). Each reads
 * at most {@code limit} rows, as lists are read: through {@link ReplicaReads}, from the read
 * replica when one is configured.
 */
@Repository
public class ReportSearchRows {

  /** A report as the search shows it (gravity: of its registration, null while unregistered). */
  public record Hit(
      UUID id,
      String kuiNumber,
      String unit,
      String status,
      Instant receivedAt,
      String reporterIin,
      String reporterName,
      String erdrNumber,
      String gravity) {}

  private static final String SELECT =
      "select r.id, r.kui_number, r.unit, s.status, r.received_at, r.reporter_iin,"
          + " r.reporter_name, s.erdr_number, s.gravity";

  private final ReplicaReads reads;

  ReportSearchRows(ReplicaReads reads) {
    this.reads = reads;
  }

  /** Reports made by the person of the IIN. */
  public List<Hit> byIin(String unitPrefix, String iin, int limit) {
    return byColumn("reporter_iin", unitPrefix, iin, limit);
  }

  /** The report of the KUI number (at most one). */
  public List<Hit> byNumber(String unitPrefix, String kuiNumber, int limit) {
    return byColumn("kui_number", unitPrefix, kuiNumber, limit);
  }

  /** Reports whose reporter's folded name contains every word (a–z, а–я, digits: no wildcard). */
  public List<Hit> byName(String unitPrefix, List<String> words, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = NameWords.containsEvery("f.name", words, params);
    params.put("units", unitPrefix + "%");
    params.put("limit", limit);
    return reads.read(
        db ->
            db.sql(
                    SELECT
                        + " from (select f.report_id, f.received_at from crime_report_names f"
                        + " where f.unit like :units"
                        + where
                        + " order by f.received_at desc limit :limit) hit"
                        + " join crime_reports r on r.id = hit.report_id"
                        + " join crime_report_status s on s.report_id = r.id"
                        + " order by hit.received_at desc")
                .params(params)
                .query(ReportSearchRows::hit)
                .list());
  }

  private List<Hit> byColumn(String column, String unitPrefix, String value, int limit) {
    return reads.read(
        db ->
            db.sql(
                    SELECT
                        + " from crime_reports r join crime_report_status s on s.report_id = r.id"
                        + " where r."
                        + column
                        + " = :value and r.unit like :units order by r.received_at desc limit :limit")
                .param("value", value)
                .param("units", unitPrefix + "%")
                .param("limit", limit)
                .query(ReportSearchRows::hit)
                .list());
  }

  private static Hit hit(ResultSet rs, int row) throws SQLException {
    return new Hit(
        rs.getObject("id", UUID.class),
        rs.getString("kui_number"),
        rs.getString("unit"),
        rs.getString("status"),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("reporter_iin"),
        rs.getString("reporter_name"),
        rs.getString("erdr_number"),
        rs.getString("gravity"));
  }
}
