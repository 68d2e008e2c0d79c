package kz.ecase.web;

import static kz.ecase.identity.Role.ANALYST;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.INVESTIGATOR;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The panels of work whose modules are still to come (statistics, the investigation's terms), shown
 * as such until their module contributes the real panel.
 */
@Configuration(proxyBeanMethods = false)
class ChromePanels {

  @Bean
  WorkspacePanel deadlinesPanel() {
    return WorkspacePanel.of(
        "panel.deadlines", 70, Set.of(INVESTIGATOR, HEAD_OF_UNIT, SUPERVISING_PROSECUTOR));
  }

  @Bean
  WorkspacePanel indicatorsPanel() {
    return WorkspacePanel.of(
        "panel.indicators", 80, Set.of(HEAD_OF_UNIT, SUPERVISING_PROSECUTOR, ANALYST));
  }

  @Bean
  WorkspacePanel supervisedCasesPanel() {
    return WorkspacePanel.of("panel.supervised-cases", 5, Set.of(SUPERVISING_PROSECUTOR));
  }
}
