package kz.ecase.offences.web;

import java.util.Comparator;
import java.util.List;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.kernel.SearchText.RefusedQueryException;
import kz.ecase.offences.ProtocolSearch;
import kz.ecase.offences.domain.SearchQuery;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.web.SearchSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box's page ({@code /offences/search?q=…}, the box in every staff page's header): the
 * protocols found, a table that becomes cards on a phone, each number linking to the protocol's
 * page; a refused text is named beside the box. Below the protocols, the sections other modules
 * declare ({@link SearchSection}: the criminal register's reports and cases) load the same text;
 * digits that are no protocol's key (15: an ERDR number) are then left to them, not refused.
 *
 * <p>The first answer shows the latest {@value #FIRST} lines, enough to see whether the text named
 * the right person and cheap to render (docs/search.md, "The page"); when there are more, a button
 * asks for up to {@value #MOST} ({@code ?limit=}: htmx swaps the protocols' part, without scripts
 * the whole page), a search of its own with its own audit row.
 */
@Controller
class ProtocolSearchPage {

  /** The lines of the first answer. */
  static final int FIRST = 20;

  /** The most lines the page shows (the button "more"). */
  static final int MOST = ProtocolSearch.MAX_LIMIT;

  private final ProtocolSearch search;
  private final CurrentUsers currentUsers;
  private final List<SearchSection> sections;

  ProtocolSearchPage(
      ProtocolSearch search, CurrentUsers currentUsers, ObjectProvider<SearchSection> sections) {
    this.search = search;
    this.currentUsers = currentUsers;
    this.sections =
        sections.orderedStream().sorted(Comparator.comparingInt(SearchSection::order)).toList();
  }

  @GetMapping("/offences/search")
  String page(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "" + FIRST) int limit,
      Model model) {
    var user = currentUsers.current();
    model.addAttribute("q", q.strip());
    List<SearchSection> shown = sections.stream().filter(s -> s.shownTo(user.role())).toList();
    model.addAttribute("sections", shown);
    if (q.isBlank()) {
      if (!ProtocolSearch.maySearch(user)) {
        throw new org.springframework.security.access.AccessDeniedException("Staff search only");
      }
      return "offences/search";
    }
    try {
      model.addAttribute("result", search.search(user, q, Math.max(1, Math.min(limit, MOST))));
      model.addAttribute("most", MOST);
    } catch (InvalidInputException e) {
      String refusal = refusal(q);
      boolean digitsForAnotherSection = refusal.equals(SearchQuery.DIGITS_KEY) && !shown.isEmpty();
      model.addAttribute(digitsForAnotherSection ? "protocolsRefused" : "error", refusal);
    }
    return "offences/search";
  }

  private static String refusal(String q) {
    try {
      SearchQuery.of(q);
      return "search.error.empty";
    } catch (RefusedQueryException e) {
      return e.messageKey();
    }
  }
}
