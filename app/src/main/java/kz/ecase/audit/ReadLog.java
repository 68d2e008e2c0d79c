package kz.ecase.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.audit.persistence.ReadRows;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordRead;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link RecordRead} to the ledger (entry type {@value #ENTRY_TYPE}, a record of its
 * own so that reads never lengthen the read record's history) and to the read index, in the
 * transaction of the read: if either fails, so does the read.
 */
@Service
public class ReadLog {

  static final String ENTRY_TYPE = "audit.RecordRead";

  private final Ledger ledger;
  private final ReadRows rows;
  private final Clock clock;

  ReadLog(Ledger ledger, ReadRows rows, Clock clock) {
    this.ledger = ledger;
    this.rows = rows;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(RecordRead read) {
    Instant now = clock.instant();
    CurrentUser reader = read.reader();
    String readerUnit = reader.unit() == null ? null : reader.unit().value();
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("read", java.util.UUID.randomUUID().toString()),
                reader.username(),
                read.scope().unit(),
                read.scope().subject(),
                now,
                Map.of(
                    "record", read.recordKey(),
                    "purpose", read.purpose(),
                    "readerRole", reader.role().name()),
                List.of()));
    rows.add(
        new ReadRows.Row(
            now,
            reader.username(),
            reader.displayName(),
            reader.role().name(),
            readerUnit,
            read.recordKey(),
            read.scope().unit().value(),
            read.scope().subject() == null ? null : read.scope().subject().value(),
            read.purpose(),
            receipt));
  }
}
