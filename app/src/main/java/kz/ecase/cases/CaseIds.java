package kz.ecase.cases;

import java.util.UUID;
import kz.ecase.platform.NotFoundException;

/** Ids as they come in addresses: anything but a UUID is no such record. */
public final class CaseIds {

  private CaseIds() {}

  public static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound();
    }
  }

  public static NotFoundException notFound() {
    return new NotFoundException("No such case");
  }
}
