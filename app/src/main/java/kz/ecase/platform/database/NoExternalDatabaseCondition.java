package kz.ecase.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when {@code spring.datasource.url} (set from {@code ECASE_DB_URL}) is empty. */
class NoExternalDatabaseCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return matches(context.getEnvironment());
  }

  boolean matches(Environment environment) {
    return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
  }
}
