package kz.ecase.persons;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.persons.domain.FanOut;
import kz.ecase.persons.integration.PersonsProperties;
import kz.ecase.persons.integration.ResilientRegistries;
import kz.ecase.persons.persistence.LookupLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mobile phone of a person, for a notice the law requires (the SMS about their protocol): asks
 * the population register only, within the look-ups' deadline, and records the look-up like every
 * other ({@value PersonLookups#ENTRY_TYPE} in the ledger and the look-up log, before the phone is
 * returned) as made by ecase itself ({@code system:<module>}, role SYSTEM) for the unit that owns
 * the record, so the person sees that their phone was read and why. Nothing else of the register's
 * file leaves this class.
 */
@Service
public class ContactLookups {

  /** The look-up log's role of look-ups made by ecase itself. */
  public static final String SYSTEM_ROLE = "SYSTEM";

  private final ResilientRegistries registries;
  private final FanOut fanOut;
  private final LookupLog log;
  private final Ledger ledger;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ContactLookups(
      ResilientRegistries registries,
      PersonsProperties properties,
      LookupLog log,
      Ledger ledger,
      TransactionTemplate transactions,
      Clock clock) {
    this.registries = registries;
    this.fanOut = new FanOut(properties.deadline(), System::nanoTime);
    this.log = log;
    this.ledger = ledger;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * @param module the module asking, e.g. {@code notifications} (the actor is {@code
   *     system:notifications})
   * @param unit the unit that owns the record the notice is about
   * @return the phone, or empty when the register has no file or no mobile phone for the person
   * @throws RegisterUnavailable when the register did not answer (try again later)
   */
  public Optional<String> mobilePhone(Iin iin, UnitCode unit, String module, Purpose purpose) {
    List<SourceAnswer> answers =
        fanOut.ask(
            List.of(Registry.POPULATION),
            registry -> registries.ask(registry, iin),
            registries::isSuspect);
    SourceAnswer answer = answers.get(0);
    transactions.executeWithoutResult(status -> record(iin, unit, module, purpose, answer));
    if (!answer.status().answered()) {
      throw new RegisterUnavailable(
          "population register " + answer.status() + ": " + answer.detail());
    }
    return Optional.ofNullable(answer.data())
        .map(data -> data.get("mobilePhone"))
        .filter(node -> node != null && node.isString())
        .map(node -> node.asString());
  }

  private void record(Iin iin, UnitCode unit, String module, Purpose purpose, SourceAnswer answer) {
    Instant at = clock.instant();
    UUID id = UUID.randomUUID();
    String actor = "system:" + module;
    String sources = Registry.POPULATION.id() + "=" + answer.status().name();
    long receipt =
        ledger.record(
            new LedgerEvent(
                PersonLookups.ENTRY_TYPE,
                new RecordRef("lookup", id.toString()),
                actor,
                unit,
                iin,
                at,
                Map.of(
                    "purpose",
                    purpose.describe(),
                    "sources",
                    Map.of(Registry.POPULATION.id(), answer.status().name()),
                    "flagged",
                    false,
                    "system",
                    true),
                List.of()));
    log.add(
        new LookupLog.Entry(
            id,
            at,
            actor,
            "ecase (" + module + ")",
            SYSTEM_ROLE,
            unit.value(),
            iin.value(),
            purpose.describe(),
            sources,
            answer.status().answered(),
            false,
            receipt));
  }

  /** The population register did not answer: the phone is unknown for now. */
  public static class RegisterUnavailable extends RuntimeException {
    public RegisterUnavailable(String message) {
      super(message);
    }
  }
}
