package kz.ecase.persons.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.persons.persistence.LookupLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who looked whom up: for a person, the look-ups of their data; for a head of unit or a supervising
 * prosecutor, the look-ups in their jurisdiction with each user's count over the last day as a bar,
 * abnormal rates marked.
 */
@Controller
class LookupLogPageController {

  private final LookupLog log;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  LookupLogPageController(LookupLog log, CurrentUsers currentUsers, Clock clock) {
    this.log = log;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/persons/about-me")
  @PreAuthorize("hasRole('CITIZEN')")
  String aboutMe(Model model) {
    CurrentUser user = currentUsers.current();
    model.addAttribute("lookups", log.aboutPerson(user.iin().value(), 200));
    return "persons/about-me";
  }

  @GetMapping("/persons/lookups")
  @PreAuthorize("hasAnyRole('HEAD_OF_UNIT', 'SUPERVISING_PROSECUTOR')")
  String ofJurisdiction(Model model) {
    CurrentUser user = currentUsers.current();
    List<LookupLog.Entry> lookups = log.byUnit(user.unit().value(), 500);
    Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
    Map<String, Long> perUser = new TreeMap<>();
    lookups.stream()
        .filter(entry -> entry.at().isAfter(dayAgo))
        .forEach(entry -> perUser.merge(entry.userName(), 1L, Long::sum));
    model.addAttribute("lookups", lookups);
    model.addAttribute("perUser", perUser);
    model.addAttribute(
        "most", perUser.values().stream().mapToLong(Long::longValue).max().orElse(1));
    return "persons/lookups";
  }
}
