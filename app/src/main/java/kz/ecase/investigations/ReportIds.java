package kz.ecase.investigations;

import java.util.UUID;
import kz.ecase.platform.NotFoundException;

/** Report ids as they come in addresses: anything but a UUID is no such report. */
final class ReportIds {

  private ReportIds() {}

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound();
    }
  }

  static NotFoundException notFound() {
    return new NotFoundException("No such report");
  }
}
