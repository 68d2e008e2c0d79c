package kz.ecase.platform.database;

import java.util.List;
import kz.ecase.platform.ProductionCheck;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Production needs an external PostgreSQL: the embedded default runs as a password-less superuser
 * on one machine's disk, fine for a newcomer or a test, not for a region's records.
 */
@Component
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseCheck implements ProductionCheck {

  @Override
  public List<String> problems() {
    return List.of("no external database: set ECASE_DB_URL, ECASE_DB_USER and ECASE_DB_PASSWORD");
  }
}
