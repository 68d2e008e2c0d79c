package kz.ecase.offences.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import org.springframework.stereotype.Component;

/** Staff as the protocol pages name them: by their names, not their logins. */
@Component
class StaffNames {

  private final Directory directory;

  StaffNames(Directory directory) {
    this.directory = directory;
  }

  /** Every account's display name by username. */
  Map<String, String> all() {
    return directory.accounts().stream()
        .collect(Collectors.toMap(Directory.Account::username, Directory.Account::displayName));
  }

  /** The enabled staff of the user's jurisdiction who register protocols, to filter by. */
  List<Directory.Account> officersOf(CurrentUser user) {
    return directory.accounts().stream()
        .filter(a -> a.enabled() && a.unit() != null && user.unit().covers(a.unit()))
        .filter(
            a ->
                a.role() == Role.OFFICER
                    || a.role() == Role.INVESTIGATOR
                    || a.role() == Role.HEAD_OF_UNIT)
        .toList();
  }
}
