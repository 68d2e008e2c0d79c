package kz.ecase.offences.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue versions administrators made, each stored once as its catalogue file's text. */
@Repository
public class CatalogueVersionStore {

  /**
   * A stored version.
   *
   * @param rowsCsv the version's rows as a catalogue file writes them
   * @param corrected the codes of the rows that changed, comma-separated
   */
  public record StoredVersion(
      int version,
      LocalDate effectiveFrom,
      int basedOn,
      String reason,
      String corrected,
      String createdBy,
      Instant createdAt,
      String rowsCsv) {}

  private final JdbcClient jdbc;

  CatalogueVersionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new version; fails (duplicate key) when its number was taken meanwhile. */
  public void add(StoredVersion v) {
    jdbc.sql(
            """
            insert into offence_catalogue_versions
              (version, effective_from, based_on, reason, corrected, created_by, created_at,
               rows_csv)
            values (:version, :from, :basedOn, :reason, :corrected, :by, :at, :rows)
            """)
        .param("version", v.version())
        .param("from", v.effectiveFrom())
        .param("basedOn", v.basedOn())
        .param("reason", v.reason())
        .param("corrected", v.corrected())
        .param("by", v.createdBy())
        .param("at", v.createdAt().atOffset(ZoneOffset.UTC))
        .param("rows", v.rowsCsv())
        .update();
  }

  /** Every stored version, lowest number first. */
  public List<StoredVersion> all() {
    return jdbc.sql(
            """
            select version, effective_from, based_on, reason, corrected, created_by, created_at,
                   rows_csv
            from offence_catalogue_versions order by version
            """)
        .query(
            (rs, n) ->
                new StoredVersion(
                    rs.getInt("version"),
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getInt("based_on"),
                    rs.getString("reason"),
                    rs.getString("corrected"),
                    rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("rows_csv")))
        .list();
  }

  /** The highest stored number, 0 when none: a cheap check whether another node added one. */
  public int highestVersion() {
    return jdbc.sql("select coalesce(max(version), 0) from offence_catalogue_versions")
        .query(Integer.class)
        .single();
  }
}
