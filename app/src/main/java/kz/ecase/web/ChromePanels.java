package kz.ecase.web;

import static kz.ecase.identity.Role.ADMIN;
import static kz.ecase.identity.Role.ANALYST;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.INVESTIGATOR;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The panels of modules that cannot contribute their own: identity's account administration (web
 * depends on identity, not the other way round) and the work of modules still to come, shown as
 * such until their module contributes the real panel.
 */
@Configuration(proxyBeanMethods = false)
class ChromePanels {

  @Bean
  WorkspacePanel accountsPanel() {
    return WorkspacePanel.of(
        "panel.accounts",
        10,
        Set.of(ADMIN),
        new WorkspacePanel.Link("/admin/accounts", "panel.accounts.open"));
  }

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
