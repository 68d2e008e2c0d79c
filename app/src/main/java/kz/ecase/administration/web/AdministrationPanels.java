package kz.ecase.administration.web;

import java.util.Set;
import kz.ecase.identity.Role;
import kz.ecase.web.WorkspacePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's workspace opens the accounts and units. */
@Configuration(proxyBeanMethods = false)
class AdministrationPanels {

  @Bean
  WorkspacePanel accountsPanel() {
    return WorkspacePanel.of(
        "panel.accounts",
        10,
        Set.of(Role.ADMIN),
        new WorkspacePanel.Link("/admin/accounts", "panel.accounts.open"));
  }
}
