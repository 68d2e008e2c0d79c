package kz.ecase.offences.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.platform.database.ReplicaReads;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.StepJournal;
import kz.ecase.procedure.StepTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The protocol register: protocols and their events (the journal of their steps), insert-only. A
 * protocol's status is its latest event's.
 */
@Repository
public class ProtocolStore implements StepJournal {

  /** The ledger entry type of a protocol's steps after registration. */
  public static final String STEP_ENTRY_TYPE = "offences.ProtocolTransitioned";

  /** A registered protocol as stored; {@code status} is its latest event's. */
  public record StoredProtocol(
      UUID id,
      String number,
      String unit,
      String officer,
      String offenderIin,
      String articleCode,
      int catalogueVersion,
      Instant offenceTime,
      String place,
      String plate,
      String description,
      int fineMci,
      BigDecimal fineKzt,
      LocalDate discountDeadline,
      String paymentReference,
      Instant createdAt,
      String idempotencyKey,
      String documentSha256,
      String signatureSha256,
      long receipt,
      String status) {}

  private static final String COLUMNS =
      "p.id, p.number, p.unit, p.officer, p.offender_iin, p.article_code, p.catalogue_version,"
          + " p.offence_time, p.place, p.plate, p.description, p.fine_mci, p.fine_kzt,"
          + " p.discount_deadline, p.payment_reference, p.created_at, p.idempotency_key,"
          + " p.document_sha256, p.signature_sha256, p.receipt,"
          + " (select e.to_status from offence_protocol_events e where e.protocol_id = p.id"
          + " order by e.seq desc limit 1) as status";

  private final JdbcClient jdbc;
  private final ReplicaReads reads;
  private final StepTable journal;

  ProtocolStore(JdbcClient jdbc, ReplicaReads reads) {
    this.jdbc = jdbc;
    this.reads = reads;
    this.journal = new StepTable(jdbc, "offence_protocol_events", "protocol_id");
  }

  /**
   * Adds the protocol with its particulars and its first step, in one statement (one round trip of
   * the registration's transaction instead of three; the particulars' trigger and the foreign keys
   * run at its end and see all three rows). A second protocol with the officer's idempotency key is
   * a duplicate key, and then nothing of it is stored.
   */
  public void add(StoredProtocol p, ProtocolParticulars particulars, RecordedStep first) {
    if (!first.recordId().equals(p.id())) {
      throw new IllegalArgumentException("The first step is of another protocol");
    }
    jdbc.sql(
            "with protocol as (insert into offence_protocols (id, number, unit, officer,"
                + " offender_iin, article_code, catalogue_version, offence_time, place, plate,"
                + " description, fine_mci, fine_kzt, discount_deadline, payment_reference,"
                + " created_at, idempotency_key, document_sha256, signature_sha256, receipt)"
                + " values (:id, :number, :unit, :officer, :iin, :article, :version, :offenceTime,"
                + " :place, :plate, :description, :fineMci, :fineKzt, :discountDeadline,"
                + " :paymentReference, :createdAt, :key, :document, :signature, :receipt)),"
                + " particulars as (insert into offence_protocol_particulars (protocol_id,"
                + " language, offender_name, offender_birth_date, explanation,"
                + " explanation_refused) values (:id, :language, :name, :birthDate, :explanation,"
                + " :refused))"
                + " insert into offence_protocol_events (protocol_id, seq, type, from_status,"
                + " to_status, at, actor, reasons, receipt, document_sha256) values (:id, :seq,"
                + " :step, :from, :to, :at, :actor, :reasons, :receipt, :stepDocument)")
        .param("id", p.id())
        .param("number", p.number())
        .param("unit", p.unit())
        .param("officer", p.officer())
        .param("iin", p.offenderIin())
        .param("article", p.articleCode())
        .param("version", p.catalogueVersion())
        .param("offenceTime", Timestamp.from(p.offenceTime()))
        .param("place", p.place())
        .param("plate", p.plate())
        .param("description", p.description())
        .param("fineMci", p.fineMci())
        .param("fineKzt", p.fineKzt())
        .param("discountDeadline", date(p.discountDeadline()))
        .param("paymentReference", p.paymentReference())
        .param("createdAt", Timestamp.from(p.createdAt()))
        .param("key", p.idempotencyKey())
        .param("document", p.documentSha256())
        .param("signature", p.signatureSha256())
        .param("receipt", p.receipt())
        .param("language", particulars.language())
        .param("name", particulars.offenderName())
        .param("birthDate", date(particulars.offenderBirthDate()))
        .param("explanation", particulars.explanation())
        .param("refused", particulars.explanationRefused())
        .param("seq", first.seq())
        .param("step", first.step())
        .param("from", first.from())
        .param("to", first.to())
        .param("at", Timestamp.from(first.at()))
        .param("actor", first.actor())
        .param("reasons", first.reasons())
        .param("stepDocument", first.documentSha256())
        .update();
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  /**
   * What the protocol's paper says beyond its columns; {@link ProtocolParticulars#NONE} for
   * protocols registered before they were recorded.
   */
  public ProtocolParticulars particulars(UUID protocolId) {
    return jdbc.sql(
            "select language, offender_name, offender_birth_date, explanation, explanation_refused"
                + " from offence_protocol_particulars where protocol_id = :id")
        .param("id", protocolId)
        .query(
            (rs, row) -> {
              Date born = rs.getDate("offender_birth_date");
              return new ProtocolParticulars(
                  rs.getString("language"),
                  rs.getString("offender_name"),
                  born == null ? null : born.toLocalDate(),
                  rs.getString("explanation"),
                  rs.getBoolean("explanation_refused"));
            })
        .optional()
        .orElse(ProtocolParticulars.NONE);
  }

  @Override
  public String recordKind() {
    return "protocol";
  }

  @Override
  public String entryType() {
    return STEP_ENTRY_TYPE;
  }

  @Override
  public void append(RecordedStep event) {
    journal.append(event);
  }

  public Optional<StoredProtocol> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from offence_protocols p where p.id = :id")
        .param("id", id)
        .query(ProtocolStore::protocol)
        .optional();
  }

  /** The officer's protocol submitted with this idempotency key, if any. */
  public Optional<StoredProtocol> findByKey(String officer, String idempotencyKey) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from offence_protocols p where p.officer = :officer and p.idempotency_key = :key")
        .param("officer", officer)
        .param("key", idempotencyKey)
        .query(ProtocolStore::protocol)
        .optional();
  }

  /**
   * The person's protocols for offences committed at or after {@code since}, not cancelled, the
   * latest offence first (at most {@code limit}).
   */
  public List<StoredProtocol> ofPersonSince(String iin, Instant since, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from offence_protocols p join offence_protocol_status s on s.protocol_id = p.id"
                + " where p.offender_iin = :iin and p.offence_time >= :since"
                + " and s.status <> 'CANCELLED' order by p.offence_time desc limit :limit")
        .param("iin", iin)
        .param("since", Timestamp.from(since))
        .param("limit", limit)
        .query(ProtocolStore::protocol)
        .list();
  }

  /** A protocol whose latest event put it in force, and when. */
  public record InForce(StoredProtocol protocol, Instant since) {}

  /** Protocols whose discounted payment ends between the days (both included), any status. */
  public List<StoredProtocol> withDiscountDeadlineBetween(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from offence_protocols p where p.discount_deadline between :from and :to")
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .query(ProtocolStore::protocol)
        .list();
  }

  /** Protocols in force now (by their latest event) that entered into force since the instant. */
  public List<InForce> inForceSince(Instant since) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + ", e.at as in_force_at from offence_protocols p"
                + " join offence_protocol_events e on e.protocol_id = p.id"
                + " where e.to_status = 'IN_FORCE' and e.at >= :since"
                + " and e.seq = (select max(l.seq) from offence_protocol_events l"
                + " where l.protocol_id = p.id)")
        .param("since", Timestamp.from(since))
        .query(
            (rs, row) -> new InForce(protocol(rs, row), rs.getTimestamp("in_force_at").toInstant()))
        .list();
  }

  /**
   * Which protocols a register page or the API lists: those of the units under {@code unitPrefix},
   * of one officer (or any: null), matching {@code search} (the number, the person's IIN or the
   * plate, exactly; or any: null), in one status (or any: null), registered in {@code [from, to)}
   * (either open: null).
   */
  public record Filter(
      String unitPrefix,
      String officer,
      String search,
      String status,
      Instant from,
      Instant to,
      int limit) {}

  /** The protocols the filter names, the latest registered first. */
  public List<StoredProtocol> list(Filter filter) {
    StringBuilder sql =
        new StringBuilder("select ")
            .append(COLUMNS)
            .append(
                " from offence_protocols p join offence_protocol_status s on s.protocol_id = p.id"
                    + " where p.unit like :units");
    Map<String, Object> params = new HashMap<>();
    params.put("units", filter.unitPrefix() + "%");
    params.put("limit", filter.limit());
    if (filter.officer() != null) {
      sql.append(" and p.officer = :officer");
      params.put("officer", filter.officer());
    }
    if (filter.search() != null) {
      sql.append(" and (p.number = :search or p.offender_iin = :search or p.plate = :plate)");
      params.put("search", filter.search());
      params.put("plate", filter.search().toUpperCase(Locale.ROOT));
    }
    if (filter.status() != null) {
      sql.append(" and s.status = :status");
      params.put("status", filter.status());
    }
    if (filter.from() != null) {
      sql.append(" and p.created_at >= :from");
      params.put("from", Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" and p.created_at < :to");
      params.put("to", Timestamp.from(filter.to()));
    }
    sql.append(" order by p.created_at desc limit :limit");
    // a list may be a moment old: the read replica serves it (the officer's own, just registered
    // protocol included: ReplicaReads sends their reads to the primary until the replica has it)
    return reads.read(
        db -> db.sql(sql.toString()).params(params).query(ProtocolStore::protocol).list());
  }

  /** A protocol whose appeal waits for its decision: since when, and the grounds. */
  public record AppealWaiting(StoredProtocol protocol, Instant since, String grounds) {}

  /** Appealed protocols of the units under {@code unitPrefix}, the longest waiting first. */
  public List<AppealWaiting> appealsWaiting(String unitPrefix, int limit) {
    return reads.read(
        db ->
            db.sql(
                    "select "
                        + COLUMNS
                        + ", s.since, (select e.reasons from offence_protocol_events e"
                        + " where e.protocol_id = p.id and e.seq = s.seq) as grounds"
                        + " from offence_protocol_status s join offence_protocols p on p.id = s.protocol_id"
                        + " where s.status = 'APPEALED' and p.unit like :units order by s.since limit :limit")
                .param("units", unitPrefix + "%")
                .param("limit", limit)
                .query(
                    (rs, row) ->
                        new AppealWaiting(
                            protocol(rs, row),
                            rs.getTimestamp("since").toInstant(),
                            rs.getString("grounds")))
                .list());
  }

  /** The protocol's events, oldest first. */
  @Override
  public List<RecordedStep> steps(UUID id) {
    return journal.steps(id);
  }

  /**
   * Protocols whose latest event led to {@code status} before {@code before}, oldest first: the
   * candidates of a job acting on lapsed terms (which checks each term itself).
   */
  public List<UUID> inStatusSince(String status, Instant before, int limit) {
    return jdbc.sql(
            "select protocol_id from offence_protocol_status where status = :status and since <"
                + " :before order by since limit :limit")
        .param("status", status)
        .param("before", Timestamp.from(before))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  private static StoredProtocol protocol(ResultSet rs, int row) throws SQLException {
    Date deadline = rs.getDate("discount_deadline");
    return new StoredProtocol(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        rs.getString("unit"),
        rs.getString("officer"),
        rs.getString("offender_iin"),
        rs.getString("article_code"),
        rs.getInt("catalogue_version"),
        rs.getTimestamp("offence_time").toInstant(),
        rs.getString("place"),
        rs.getString("plate"),
        rs.getString("description"),
        rs.getInt("fine_mci"),
        rs.getBigDecimal("fine_kzt"),
        deadline == null ? null : deadline.toLocalDate(),
        rs.getString("payment_reference"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("idempotency_key"),
        rs.getString("document_sha256"),
        rs.getString("signature_sha256"),
        rs.getLong("receipt"),
        rs.getString("status"));
  }
}
