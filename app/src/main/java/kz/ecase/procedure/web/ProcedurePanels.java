package kz.ecase.procedure.web;

import java.util.EnumSet;
import kz.ecase.identity.Role;
import kz.ecase.web.WorkspacePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every staff workspace shows its alerts first. */
@Configuration(proxyBeanMethods = false)
class ProcedurePanels {

  @Bean
  WorkspacePanel alertsPanel() {
    return WorkspacePanel.of(
            "panel.alerts",
            1,
            EnumSet.complementOf(EnumSet.of(Role.CITIZEN, Role.LAWYER, Role.ADMIN)))
        .withContent("/alerts/panel");
  }
}
