package kz.ecase.platform.database;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The connection pool's default size, {@code ecase.db.default-pool-size}: twice the cores, and
 * never below 4. {@code ECASE_DB_POOL_SIZE} overrides it ({@code application.yml}). On a box that
 * ecase shares with PostgreSQL (the embedded default, a one-box region) more connections than that
 * only take the cores from each other while a registration holds its connection for the paper and
 * its signature (docs/operations.md, Database). Registered in {@code META-INF/spring.factories}, so
 * tests get the same default as the jar.
 */
public final class PoolSizeDefault implements EnvironmentPostProcessor {

  static final String PROPERTY = "ecase.db.default-pool-size";

  /** The fewest connections ecase is sized for (docs/operations.md, Database). */
  static final int FLOOR = 4;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    int size = forCores(Runtime.getRuntime().availableProcessors());
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("ecasePoolSizeDefault", Map.of(PROPERTY, size)));
  }

  static int forCores(int cores) {
    return Math.max(FLOOR, 2 * cores);
  }
}
