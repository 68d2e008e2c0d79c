package kz.ecase.procedure;

import kz.ecase.platform.EcaseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kernel's calendar and law values, built once from configuration and the law files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CalendarProperties.class, BrokerProperties.class})
class ProcedureConfiguration {

  @Bean
  ProcedureCalendar procedureCalendar(EcaseProperties ecase, CalendarProperties calendar) {
    return new ProcedureCalendar(ecase.timeZone(), calendar.workingCalendar());
  }

  @Bean
  LawValues lawValues() {
    return LawValueFiles.load();
  }
}
