package kz.ecase.offences.web;

import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ProtocolSearch;
import kz.ecase.offences.domain.SearchQuery;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box's page ({@code /offences/search?q=…}, the box in every staff page's header): the
 * protocols found, a table that becomes cards on a phone, each number linking to the protocol's
 * page; a refused text is named beside the box.
 */
@Controller
class ProtocolSearchPage {

  static final int SHOWN = 50;

  private final ProtocolSearch search;
  private final CurrentUsers currentUsers;

  ProtocolSearchPage(ProtocolSearch search, CurrentUsers currentUsers) {
    this.search = search;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/offences/search")
  String page(@RequestParam(defaultValue = "") String q, Model model) {
    var user = currentUsers.current();
    model.addAttribute("q", q.strip());
    if (q.isBlank()) {
      if (!ProtocolSearch.maySearch(user)) {
        throw new org.springframework.security.access.AccessDeniedException("Staff search only");
      }
      return "offences/search";
    }
    try {
      model.addAttribute("result", search.search(user, q, SHOWN));
    } catch (InvalidInputException e) {
      model.addAttribute("error", refusal(q));
    }
    return "offences/search";
  }

  private static String refusal(String q) {
    try {
      SearchQuery.of(q);
      return "search.error.empty";
    } catch (SearchQuery.RefusedQueryException e) {
      return e.refusal().messageKey();
    }
  }
}
