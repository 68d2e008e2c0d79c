package kz.ecase.investigations.web;

import static kz.ecase.identity.Role.DUTY_PROSECUTOR;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.INVESTIGATOR;
import static kz.ecase.identity.Role.OFFICER;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import kz.ecase.web.WorkspacePanel;
import kz.ecase.web.WorkspacePanel.Link;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The e-criminal case in the workspaces: the register for staff, the checks for prosecutors. */
@Configuration(proxyBeanMethods = false)
class InvestigationsPanels {

  @Bean
  WorkspacePanel reportsPanel() {
    return WorkspacePanel.of(
        "panel.reports",
        15,
        Set.of(OFFICER, INVESTIGATOR, HEAD_OF_UNIT),
        new Link("/investigations/reports/new", "panel.reports.new"),
        new Link("/investigations/reports", "panel.reports.register"));
  }

  @Bean
  WorkspacePanel registrationsToCheckPanel() {
    return WorkspacePanel.of(
        "panel.registrations-to-check",
        10,
        Set.of(DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR),
        new Link("/investigations/duty", "panel.registrations-to-check.open"),
        new Link("/investigations/reports", "panel.reports.register"));
  }

  @Bean
  WorkspacePanel detentionsPanel() {
    return WorkspacePanel.of(
        "panel.detentions",
        12,
        Set.of(OFFICER, INVESTIGATOR, HEAD_OF_UNIT, DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR),
        new Link("/investigations/custody", "panel.detentions.open"));
  }

  @Bean
  WorkspacePanel statementsPanel() {
    return WorkspacePanel.of(
        "panel.statements",
        30,
        Set.of(kz.ecase.identity.Role.CITIZEN),
        new Link("/investigations/statements", "panel.statements.open"));
  }
}
