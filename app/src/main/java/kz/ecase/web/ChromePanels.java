package kz.ecase.web;

import static kz.ecase.identity.Role.ANALYST;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The panels of work whose modules are still to come (statistics), shown as such until their module
 * contributes the real panel. (The terms and the supervised cases are the cases module's panels
 * now: "My cases", "To approve", "Cases of the unit".)
 */
@Configuration(proxyBeanMethods = false)
class ChromePanels {

  @Bean
  WorkspacePanel indicatorsPanel() {
    return WorkspacePanel.of(
        "panel.indicators", 80, Set.of(HEAD_OF_UNIT, SUPERVISING_PROSECUTOR, ANALYST));
  }
}
