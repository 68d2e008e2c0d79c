package kz.ecase.cases.persistence;

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
 * The criminal register search's queries over the cases of the units under a prefix, the latest
 * opened first: by ERDR number (the cases' unique index), by a participant's IIN (the participants'
 * IIN index) and by a part of a participant's name (the trigram index of {@code
 * criminal_case_names}, docs/search.md). Each reads at most {@code limit} cases; a case found
 * through a person names that person (the first of them by role when several match). The rows are
 * read as lists are, through {@link ReplicaReads}: from the read replica when one is configured.
 */
@Repository
public class CaseSearchRows {

  /**
   * A case as the search shows it; {@code role}, {@code iin}, {@code name}: the participant that
   * matched (null for a search by number).
   */
  public record Hit(
      UUID id,
      String erdrNumber,
      String unit,
      String status,
      Instant openedAt,
      String investigator,
      String articleCode,
      String gravity,
      String role,
      String iin,
      String name) {}

  private static final String STATE =
      "s.case_id, s.erdr_number, s.unit, s.status, s.opened_at, s.investigator, s.article_code,"
          + " s.gravity";

  private final ReplicaReads reads;

  CaseSearchRows(ReplicaReads reads) {
    this.reads = reads;
  }

  /** The case of the ERDR number (at most one). */
  public List<Hit> byNumber(String unitPrefix, String erdrNumber, int limit) {
    return reads.read(
        db ->
            db.sql(
                    "select "
                        + STATE
                        + ", null as role, null as iin, null as name from criminal_cases c"
                        + " join criminal_case_state s on s.case_id = c.id"
                        + " where c.erdr_number = :value and c.unit like :units limit :limit")
                .param("value", erdrNumber)
                .param("units", unitPrefix + "%")
                .param("limit", limit)
                .query(CaseSearchRows::hit)
                .list());
  }

  /** Cases the person of the IIN takes part in, in any role. */
  public List<Hit> byIin(String unitPrefix, String iin, int limit) {
    return reads.read(
        db ->
            db.sql(
                    "select distinct on (s.opened_at, s.case_id) "
                        + STATE
                        + ", p.role, p.iin, p.name from criminal_case_participants p"
                        + " join criminal_case_state s on s.case_id = p.case_id"
                        + " where p.iin = :iin and s.unit like :units"
                        + " order by s.opened_at desc, s.case_id, p.role limit :limit")
                .param("iin", iin)
                .param("units", unitPrefix + "%")
                .param("limit", limit)
                .query(CaseSearchRows::hit)
                .list());
  }

  /**
   * Cases with a participant whose folded name contains every word ({@link
   * kz.ecase.kernel.NameFold}: the words hold only a–z, а–я and digits, so none is a LIKE
   * wildcard).
   */
  public List<Hit> byName(String unitPrefix, List<String> words, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = NameWords.containsEvery("f.name", words, params);
    params.put("units", unitPrefix + "%");
    params.put("limit", limit);
    return reads.read(
        db ->
            db.sql(
                    "select "
                        + STATE
                        + ", p.role, p.iin, p.name from (select f.case_id, f.opened_at,"
                        + " min(f.participant_id::text)::uuid as participant_id"
                        + " from criminal_case_names f where f.unit like :units"
                        + where
                        + " group by f.case_id, f.opened_at order by f.opened_at desc limit :limit) hit"
                        + " join criminal_case_state s on s.case_id = hit.case_id"
                        + " join criminal_case_participants p on p.id = hit.participant_id"
                        + " order by hit.opened_at desc, hit.case_id")
                .params(params)
                .query(CaseSearchRows::hit)
                .list());
  }

  private static Hit hit(ResultSet rs, int row) throws SQLException {
    return new Hit(
        rs.getObject("case_id", UUID.class),
        rs.getString("erdr_number"),
        rs.getString("unit"),
        rs.getString("status"),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("investigator"),
        rs.getString("article_code"),
        rs.getString("gravity"),
        rs.getString("role"),
        rs.getString("iin"),
        rs.getString("name"));
  }
}
