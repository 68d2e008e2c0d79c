package kz.ecase.platform.database;

import kz.ecase.platform.StartupRefusedException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses the embedded default: it runs as a password-less superuser on one
 * machine's disk, fine for a newcomer or a test, not for a region's records.
 */
@Component
@Profile("prod")
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseInProduction implements InitializingBean {

  @Override
  public void afterPropertiesSet() {
    throw new StartupRefusedException(
        "The prod profile needs an external PostgreSQL: set ECASE_DB_URL, ECASE_DB_USER and"
            + " ECASE_DB_PASSWORD.");
  }
}
