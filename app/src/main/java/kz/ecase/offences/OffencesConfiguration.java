package kz.ecase.offences;

import kz.ecase.offences.domain.CatalogueFiles;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.persistence.CatalogueVersionStore;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue, the fine rules and the terms, built from the shipped data and configuration. */
@Configuration(proxyBeanMethods = false)
class OffencesConfiguration {

  /**
   * The shipped versions are read at start-up, so a broken catalogue file stops ecase instead of a
   * protocol; those administrators made are read from the database on first use.
   */
  @Bean
  CatalogueInUse catalogueInUse(CatalogueVersionStore store) {
    return new CatalogueInUse(CatalogueFiles.shipped(), store);
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
