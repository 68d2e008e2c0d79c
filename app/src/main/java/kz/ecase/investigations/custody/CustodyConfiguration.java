package kz.ecase.investigations.custody;

import kz.ecase.investigations.custody.domain.CustodyLimits;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The custody limits from the kernel's law values, counted in the kernel's zone. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CustodyConfiguration {

  @Bean
  CustodyLimits custodyLimits(LawValues law, ProcedureCalendar calendar) {
    return new CustodyLimits(law, calendar.zone());
  }
}
