package kz.ecase.offences.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.offences.domain.NamePrefixes;
import kz.ecase.platform.database.NameWords;
import kz.ecase.platform.database.ReplicaReads;
import org.springframework.stereotype.Repository;

/**
 * The staff search's queries over the protocols of the units under a prefix, the latest registered
 * first: by IIN, number and plate on the register's own indexes, by name on the B-tree of {@code
 * offence_protocol_names}' words (the beginnings of the surname, first name and later words) or its
 * trigram index (words anywhere in the name) (docs/search.md). Each reads at most {@code limit}
 * rows.
 */
@Repository
public class ProtocolSearchRows {

  /** A protocol as a search shows it. */
  public record Hit(
      UUID id,
      String number,
      String unit,
      String status,
      java.time.Instant createdAt,
      String offenderIin,
      String offenderName,
      String plate,
      String articleCode,
      int catalogueVersion) {}

  private static final String SELECT =
      "select p.id, p.number, p.unit, s.status, p.created_at, p.offender_iin, n.offender_name,"
          + " p.plate, p.article_code, p.catalogue_version";

  private static final String JOINS =
      " join offence_protocol_status s on s.protocol_id = p.id"
          + " left join offence_protocol_particulars n on n.protocol_id = p.id";

  private final ReplicaReads reads;

  ProtocolSearchRows(ReplicaReads reads) {
    this.reads = reads;
  }

  /** Protocols about the person of the IIN. */
  public List<Hit> byIin(String unitPrefix, String iin, int limit) {
    return byColumn("offender_iin", unitPrefix, iin, limit);
  }

  /** The protocol of the number (at most one). */
  public List<Hit> byNumber(String unitPrefix, String number, int limit) {
    return byColumn("number", unitPrefix, number, limit);
  }

  /** Protocols naming the plate (as stored: capitals, no spaces). */
  public List<Hit> byPlate(String unitPrefix, String plate, int limit) {
    return byColumn("plate", unitPrefix, plate, limit);
  }

  /**
   * Protocols whose person's folded name begins as the prefixes say: an index-only range of {@code
   * offence_protocol_names_by_words} within the jurisdiction's region. Each prefix is a range of
   * text_pattern_ops (byte order: {@code surname ~>=~ 'абдир' and surname ~<~ 'абдис'}), not a
   * LIKE, so that a prepared statement's generic plan keeps the range too.
   */
  public List<Hit> byNamePrefixes(String unitPrefix, NamePrefixes name, int limit) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" left(f.unit, 2) = :region and f.unit like :units");
    params.put("region", unitPrefix.substring(0, 2));
    beginsWith(where, params, "surname", name.surname());
    name.firstName().ifPresent(first -> beginsWith(where, params, "first_name", first));
    if (!name.later().isEmpty()) {
      where.append(" and f.rest like :rest");
      params.put("rest", String.join("% ", name.later()) + "%");
    }
    return names(where.toString(), unitPrefix, params, limit);
  }

  private static void beginsWith(
      StringBuilder where, Map<String, Object> params, String column, String prefix) {
    where.append(" and f.%1$s ~>=~ :%1$s and f.%1$s ~<~ :%1$s_end".formatted(column));
    params.put(column, prefix);
    params.put(column + "_end", afterPrefix(prefix));
  }

  /** The least text after every text that begins with the prefix (its last letter's next). */
  static String afterPrefix(String prefix) {
    int last = prefix.length() - 1;
    return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
  }

  /**
   * Protocols whose person's folded name contains every word ({@link kz.ecase.kernel.NameFold}: the
   * words hold only a–z, а–я and digits, so none is a LIKE wildcard).
   */
  public List<Hit> byName(String unitPrefix, List<String> words, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = NameWords.containsEvery("f.name", words, params);
    return names(" f.unit like :units" + where, unitPrefix, params, limit);
  }

  /** The latest of offence_protocol_names under the condition, then their protocols. */
  private List<Hit> names(String where, String unitPrefix, Map<String, Object> params, int limit) {
    params.put("units", unitPrefix + "%");
    params.put("limit", limit);
    return reads.read(
        db ->
            db.sql(
                    SELECT
                        + " from (select f.protocol_id, f.created_at from offence_protocol_names f"
                        + " where"
                        + where
                        + " order by f.created_at desc limit :limit) hit"
                        + " join offence_protocols p on p.id = hit.protocol_id"
                        + JOINS
                        + " order by hit.created_at desc")
                .params(params)
                .query(ProtocolSearchRows::hit)
                .list());
  }

  private List<Hit> byColumn(String column, String unitPrefix, String value, int limit) {
    return reads.read(
        db ->
            db.sql(
                    SELECT
                        + " from offence_protocols p"
                        + JOINS
                        + " where p."
                        + column
                        + " = :value and p.unit like :units order by p.created_at desc limit :limit")
                .param("value", value)
                .param("units", unitPrefix + "%")
                .param("limit", limit)
                .query(ProtocolSearchRows::hit)
                .list());
  }

  private static Hit hit(ResultSet rs, int row) throws SQLException {
    return new Hit(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        rs.getString("unit"),
        rs.getString("status"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("offender_iin"),
        rs.getString("offender_name"),
        rs.getString("plate"),
        rs.getString("article_code"),
        rs.getInt("catalogue_version"));
  }
}
