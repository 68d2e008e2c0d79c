package kz.ecase.cases.web;

import kz.ecase.cases.CaseSearch;
import kz.ecase.cases.domain.RegisterQuery;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.kernel.SearchText.RefusedQueryException;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The criminal register's part of the one search box: the reports and cases found, as a page of its
 * own ({@code /cases/search?q=…}) and as the section the header search's page loads ({@code
 * /cases/search/section?q=…}, declared by {@link CaseSearchSection}); each number links to the
 * report's or the case's page; a refused text is named in the section.
 */
@Controller
class CaseSearchPage {

  static final int SHOWN = 50;

  private final CaseSearch search;
  private final CurrentUsers currentUsers;

  CaseSearchPage(CaseSearch search, CurrentUsers currentUsers) {
    this.search = search;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/cases/search")
  String page(@RequestParam(defaultValue = "") String q, Model model) {
    find(q, model);
    return "cases/search";
  }

  @GetMapping("/cases/search/section")
  String section(@RequestParam(defaultValue = "") String q, Model model) {
    find(q, model);
    return "cases/search :: results";
  }

  private void find(String q, Model model) {
    CurrentUser user = currentUsers.current();
    if (!CaseSearch.maySearch(user)) {
      throw new AccessDeniedException("Staff search only");
    }
    model.addAttribute("q", q.strip());
    if (q.isBlank()) {
      return;
    }
    try {
      model.addAttribute("result", search.search(user, q, SHOWN));
    } catch (InvalidInputException e) {
      model.addAttribute("error", refusal(q));
    }
  }

  private static String refusal(String q) {
    try {
      RegisterQuery.of(q);
      return "search.error.empty";
    } catch (RefusedQueryException e) {
      return e.messageKey();
    }
  }
}
