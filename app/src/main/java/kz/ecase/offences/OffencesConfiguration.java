package kz.ecase.offences;

import kz.ecase.offences.domain.CatalogueFiles;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.OffenceCatalogue;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue, the fine rules and the terms, built from the shipped data and configuration. */
@Configuration(proxyBeanMethods = false)
class OffencesConfiguration {

  /** Loaded at start-up, so a broken catalogue file stops ecase instead of a protocol. */
  @Bean
  OffenceCatalogue offenceCatalogue() {
    return CatalogueFiles.shipped();
  }

  @Bean
  FineCalculator fineCalculator(OffencesProperties properties) {
    return new FineCalculator(properties.mciTable());
  }

  @Bean
  ProcedureTerms procedureTerms(OffencesProperties properties, ProcedureCalendar calendar) {
    return properties.terms(calendar);
  }
}
