package kz.ecase.ledger.tree;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the next partition of {@code ledger_entries} (2^24 indexes) made before the entries reach
 * it, so that none lands in the default partition. The database function does the work with its
 * owner's rights (the application owns no table), idempotently and under an advisory lock: any
 * number of instances may run this at once.
 */
@Component
class LedgerPartitions {

  private static final Logger log = LoggerFactory.getLogger(LedgerPartitions.class);

  private final JdbcClient jdbc;

  LedgerPartitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(
      initialDelayString = "${ecase.ledger.partitions-check:PT1H}",
      fixedDelayString = "${ecase.ledger.partitions-check:PT1H}")
  void onSchedule() {
    int created = createAhead();
    if (created > 0) {
      log.info("{} ledger partitions created ahead", created);
    }
  }

  /** Creates the partitions missing up to the one after the current; returns how many. */
  int createAhead() {
    return jdbc.sql("select ecase_ledger_partitions_ahead()").query(Integer.class).single();
  }
}
