package kz.ecase.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module injects; tests replace it with a fixed or moving one. A training
 * instance (or a test of a whole process) may run days ahead with {@code ECASE_CLOCK_OFFSET}, so
 * that terms lapse without waiting; production refuses any offset.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock(@Value("${ecase.clock-offset:PT0S}") Duration offset) {
    return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
  }

  @Bean
  ProductionCheck clockOffsetCheck(@Value("${ecase.clock-offset:PT0S}") Duration offset) {
    return () ->
        offset.isZero()
            ? List.of()
            : List.of("ECASE_CLOCK_OFFSET is " + offset + ": production runs on the real time");
  }
}
