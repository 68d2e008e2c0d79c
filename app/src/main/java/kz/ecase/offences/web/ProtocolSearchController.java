package kz.ecase.offences.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ProtocolSearch;
import kz.ecase.offences.persistence.ProtocolSearchRows.Hit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff search over the protocols as an API (docs/api.md, docs/search.md). */
@RestController
@Tag(name = "Offences")
class ProtocolSearchController {

  /** What a search found: by which key, the value searched, the protocols, and whether more. */
  record Found(String key, String value, List<Protocol> protocols, boolean more) {}

  /** A protocol found. */
  record Protocol(
      String id,
      String number,
      String status,
      String unit,
      Instant registeredAt,
      String iin,
      String name,
      String plate,
      String article,
      String articleNumber,
      Map<String, String> articleTitles) {
    static Protocol of(ProtocolSearch.Line line) {
      Hit h = line.hit();
      return new Protocol(
          h.id().toString(),
          h.number(),
          h.status(),
          h.unit(),
          h.createdAt(),
          h.offenderIin(),
          h.offenderName(),
          h.plate(),
          h.articleCode(),
          line.article().number(),
          line.article().titles());
    }
  }

  private final ProtocolSearch search;
  private final CurrentUsers currentUsers;

  ProtocolSearchController(ProtocolSearch search, CurrentUsers currentUsers) {
    this.search = search;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/offences/search")
  @Operation(
      summary = "Search the protocols of one's jurisdiction by IIN, number, plate or name",
      description =
          "Staff who see a unit's records (officers, investigators, heads of unit, prosecutors):"
              + " the protocols of their unit and the units below it, the latest registered"
              + " first. q is read as an IIN (12 digits, checked), a protocol number (14 digits),"
              + " a plate (4-10 Latin letters and digits, both present; spaces and hyphens"
              + " ignored) or a part of a person's name (at least one word of 3 letters or more;"
              + " read first as the beginnings of surname, first name and later words in order,"
              + " and when that finds nothing, every word anywhere in the name; case, Kazakh"
              + " letters and ё folded: Әлібеков = алибеков). limit: 1 to 100. Every search is an audited read (record"
              + " search/<id>). 400 (problem+json naming q or limit) for a text that is none of"
              + " these, a wrong IIN check digit or too short a name.")
  Found search(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
    ProtocolSearch.Result result = search.search(currentUsers.current(), q, limit);
    return new Found(
        result.query().key().name(),
        result.query().value(),
        result.lines().stream().map(Protocol::of).toList(),
        result.more());
  }
}
