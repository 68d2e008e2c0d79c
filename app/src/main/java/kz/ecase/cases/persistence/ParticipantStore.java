package kz.ecase.cases.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The participants of criminal cases, insert-only. */
@Repository
public class ParticipantStore {

  /** A person as added to a case. */
  public record StoredParticipant(
      UUID id,
      UUID caseId,
      int seq,
      String role,
      String iin,
      String name,
      Instant addedAt,
      String addedBy) {}

  private static final String COLUMNS = "id, case_id, seq, role, iin, name, added_at, added_by";

  private final JdbcClient jdbc;

  ParticipantStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(StoredParticipant p) {
    jdbc.sql(
            "insert into criminal_case_participants ("
                + COLUMNS
                + ") values (:id, :case, :seq, :role, :iin, :name, :at, :by)")
        .param("id", p.id())
        .param("case", p.caseId())
        .param("seq", p.seq())
        .param("role", p.role())
        .param("iin", p.iin())
        .param("name", p.name())
        .param("at", Timestamp.from(p.addedAt()))
        .param("by", p.addedBy())
        .update();
  }

  /** Where a person (by IIN) takes part, newest first. */
  public List<StoredParticipant> ofPerson(String iin) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from criminal_case_participants where iin = :iin order by added_at desc"
                + " limit 200")
        .param("iin", iin)
        .query(
            (rs, row) ->
                new StoredParticipant(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getInt("seq"),
                    rs.getString("role"),
                    rs.getString("iin"),
                    rs.getString("name"),
                    rs.getTimestamp("added_at").toInstant(),
                    rs.getString("added_by")))
        .list();
  }

  /** A case's participants in the order they were added. */
  public List<StoredParticipant> of(UUID caseId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from criminal_case_participants where case_id = :id order by seq, role")
        .param("id", caseId)
        .query(
            (rs, row) ->
                new StoredParticipant(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getInt("seq"),
                    rs.getString("role"),
                    rs.getString("iin"),
                    rs.getString("name"),
                    rs.getTimestamp("added_at").toInstant(),
                    rs.getString("added_by")))
        .list();
  }
}
