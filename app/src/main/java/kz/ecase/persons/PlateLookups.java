package kz.ecase.persons;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.ecase.identity.CurrentUser;
import kz.ecase.kernel.Iin;
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
 * Looks a vehicle up by its plate in the vehicle register: the vehicle and its owner's IIN. As a
 * plate leads to a person, it is a person look-up like any other: a purpose is required, the ledger
 * records it ({@value #ENTRY_TYPE}, subject = the owner when found), and the owner sees it.
 */
@Service
public class PlateLookups {

  static final String ENTRY_TYPE = "persons.PlateLookedUp";
  private static final Pattern PLATE = Pattern.compile("[0-9A-Z]{4,10}");

  /** The register's answer on a plate; {@code vehicle} and {@code owner} only when OK. */
  public record PlateAnswer(
      String lookupId,
      String plate,
      SourceAnswer source,
      tools.jackson.databind.JsonNode vehicle,
      Iin owner) {}

  private final PersonLookups people;
  private final ResilientRegistries registries;
  private final FanOut fanOut;
  private final LookupLog log;
  private final Ledger ledger;
  private final TransactionTemplate transactions;
  private final Clock clock;

  PlateLookups(
      PersonLookups people,
      ResilientRegistries registries,
      PersonsProperties properties,
      LookupLog log,
      Ledger ledger,
      TransactionTemplate transactions,
      Clock clock) {
    this.people = people;
    this.registries = registries;
    this.fanOut = new FanOut(properties.deadline(), System::nanoTime);
    this.log = log;
    this.ledger = ledger;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The plate as the register writes it (upper case, no spaces), or null when it cannot be one. */
  public static String normalised(String plate) {
    if (plate == null) {
      return null;
    }
    String compact = plate.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return PLATE.matcher(compact).matches() ? compact : null;
  }

  public PlateAnswer lookUp(String plate, Purpose purpose) {
    CurrentUser user = people.requireAllowed();
    SourceAnswer source =
        fanOut.ask(List.of(Registry.VEHICLES), registry -> registries.askPlate(plate)).get(0);
    Iin owner =
        source.status() == SourceStatus.OK
                && Iin.check(source.data().path("ownerIin").asString()).isEmpty()
            ? Iin.of(source.data().path("ownerIin").asString())
            : null;
    UUID id = UUID.randomUUID();
    Instant at = clock.instant();
    transactions.executeWithoutResult(
        status -> record(id, at, user, plate, purpose, source, owner));
    return new PlateAnswer(
        id.toString(), plate, source, owner == null ? null : source.data(), owner);
  }

  private void record(
      UUID id,
      Instant at,
      CurrentUser user,
      String plate,
      Purpose purpose,
      SourceAnswer source,
      Iin owner) {
    Map<String, Object> payload = new HashMap<>();
    payload.put("purpose", purpose.describe());
    payload.put("plate", plate);
    payload.put("status", source.status().name());
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("lookup", id.toString()),
                user.username(),
                user.unit(),
                owner,
                at,
                payload,
                List.of()));
    if (owner != null) {
      log.add(
          LookupLog.Entry.by(
              user,
              id,
              at,
              owner.value(),
              purpose.describe() + "; plate " + plate,
              "vehicles=" + source.status().name(),
              true,
              false,
              receipt));
    }
  }
}
