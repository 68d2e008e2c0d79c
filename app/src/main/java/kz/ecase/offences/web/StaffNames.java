package kz.ecase.offences.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import org.springframework.stereotype.Component;

/** Staff and units as the protocol pages name them: by their names, not logins and codes. */
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

  /** The unit's name in the language (its code when there is no such unit). */
  String unitName(String code, String language) {
    return directory.units().stream()
        .filter(u -> u.code().value().equals(code))
        .map(u -> u.name(language))
        .findFirst()
        .orElse(code);
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
