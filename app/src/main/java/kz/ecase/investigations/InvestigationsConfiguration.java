package kz.ecase.investigations;

import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.CriminalCatalogueFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The criminal catalogue, loaded at start-up so that a broken file stops ecase, not a report. */
@Configuration(proxyBeanMethods = false)
class InvestigationsConfiguration {

  @Bean
  CriminalCatalogue criminalCatalogue() {
    return CriminalCatalogueFile.shipped();
  }
}
