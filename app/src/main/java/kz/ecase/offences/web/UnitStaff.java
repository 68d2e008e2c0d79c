package kz.ecase.offences.web;

import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import org.springframework.stereotype.Component;

/**
 * A jurisdiction's units and staff as the protocol pages name them (staff by login: {@code
 * @staffNames}): the unit's name, not its code; the officers to filter the register by.
 */
@Component
class UnitStaff {

  private final Directory directory;

  UnitStaff(Directory directory) {
    this.directory = directory;
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
