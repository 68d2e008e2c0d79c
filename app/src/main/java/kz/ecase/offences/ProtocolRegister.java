package kz.ecase.offences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.AppealWaiting;
import kz.ecase.offences.persistence.ProtocolStore.Filter;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The register of protocols as lists: an officer's (or investigator's) own protocols, and for those
 * who oversee a unit (its head, the supervising prosecutor) the protocols of their jurisdiction by
 * officer, status and registration date, and the appeals waiting for their decision, the longest
 * waiting first. A list shows lines; opening a protocol is the audited read ({@link Protocols}).
 */
@Service
public class ProtocolRegister {

  public static final int MAX_LIMIT = 200;
  static final int MAX_SEARCH = 20;

  /**
   * What a list asks for, as typed (blank: any).
   *
   * @param text a protocol's number, a person's IIN or a plate, exactly
   * @param status a {@link ProtocolStatus} name
   * @param officer the officer's username (for those who oversee a unit)
   * @param from the first day of registration, ISO ({@code 2026-12-05}), Kazakhstan time
   * @param to the last day of registration, ISO
   */
  public record Search(
      String text, String status, String officer, String from, String to, int limit) {}

  /** A protocol in a list, with its article as people read it. */
  public record Line(StoredProtocol protocol, ArticleCitation article) {}

  /** An appealed protocol waiting for its decision, since when, and the appeal's grounds. */
  public record Appeal(Line line, Instant since, String grounds) {}

  private final ProtocolStore store;
  private final CatalogueInUse catalogue;
  private final ProcedureTerms terms;

  ProtocolRegister(ProtocolStore store, CatalogueInUse catalogue, ProcedureTerms terms) {
    this.store = store;
    this.catalogue = catalogue;
    this.terms = terms;
  }

  /**
   * The protocols the search names, the latest registered first: an officer's or investigator's
   * own; for the head and the supervising prosecutor those of their jurisdiction, of one officer
   * when named.
   *
   * @throws AccessDeniedException for roles that neither register nor oversee protocols
   * @throws InvalidInputException naming every field at fault
   */
  public List<Line> list(CurrentUser user, Search search) {
    boolean oversees = oversees(user);
    if (!oversees) {
      ProtocolRegistration.requireMayRegister(user);
    }
    Map<String, String> problems = new LinkedHashMap<>();
    String text = blankToNull(search.text());
    if (text != null && text.length() > MAX_SEARCH) {
      problems.put("q", "A protocol's number, an IIN or a plate");
    }
    String status = status(search.status(), problems);
    Instant from = dayStart(search.from(), "from", 0, problems);
    Instant to = dayStart(search.to(), "to", 1, problems);
    if (from != null && to != null && !from.isBefore(to)) {
      problems.put("to", "The last day is not before the first");
    }
    if (search.limit() < 1 || search.limit() > MAX_LIMIT) {
      problems.put("limit", "From 1 to " + MAX_LIMIT);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String officer = oversees ? blankToNull(search.officer()) : user.username();
    Filter filter =
        new Filter(user.unit().value(), officer, text, status, from, to, search.limit());
    return store.list(filter).stream().map(this::line).toList();
  }

  /**
   * Appealed protocols of the user's jurisdiction, the longest waiting first.
   *
   * @throws AccessDeniedException unless the user decides appeals (the head of the unit, the
   *     supervising prosecutor)
   */
  public List<Appeal> appealsWaiting(CurrentUser user, int limit) {
    if (!oversees(user)) {
      throw new AccessDeniedException("Appeals are decided by the head and the prosecutor");
    }
    List<AppealWaiting> waiting = store.appealsWaiting(user.unit().value(), limit);
    return waiting.stream()
        .map(w -> new Appeal(line(w.protocol()), w.since(), w.grounds()))
        .toList();
  }

  /** Whether the user oversees a unit's protocols (and decides their appeals). */
  public static boolean oversees(CurrentUser user) {
    return !user.role().personal()
        && user.role().allows(Action.VIEW_RECORD)
        && user.role().allows(Action.VIEW_STATISTICS);
  }

  private Line line(StoredProtocol p) {
    return new Line(
        p, ArticleCitation.of(catalogue.current(), p.catalogueVersion(), p.articleCode()));
  }

  private static String status(String typed, Map<String, String> problems) {
    String status = blankToNull(typed);
    if (status != null
        && Arrays.stream(ProtocolStatus.values()).noneMatch(s -> s.name().equals(status))) {
      problems.put("status", "One of " + Arrays.toString(ProtocolStatus.values()));
      return null;
    }
    return status;
  }

  /** The start of the day (plus {@code days}) in Kazakhstan time, or null when none is given. */
  private Instant dayStart(String typed, String field, int days, Map<String, String> problems) {
    String day = blankToNull(typed);
    if (day == null) {
      return null;
    }
    try {
      return LocalDate.parse(day).plusDays(days).atStartOfDay(terms.zone()).toInstant();
    } catch (DateTimeParseException e) {
      problems.put(field, "A date, 2026-12-05");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
