package kz.ecase.platform.simulation;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when at least one external system's address is empty or blank. (Not
 * {@code @ConditionalOnProperty(havingValue = "")}: an empty {@code havingValue} matches every
 * value but "false", so it held even with every address set.)
 */
class AnySystemSimulatedCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !SimulatedSystems.in(context.getEnvironment()).isEmpty();
  }
}
