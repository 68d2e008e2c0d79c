package kz.ecase.offences.persistence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the yearly partitions of {@code offence_protocol_events} made for this year and the next
 * (years in Kazakhstan time, UTC+5), so that no step lands in the default partition. The database
 * function does the work with its owner's rights, idempotently and under an advisory lock: any
 * number of instances may run this at once.
 */
@Component
public class ProtocolEventPartitions {

  private static final Logger log = LoggerFactory.getLogger(ProtocolEventPartitions.class);
  private static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

  private final JdbcClient jdbc;
  private final Clock clock;

  ProtocolEventPartitions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${ecase.offences.partitions-check:PT1H}",
      fixedDelayString = "${ecase.offences.partitions-check:PT1H}")
  void onSchedule() {
    int created = createAhead(LocalDate.ofInstant(clock.instant(), KAZAKHSTAN));
    if (created > 0) {
      log.info("{} partitions of protocol steps created ahead", created);
    }
  }

  /** Creates the partitions of {@code day}'s year and the next that are missing; how many. */
  public int createAhead(LocalDate day) {
    return jdbc.sql("select ecase_protocol_event_partitions_ahead(:day)")
        .param("day", Date.valueOf(day))
        .query(Integer.class)
        .single();
  }
}
