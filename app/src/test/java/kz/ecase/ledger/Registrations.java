package kz.ecase.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.kernel.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test stand-in for a module that registers records: writes a row of {@code test_registrations} and
 * its ledger entry in one transaction, as SRAP and the register will.
 */
final class Registrations {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Ledger ledger;

  Registrations(JdbcClient jdbc, TransactionTemplate transactions, Ledger ledger) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.ledger = ledger;
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Registers a record in the unit and returns the ledger receipt. */
  long register(String id, String unit, String what) {
    return transactions.execute(status -> insertAndRecord(id, unit, what, "test.Registered"));
  }

  /** Records one more event for an existing record. */
  long amend(String id, String unit, String what) {
    return transactions.execute(status -> ledger.record(event(id, unit, what, "test.Amended")));
  }

  long insertAndRecord(String id, String unit, String what, String type) {
    jdbc.sql("insert into test_registrations (id, unit, what) values (:id, :unit, :what)")
        .param("id", id)
        .param("unit", unit)
        .param("what", what)
        .update();
    return ledger.record(event(id, unit, what, type));
  }

  static LedgerEvent event(String id, String unit, String what, String type) {
    return new LedgerEvent(
        type,
        new RecordRef("registration", id),
        "officer",
        UnitCode.of(unit),
        null,
        Instant.parse("2026-11-23T10:15:30Z"),
        Map.of("what", what, "fine", 17_300),
        List.of(new Attachment("protocol.pdf", "ab".repeat(32))));
  }

  /** Waits until the entry is sequenced and returns its index. */
  long awaitIndex(long receipt) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      var index = ledger.indexOf(receipt);
      if (index.isPresent()) {
        return index.get();
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("entry " + receipt + " was not sequenced within 10 s");
  }
}
