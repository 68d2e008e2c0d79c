package kz.ecase.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.CaseFiles;
import kz.ecase.cases.persistence.CaseStore.CaseLine;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists of running cases by time left: the investigator's own ({@code /cases}, and the five
 * with the least time left in the workspace), and the unit's for its head and the prosecutors
 * ({@code /cases/unit}), filtered by investigator or to the overdue, with a chart per investigator.
 */
@Controller
class CaseListPages {

  /** A case in a list with its countdown. */
  record Row(CaseLine line, TermLeft term) {}

  static final int SHOWN = 200;
  static final int IN_PANEL = 5;

  private final CaseFiles files;
  private final CurrentUsers currentUsers;
  private final Directory directory;
  private final Clock clock;

  CaseListPages(CaseFiles files, CurrentUsers currentUsers, Directory directory, Clock clock) {
    this.files = files;
    this.currentUsers = currentUsers;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/cases")
  String mine(Model model) {
    model.addAttribute("rows", rows(files.mine(currentUsers.current(), SHOWN)));
    model.addAttribute("shown", SHOWN);
    return "cases/mine";
  }

  @GetMapping("/cases/panel")
  String panel(Model model) {
    model.addAttribute("rows", rows(files.mine(currentUsers.current(), IN_PANEL)));
    return "cases/panels :: mine";
  }

  @GetMapping("/cases/unit")
  String unit(
      @RequestParam(required = false) String investigator,
      @RequestParam(defaultValue = "false") boolean overdue,
      Model model) {
    CurrentUser user = currentUsers.current();
    List<Row> rows = rows(files.ofUnits(user, investigator, overdue, SHOWN));
    model.addAttribute("rows", rows);
    model.addAttribute("shown", SHOWN);
    model.addAttribute("investigator", investigator == null ? "" : investigator.strip());
    model.addAttribute("overdue", overdue);
    model.addAttribute("investigators", investigators(user));
    Map<String, String> names = new java.util.HashMap<>();
    model.addAttribute(
        "chart",
        UnitChart.of(
            rows.stream()
                .<Map.Entry<String, Long>>map(
                    r ->
                        new AbstractMap.SimpleEntry<>(
                            r.line().investigator() == null
                                ? null
                                : names.computeIfAbsent(r.line().investigator(), directory::nameOf),
                            r.term().secondsLeft()))
                .toList()));
    return "cases/unit";
  }

  private List<Row> rows(List<CaseLine> lines) {
    return rows(lines, clock.instant());
  }

  /** The cases with their countdowns now. */
  static List<Row> rows(List<CaseLine> lines, Instant now) {
    return lines.stream()
        .map(l -> new Row(l, TermLeft.of(l.openedAt(), l.deadline(), now)))
        .toList();
  }

  /** The investigators of the user's units, to filter by. */
  private List<Directory.Account> investigators(CurrentUser user) {
    return directory.accounts().stream()
        .filter(a -> a.role() == Role.INVESTIGATOR && a.unit() != null && a.enabled())
        .filter(a -> user.unit().covers(a.unit()))
        .toList();
  }
}
