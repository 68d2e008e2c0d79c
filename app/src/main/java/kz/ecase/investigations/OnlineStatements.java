package kz.ecase.investigations;

import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.ReportSource;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen's statement filed on-line: received at once into the register of the police department
 * the citizen chose (with its KUI number and registration term, the duty prosecutor alerted), the
 * citizen named by the IIN they signed in with. The act of receipt is ecase's record of what was
 * filed; it carries no PIN signature (citizens sign with their own national EDS outside ecase).
 */
@Service
public class OnlineStatements {

  /** What a citizen files. */
  public record Statement(
      String unit,
      String description,
      String place,
      java.time.Instant occurredAt,
      String idempotencyKey) {}

  private final CrimeReports reports;
  private final ReportValidation validation;
  private final ReportStore store;
  private final Directory directory;
  private final TransactionTemplate transactions;

  OnlineStatements(
      CrimeReports reports,
      ReportValidation validation,
      ReportStore store,
      Directory directory,
      TransactionTemplate transactions) {
    this.reports = reports;
    this.validation = validation;
    this.store = store;
    this.directory = directory;
    this.transactions = transactions;
  }

  /** The police departments a statement may go to. */
  public List<Directory.Unit> departments() {
    return directory.units().stream().filter(unit -> !unit.code().isRegion()).toList();
  }

  /**
   * @throws AccessDeniedException unless a citizen files it
   */
  public StoredReport file(CurrentUser citizen, Statement statement) {
    if (citizen.role() != Role.CITIZEN || citizen.iin() == null) {
      throw new AccessDeniedException("On-line statements are filed by citizens");
    }
    UnitCode unit =
        departments().stream()
            .map(Directory.Unit::code)
            .filter(code -> code.value().equals(statement.unit()))
            .findFirst()
            .orElse(null);
    var problems = new java.util.LinkedHashMap<String, String>();
    ValidReport report = null;
    try {
      report =
          validation.check(
              new ReportForm(
                  ReportSource.ONLINE_STATEMENT.name(),
                  citizen.iin().value(),
                  null,
                  citizen.displayName(),
                  statement.description(),
                  statement.place(),
                  statement.occurredAt(),
                  statement.idempotencyKey(),
                  null),
              false);
    } catch (InvalidInputException e) {
      problems.putAll(e.problems());
    }
    if (unit == null) {
      problems.put("unit", "Choose the police department");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ValidReport valid = report;
    var earlier = store.findByKey(citizen.username(), valid.idempotencyKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transactions.execute(status -> reports.record(citizen, unit, valid, null));
    } catch (DuplicateKeyException e) {
      return store.findByKey(citizen.username(), valid.idempotencyKey()).orElseThrow(() -> e);
    }
  }

  /** The citizen's own statements (and reports naming them as reporter), newest first. */
  public List<ReportStore.ReportLine> mine(CurrentUser citizen) {
    if (citizen.role() != Role.CITIZEN || citizen.iin() == null) {
      throw new AccessDeniedException("A citizen's own statements");
    }
    return store.ofReporter(citizen.iin().value(), 100);
  }
}
