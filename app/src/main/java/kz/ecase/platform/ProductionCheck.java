package kz.ecase.platform;

import java.util.List;

/**
 * Something a module refuses to run in production with (demo accounts, the embedded database…).
 * Under the {@code prod} profile ecase collects every check's problems and refuses to start while
 * there is any, listing them all.
 */
public interface ProductionCheck {

  /** What must be fixed before production may start; empty when nothing. */
  List<String> problems();
}
