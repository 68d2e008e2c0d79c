package kz.ecase.cases.web;

import static kz.ecase.identity.Role.DUTY_PROSECUTOR;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.INVESTIGATOR;
import static kz.ecase.identity.Role.OFFICER;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import kz.ecase.web.SearchSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The criminal register in the header search's page: the crime reports and cases the text finds,
 * for the staff who may open them (each line is filtered by the report's or case's own rule).
 */
@Configuration(proxyBeanMethods = false)
class CaseSearchSection {

  @Bean
  SearchSection criminalRegisterSearch() {
    return new SearchSection(
        "search.register",
        1,
        Set.of(OFFICER, INVESTIGATOR, HEAD_OF_UNIT, DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR),
        "/cases/search/section",
        "/cases/search");
  }
}
