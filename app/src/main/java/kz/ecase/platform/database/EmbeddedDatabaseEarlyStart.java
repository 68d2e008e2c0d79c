package kz.ecase.platform.database;

import java.nio.file.Path;
import kz.ecase.platform.EcaseProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL alongside the application context rather than inside it: as soon
 * as the configuration is read (and only when it names no external database), the server starts on
 * a thread of its own while Spring loads classes and builds the context; the {@link
 * EmbeddedDatabaseConfiguration}'s server bean then takes it over, waiting only for what is left of
 * its start. The settings are the same the bean binds ({@code ecase.data-directory}, {@code
 * ecase.db.embedded.*}). Registered by {@code EcaseApplication.main} only: tests build their
 * contexts themselves and start the server inside them, as before. docs/operations.md, Start-up.
 */
public final class EmbeddedDatabaseEarlyStart
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment environment = event.getEnvironment();
    if (new NoExternalDatabaseCondition().matches(environment)) {
      Binder binder = Binder.get(environment);
      EcaseProperties ecase = binder.bindOrCreate("ecase", Bindable.of(EcaseProperties.class));
      EmbeddedDatabaseProperties settings =
          binder.bindOrCreate("ecase.db.embedded", Bindable.of(EmbeddedDatabaseProperties.class));
      EmbeddedPostgresServer.startEarly(dataDirectory(ecase), settings);
    }
  }

  static Path dataDirectory(EcaseProperties ecase) {
    return ecase.dataDirectory().resolve("postgres");
  }

  /** After the configuration files are read (Spring Boot's listener for them runs earlier). */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
