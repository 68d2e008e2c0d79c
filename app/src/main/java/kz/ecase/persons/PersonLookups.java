package kz.ecase.persons;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.kernel.Iin;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.persons.domain.FanOut;
import kz.ecase.persons.domain.LookupRatePolicy;
import kz.ecase.persons.integration.PersonsProperties;
import kz.ecase.persons.integration.ResilientRegistries;
import kz.ecase.persons.persistence.LookupLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks a person up in every registry at once, for staff who may see records, with a purpose. The
 * look-up is recorded (ledger entry {@value #ENTRY_TYPE} and the look-up log) before anything the
 * registries said is returned: if it cannot be recorded, nobody sees the answers. A look-up for a
 * protocol draft also keeps the person's name and birth date for that draft's registration ({@link
 * DraftIdentities}), in the same transaction.
 */
@Service
public class PersonLookups {

  static final String ENTRY_TYPE = "persons.LookedUp";

  private final ResilientRegistries registries;
  private final FanOut fanOut;
  private final LookupLog log;
  private final Ledger ledger;
  private final CurrentUsers currentUsers;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final LookupRatePolicy rates = new LookupRatePolicy();
  private final Timer askingRegistries;
  private final Timer recording;
  private final DraftIdentities draftIdentities;

  PersonLookups(
      ResilientRegistries registries,
      PersonsProperties properties,
      LookupLog log,
      Ledger ledger,
      CurrentUsers currentUsers,
      TransactionTemplate transactions,
      Clock clock,
      MeterRegistry meters,
      DraftIdentities draftIdentities) {
    this.registries = registries;
    this.draftIdentities = draftIdentities;
    this.fanOut = new FanOut(properties.deadline(), System::nanoTime);
    this.log = log;
    this.ledger = ledger;
    this.currentUsers = currentUsers;
    this.transactions = transactions;
    this.clock = clock;
    this.askingRegistries =
        phase(meters, "registries", "asking every registry, to the last answer");
    this.recording = phase(meters, "record", "the ledger entry and the look-up log, committed");
  }

  private static Timer phase(MeterRegistry meters, String phase, String description) {
    return Timer.builder("ecase.persons.lookup.phase")
        .tag("phase", phase)
        .description("Time of one phase of a person look-up: " + description)
        .publishPercentiles(0.5, 0.9, 0.99)
        .register(meters);
  }

  /**
   * @throws AccessDeniedException for roles that may not see records, and for citizens (who see
   *     their own data in the citizen portal instead)
   */
  public Dossier lookUp(Iin iin, Purpose purpose) {
    CurrentUser user = requireAllowed();
    List<SourceAnswer> answers =
        askingRegistries.record(
            () ->
                fanOut.ask(
                    Arrays.asList(Registry.values()),
                    registry -> registries.ask(registry, iin),
                    registries::isSuspect));
    Instant at = clock.instant();
    UUID id = UUID.randomUUID();
    Long receipt =
        recording.record(
            () -> transactions.execute(status -> record(id, at, user, iin, purpose, answers)));
    return new Dossier(id.toString(), receipt, iin, at, purpose.describe(), answers);
  }

  /**
   * Returns the current user when their role may look people up (staff who see records), so that a
   * caller can refuse before it reads the input.
   *
   * @throws AccessDeniedException otherwise
   */
  public CurrentUser requireAllowed() {
    CurrentUser user = currentUsers.current();
    if (user.role().personal() || !user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Role does not allow person look-ups");
    }
    return user;
  }

  private long record(
      UUID id, Instant at, CurrentUser user, Iin iin, Purpose purpose, List<SourceAnswer> answers) {
    long lastHour =
        log.countByUserSince(
            user.username(), at.minus(Duration.ofHours(1)), rates.hourlyLimit(user.role()));
    boolean flagged = rates.isAbnormal(user.role(), lastHour);
    Map<String, String> statuses = new LinkedHashMap<>();
    answers.forEach(answer -> statuses.put(answer.registry().id(), answer.status().name()));
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("lookup", id.toString()),
                user.username(),
                user.unit(),
                iin,
                at,
                Map.of("purpose", purpose.describe(), "sources", statuses, "flagged", flagged),
                List.of()));
    boolean complete = answers.stream().allMatch(answer -> answer.status().answered());
    log.add(
        LookupLog.Entry.by(
            user,
            id,
            at,
            iin.value(),
            purpose.describe(),
            statuses.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")),
            complete,
            flagged,
            receipt));
    draftIdentities.remember(user.username(), iin, purpose, id, at, answers);
    return receipt;
  }
}
