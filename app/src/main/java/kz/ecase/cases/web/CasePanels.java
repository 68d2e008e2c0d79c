package kz.ecase.cases.web;

import static kz.ecase.identity.Role.CITIZEN;
import static kz.ecase.identity.Role.DUTY_PROSECUTOR;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.INVESTIGATOR;
import static kz.ecase.identity.Role.LAWYER;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import kz.ecase.web.WorkspacePanel;
import kz.ecase.web.WorkspacePanel.Link;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Criminal cases in the workspaces: the investigator's cases with the least time left, the
 * approvers' documents to approve (how many, the oldest), the unit's cases by time left for the
 * head and the prosecutors, the defence lawyer's cases and request to be admitted, the complaints
 * waiting for the prosecutors' decision, and a person's own cases and complaints.
 */
@Configuration(proxyBeanMethods = false)
class CasePanels {

  @Bean
  WorkspacePanel myCasesPanel() {
    return WorkspacePanel.of(
            "panel.my-cases", 3, Set.of(INVESTIGATOR), new Link("/cases", "panel.my-cases.open"))
        .withContent("/cases/panel");
  }

  @Bean
  WorkspacePanel toApprovePanel() {
    return WorkspacePanel.of(
            "panel.to-approve",
            4,
            Set.of(HEAD_OF_UNIT, DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR),
            new Link("/cases/approvals", "panel.to-approve.open"))
        .withContent("/cases/approvals/panel");
  }

  @Bean
  WorkspacePanel unitCasesPanel() {
    return WorkspacePanel.of(
        "panel.unit-cases",
        6,
        Set.of(HEAD_OF_UNIT, DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR),
        new Link("/cases/unit", "panel.unit-cases.open"),
        new Link("/cases/unit?overdue=true", "panel.unit-cases.overdue"));
  }

  @Bean
  WorkspacePanel defencePanel() {
    return WorkspacePanel.of(
        "panel.defence", 3, Set.of(LAWYER), new Link("/cases/defence", "panel.defence.open"));
  }

  @Bean
  WorkspacePanel complaintsPanel() {
    return WorkspacePanel.of(
            "panel.complaints",
            5,
            Set.of(DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR),
            new Link("/cases/complaints", "panel.complaints.open"))
        .withContent("/cases/complaints/panel");
  }

  @Bean
  WorkspacePanel participationPanel() {
    return WorkspacePanel.of(
        "panel.participation",
        15,
        Set.of(CITIZEN),
        new Link("/cases/my-cases", "panel.participation.open"),
        new Link("/cases/my-complaints", "panel.participation.complain"));
  }

  @Bean
  WorkspacePanel lawyerComplaintsPanel() {
    return WorkspacePanel.of(
        "panel.my-complaints",
        15,
        Set.of(LAWYER),
        new Link("/cases/my-complaints", "panel.my-complaints.open"));
  }
}
