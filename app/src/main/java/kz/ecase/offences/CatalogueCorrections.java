package kz.ecase.offences;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.offences.domain.CatalogueCorrection;
import kz.ecase.offences.domain.CatalogueFiles;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.OffenceCatalogue;
import kz.ecase.offences.persistence.CatalogueVersionStore;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator corrects the catalogue: the correction becomes a new version (the latest with
 * the rows changed), stored with its reason and recorded in the ledger in one transaction, and in
 * use at once. Nothing is stored when any value is wrong; every wrong value is named at once.
 */
@Service
public class CatalogueCorrections {

  /** The ledger's entry type of a new catalogue version. */
  public static final String ENTRY_TYPE = "offences.CatalogueCorrected";

  private final CatalogueInUse catalogue;
  private final CatalogueVersionStore store;
  private final Ledger ledger;
  private final ProcedureCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate transactions;

  CatalogueCorrections(
      CatalogueInUse catalogue,
      CatalogueVersionStore store,
      Ledger ledger,
      ProcedureCalendar calendar,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.catalogue = catalogue;
    this.store = store;
    this.ledger = ledger;
    this.calendar = calendar;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** Makes the new version and answers it; refused for anyone but an administrator. */
  public CatalogueVersion correct(CurrentUser admin, CatalogueCorrection correction) {
    if (!admin.role().allows(Action.ADMINISTER)) {
      throw new AccessDeniedException("Only administrators correct the catalogue");
    }
    OffenceCatalogue known = catalogue.reload();
    CatalogueVersion latest = known.latest();
    Map<String, String> problems =
        correction.problems(latest, LocalDate.now(clock.withZone(calendar.zone())));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CatalogueVersion next;
    try {
      next = correction.applyTo(latest);
      List<CatalogueVersion> versions = new ArrayList<>(known.versions());
      versions.add(next);
      new OffenceCatalogue(versions);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("rows", e.getMessage());
    }
    store(admin, correction, latest, next);
    catalogue.reload();
    return next;
  }

  private void store(
      CurrentUser admin,
      CatalogueCorrection correction,
      CatalogueVersion latest,
      CatalogueVersion next) {
    String csv = CatalogueFiles.csv(next.articles());
    Instant now = clock.instant();
    String reason = correction.reason().strip();
    String corrected = String.join(",", correction.codes());
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("version", next.version());
    facts.put("basedOn", latest.version());
    facts.put("effectiveFrom", next.startsOn().toString());
    facts.put("reason", reason);
    facts.put("corrected", correction.codes());
    try {
      transactions.executeWithoutResult(
          status -> {
            store.add(
                new CatalogueVersionStore.StoredVersion(
                    next.version(),
                    next.startsOn(),
                    latest.version(),
                    reason,
                    corrected,
                    admin.username(),
                    now,
                    csv));
            ledger.record(
                new LedgerEvent(
                    ENTRY_TYPE,
                    new RecordRef("offence-catalogue", Integer.toString(next.version())),
                    admin.username(),
                    admin.unit(),
                    null,
                    now,
                    facts,
                    List.of(new Attachment("catalogue.csv", sha256(csv)))));
          });
    } catch (DuplicateKeyException e) {
      throw new InvalidInputException(
          "basedOn", "Version " + next.version() + " was made meanwhile: correct that one instead");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
