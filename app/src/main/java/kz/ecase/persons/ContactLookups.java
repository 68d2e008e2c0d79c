package kz.ecase.persons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * the record, so the person sees that their phone was read and why. Besides the phone, only the
 * person's name and birth date leave this class ({@link Recorded#identity()}: for a paper about
 * them, such as their protocol, and its SMS notice); nothing else of the register's file.
 */
@Service
public class ContactLookups {

  /** The look-up log's role of look-ups made by ecase itself. */
  public static final String SYSTEM_ROLE = "SYSTEM";

  private final ResilientRegistries registries;
  private final FanOut fanOut;
  private final Duration deadline;
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
    this.deadline = properties.deadline();
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
    return record(List.of(ask(iin, unit, module, purpose))).get(0).phone();
  }

  /** The longest {@link #ask} waits for the register (the look-ups' deadline). */
  public Duration deadline() {
    return deadline;
  }

  /**
   * Asks the population register for the person's phone (the network only: nothing is recorded and
   * nothing of the answer can be read yet). Many look-ups asked side by side are then recorded
   * together by {@link #record}, which alone opens their answers.
   *
   * @param module the module asking, e.g. {@code notifications} (the actor is {@code
   *     system:notifications})
   * @param unit the unit that owns the record the notice is about
   */
  public Asked ask(Iin iin, UnitCode unit, String module, Purpose purpose) {
    List<SourceAnswer> answers =
        fanOut.ask(
            List.of(Registry.POPULATION),
            registry -> registries.ask(registry, iin),
            registries::isSuspect);
    return new Asked(iin, unit, module, purpose, answers.get(0));
  }

  /**
   * Records the look-ups (their ledger entries and look-up log rows, in one transaction, which
   * joins the caller's if there is one) and only then returns what the register answered, in the
   * same order. One look-up after another, each was a transaction of its own: under load the SMS
   * dispatcher waited for a pooled connection for every notice (docs/BENCHMARKS.md, issue 13).
   */
  public List<Recorded> record(List<Asked> asked) {
    if (asked.isEmpty()) {
      return List.of();
    }
    transactions.executeWithoutResult(status -> recordAll(asked));
    return asked.stream().map(look -> new Recorded(look.answer)).toList();
  }

  private void recordAll(List<Asked> asked) {
    Instant at = clock.instant();
    List<UUID> ids = new ArrayList<>(asked.size());
    List<LedgerEvent> events = new ArrayList<>(asked.size());
    for (Asked look : asked) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      events.add(
          new LedgerEvent(
              PersonLookups.ENTRY_TYPE,
              new RecordRef("lookup", id.toString()),
              actor(look.module),
              look.unit,
              look.iin,
              at,
              Map.of(
                  "purpose",
                  look.purpose.describe(),
                  "sources",
                  Map.of(Registry.POPULATION.id(), look.answer.status().name()),
                  "flagged",
                  false,
                  "system",
                  true),
              List.of()));
    }
    List<Long> receipts = ledger.recordAll(events);
    List<LookupLog.Entry> entries = new ArrayList<>(asked.size());
    for (int i = 0; i < asked.size(); i++) {
      Asked look = asked.get(i);
      entries.add(
          new LookupLog.Entry(
              ids.get(i),
              at,
              actor(look.module),
              "ecase (" + look.module + ")",
              SYSTEM_ROLE,
              look.unit.value(),
              look.iin.value(),
              look.purpose.describe(),
              Registry.POPULATION.id() + "=" + look.answer.status().name(),
              look.answer.status().answered(),
              false,
              receipts.get(i)));
    }
    log.addAll(entries);
  }

  private static String actor(String module) {
    return "system:" + module;
  }

  /**
   * A phone asked of the population register, not recorded yet: what the register answered stays
   * inside until {@link ContactLookups#record} has recorded the look-up.
   */
  public static final class Asked {
    private final Iin iin;
    private final UnitCode unit;
    private final String module;
    private final Purpose purpose;
    private final SourceAnswer answer;

    private Asked(Iin iin, UnitCode unit, String module, Purpose purpose, SourceAnswer answer) {
      this.iin = iin;
      this.unit = unit;
      this.module = module;
      this.purpose = purpose;
      this.answer = answer;
    }
  }

  /** A recorded look-up's answer. */
  public static final class Recorded {
    private final SourceAnswer answer;

    private Recorded(SourceAnswer answer) {
      this.answer = answer;
    }

    /**
     * @return the phone, or empty when the register has no file or no mobile phone for the person
     * @throws RegisterUnavailable when the register did not answer (try again later)
     */
    public Optional<String> phone() {
      if (!answer.status().answered()) {
        throw new RegisterUnavailable(
            "population register " + answer.status() + ": " + answer.detail());
      }
      return Optional.ofNullable(answer.data())
          .map(data -> data.get("mobilePhone"))
          .filter(node -> node != null && node.isString())
          .map(node -> node.asString());
    }

    /**
     * The person's full name (last, first and patronymic), birth date and mobile phone, as a paper
     * about them names them and its notice reaches them: empty when the register did not answer or
     * has no file for them.
     */
    public Optional<Identity> identity() {
      return Identity.of(answer);
    }
  }

  /**
   * A person as the population register answered: the full name, the birth date and the mobile
   * phone (each null when the register gave none) — what a paper about them prints and its SMS
   * notice is sent to.
   */
  public record Identity(String fullName, java.time.LocalDate birthDate, String mobilePhone) {

    /** The identity in the population register's answer: empty without an answer or a name. */
    static Optional<Identity> of(SourceAnswer answer) {
      if (!answer.status().answered() || answer.data() == null) {
        return Optional.empty();
      }
      var data = answer.data();
      String name =
          String.join(
                  " ", text(data, "lastName"), text(data, "firstName"), text(data, "patronymic"))
              .replaceAll(" +", " ")
              .strip();
      java.time.LocalDate born;
      try {
        born = java.time.LocalDate.parse(text(data, "birthDate"));
      } catch (java.time.format.DateTimeParseException e) {
        born = null;
      }
      String phone = text(data, "mobilePhone");
      return name.isEmpty()
          ? Optional.empty()
          : Optional.of(new Identity(name, born, phone.isEmpty() ? null : phone));
    }

    private static String text(tools.jackson.databind.JsonNode data, String field) {
      var value = data.get(field);
      return value != null && value.isString() ? value.asString() : "";
    }
  }

  /** The population register did not answer: the phone is unknown for now. */
  public static class RegisterUnavailable extends RuntimeException {
    public RegisterUnavailable(String message) {
      super(message);
    }
  }
}
