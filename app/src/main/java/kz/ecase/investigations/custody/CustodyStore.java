package kz.ecase.investigations.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.investigations.persistence.UnitsUnder;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.StepJournal;
import kz.ecase.procedure.StepTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custody register: clocks and their steps (insert-only, the journal of the kernel's steps),
 * corrections of the moment of restriction, and the state projection the sweep and pages read.
 */
@Repository
class CustodyStore implements StepJournal {

  static final String ENTRY_TYPE = "investigations.CustodyStepTaken";

  private static final String CLOCK_COLUMNS =
      "c.id, c.kind, c.unit, c.person_iin, c.restricted_at, c.entered_at, c.place, c.grounds,"
          + " c.exceptional_ground, c.reference, c.late_entry, c.late_reason, c.recorded_by,"
          + " c.converted_from";

  private static final String STATE_COLUMNS =
      "s.clock_id, s.unit, s.kind, s.status, s.running, s.minor, s.restricted_at, s.limit_key,"
          + " s.limit_value, s.deadline, s.alert_at, s.alerted_at, s.overrun_at, s.recorded_by";

  private final JdbcClient jdbc;
  private final StepTable journal;

  CustodyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.journal = new StepTable(jdbc, "custody_clock_steps", "clock_id");
  }

  @Override
  public String recordKind() {
    return "custody";
  }

  @Override
  public String entryType() {
    return ENTRY_TYPE;
  }

  void add(StoredClock c) {
    jdbc.sql(
            "insert into custody_clocks (id, kind, unit, person_iin, restricted_at, entered_at,"
                + " place, grounds, exceptional_ground, reference, late_entry, late_reason,"
                + " recorded_by, converted_from) values (:id, :kind, :unit, :iin, :restricted,"
                + " :entered, :place, :grounds, :ground, :reference, :late, :lateReason, :by,"
                + " :from)")
        .param("id", c.id())
        .param("kind", c.kind())
        .param("unit", c.unit())
        .param("iin", c.personIin())
        .param("restricted", Timestamp.from(c.restrictedAt()))
        .param("entered", Timestamp.from(c.enteredAt()))
        .param("place", c.place())
        .param("grounds", c.grounds())
        .param("ground", c.exceptionalGround())
        .param("reference", c.reference())
        .param("late", c.lateEntry())
        .param("lateReason", c.lateReason())
        .param("by", c.recordedBy())
        .param("from", c.convertedFrom())
        .update();
  }

  Optional<StoredClock> find(UUID id) {
    return jdbc.sql("select " + CLOCK_COLUMNS + " from custody_clocks c where c.id = :id")
        .param("id", id)
        .query(CustodyStore::clock)
        .optional();
  }

  @Override
  public void append(RecordedStep step) {
    journal.append(step);
  }

  @Override
  public List<RecordedStep> steps(UUID id) {
    return journal.steps(id);
  }

  void addCorrection(UUID id, int seq, Instant restrictedAt) {
    jdbc.sql(
            "insert into custody_time_corrections (clock_id, seq, restricted_at) values (:id,"
                + " :seq, :at)")
        .param("id", id)
        .param("seq", seq)
        .param("at", Timestamp.from(restrictedAt))
        .update();
  }

  /** The corrected moments of restriction by the sequence number of their step. */
  Map<Integer, Instant> corrections(UUID id) {
    Map<Integer, Instant> corrections = new LinkedHashMap<>();
    jdbc.sql(
            "select seq, restricted_at from custody_time_corrections where clock_id = :id"
                + " order by seq")
        .param("id", id)
        .query(
            rs -> {
              corrections.put(rs.getInt("seq"), rs.getTimestamp("restricted_at").toInstant());
            });
    return corrections;
  }

  /** Writes the clock's state as its latest step left it (the 75 % and overrun marks stay). */
  void project(ClockState s) {
    jdbc.sql(
            "insert into custody_clock_state (clock_id, unit, kind, status, running, minor,"
                + " restricted_at, limit_key, limit_value, deadline, alert_at, alerted_at,"
                + " overrun_at, recorded_by) values (:id, :unit, :kind, :status, :running, :minor,"
                + " :restricted, :key, :value, :deadline, :alertAt, :alerted, :overrun, :by)"
                + " on conflict (clock_id) do update set status = excluded.status, running ="
                + " excluded.running, minor = excluded.minor, restricted_at ="
                + " excluded.restricted_at, limit_key = excluded.limit_key, limit_value ="
                + " excluded.limit_value, deadline = excluded.deadline, alert_at ="
                + " excluded.alert_at, alerted_at = coalesce(custody_clock_state.alerted_at,"
                + " excluded.alerted_at), overrun_at = coalesce(custody_clock_state.overrun_at,"
                + " excluded.overrun_at)")
        .param("id", s.clockId())
        .param("unit", s.unit())
        .param("kind", s.kind())
        .param("status", s.status())
        .param("running", s.running())
        .param("minor", s.minor())
        .param("restricted", Timestamp.from(s.restrictedAt()))
        .param("key", s.limitKey())
        .param("value", s.limitValue())
        .param("deadline", Timestamp.from(s.deadline()))
        .param("alertAt", Timestamp.from(s.alertAt()))
        .param("alerted", s.alertedAt() == null ? null : Timestamp.from(s.alertedAt()))
        .param("overrun", s.overrunAt() == null ? null : Timestamp.from(s.overrunAt()))
        .param("by", s.recordedBy())
        .update();
  }

  Optional<ClockState> state(UUID id) {
    return jdbc.sql(
            "select " + STATE_COLUMNS + " from custody_clock_state s where s.clock_id = :id")
        .param("id", id)
        .query(CustodyStore::state)
        .optional();
  }

  /** Running clocks whose 75 % moment has passed without its alert, soonest first. */
  List<UUID> dueForAlert(Instant now, int limit) {
    return jdbc.sql(
            "select clock_id from custody_clock_state where running and alerted_at is null and"
                + " alert_at <= :now order by alert_at limit :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /** Running clocks whose deadline has passed without an overrun on record, soonest first. */
  List<UUID> dueForOverrun(Instant now, int limit) {
    return jdbc.sql(
            "select clock_id from custody_clock_state where running and overrun_at is null and"
                + " deadline <= :now order by deadline limit :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /**
   * Marks the 75 % alert of a clock done, if it is due and not done; of several nodes one wins.
   *
   * @return the clock's state when this call marked it
   */
  Optional<ClockState> claimAlert(UUID id, Instant now) {
    int claimed =
        jdbc.sql(
                "update custody_clock_state set alerted_at = :now where clock_id = :id and running"
                    + " and alerted_at is null and alert_at <= :now")
            .param("id", id)
            .param("now", Timestamp.from(now))
            .update();
    return claimed == 1 ? state(id) : Optional.empty();
  }

  /**
   * The running clocks of units under the unit code {@code area}, with their record, soonest
   * deadline first.
   */
  List<RunningClock> running(String area, int limit) {
    return jdbc.sql(
            "select "
                + STATE_COLUMNS
                + ", "
                + CLOCK_COLUMNS
                + " from custody_clock_state s join custody_clocks c on c.id = s.clock_id"
                + " where s.running and "
                + UnitsUnder.condition("s.unit", area)
                + " order by s.deadline limit :limit")
        .param("units", UnitsUnder.parameter(area))
        .param("limit", limit)
        .query((rs, row) -> new RunningClock(state(rs, row), clock(rs, row)))
        .list();
  }

  /**
   * How many clocks of units under the unit code {@code area} run: all, those past 75 % of their
   * limit at {@code now} and those past their limit.
   */
  RunningCounts runningCounts(String area, Instant now) {
    return jdbc.sql(
            "select count(*) as total, count(*) filter (where alert_at <= :now) as three_quarters,"
                + " count(*) filter (where deadline <= :now) as overrun from custody_clock_state"
                + " where running and "
                + UnitsUnder.condition("unit", area))
        .param("units", UnitsUnder.parameter(area))
        .param("now", Timestamp.from(now))
        .query(
            (rs, row) ->
                new RunningCounts(
                    rs.getLong("total"), rs.getLong("three_quarters"), rs.getLong("overrun")))
        .single();
  }

  /**
   * How many clocks of units under the unit code {@code area} stand in each status, and overran
   * ever.
   */
  Map<String, Long> figures(String area) {
    Map<String, Long> figures = new LinkedHashMap<>();
    jdbc.sql(
            "select status, count(*) as n from custody_clock_state where "
                + UnitsUnder.condition("unit", area)
                + " group by status")
        .param("units", UnitsUnder.parameter(area))
        .query(
            rs -> {
              figures.put(rs.getString("status"), rs.getLong("n"));
            });
    figures.put(
        "overrunEver",
        jdbc.sql(
                "select count(*) from custody_clock_state where "
                    + UnitsUnder.condition("unit", area)
                    + " and overrun_at is not null")
            .param("units", UnitsUnder.parameter(area))
            .query(Long.class)
            .single());
    return figures;
  }

  private static StoredClock clock(ResultSet rs, int row) throws SQLException {
    return new StoredClock(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getString("unit"),
        rs.getString("person_iin"),
        rs.getTimestamp("restricted_at").toInstant(),
        rs.getTimestamp("entered_at").toInstant(),
        rs.getString("place"),
        rs.getString("grounds"),
        rs.getString("exceptional_ground"),
        rs.getString("reference"),
        rs.getBoolean("late_entry"),
        rs.getString("late_reason"),
        rs.getString("recorded_by"),
        rs.getObject("converted_from", UUID.class));
  }

  private static ClockState state(ResultSet rs, int row) throws SQLException {
    Timestamp alerted = rs.getTimestamp("alerted_at");
    Timestamp overrun = rs.getTimestamp("overrun_at");
    return new ClockState(
        rs.getObject("clock_id", UUID.class),
        rs.getString("unit"),
        rs.getString("kind"),
        rs.getString("status"),
        rs.getBoolean("running"),
        rs.getBoolean("minor"),
        rs.getTimestamp("restricted_at").toInstant(),
        rs.getString("limit_key"),
        rs.getString("limit_value"),
        rs.getTimestamp("deadline").toInstant(),
        rs.getTimestamp("alert_at").toInstant(),
        alerted == null ? null : alerted.toInstant(),
        overrun == null ? null : overrun.toInstant(),
        rs.getString("recorded_by"));
  }
}
