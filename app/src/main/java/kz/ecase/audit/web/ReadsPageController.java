package kz.ecase.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.audit.persistence.ReadRows;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.RecordNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The citizen portal's page of who else opened records about the person, when and why: each record
 * by its number (the protocol's, the case's…), never by an id; the person's own views are not
 * listed.
 */
@Controller
class ReadsPageController {

  /** A record as the page names it: its type and number. */
  record RecordName(String type, String number) {}

  private final ReadRows rows;
  private final CurrentUsers currentUsers;
  private final Map<String, RecordNumbers> numbers = new HashMap<>();

  ReadsPageController(ReadRows rows, CurrentUsers currentUsers, List<RecordNumbers> sources) {
    this.rows = rows;
    this.currentUsers = currentUsers;
    sources.forEach(source -> numbers.put(source.recordType(), source));
  }

  @GetMapping("/audit/about-me")
  @PreAuthorize("hasRole('CITIZEN')")
  String aboutMe(Model model) {
    CurrentUser user = currentUsers.current();
    List<ReadRows.Row> reads = rows.aboutPerson(user.iin().value(), user.username(), 200);
    Map<String, RecordName> names = new HashMap<>();
    for (ReadRows.Row read : reads) {
      names.computeIfAbsent(read.recordKey(), key -> name(key).orElse(null));
    }
    model.addAttribute("reads", reads);
    model.addAttribute("names", names);
    return "audit/about-me";
  }

  private Optional<RecordName> name(String key) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String type = key.substring(0, slash);
    return Optional.ofNullable(numbers.get(type))
        .flatMap(source -> source.numberOf(key.substring(slash + 1)))
        .map(number -> new RecordName(type, number));
  }
}
