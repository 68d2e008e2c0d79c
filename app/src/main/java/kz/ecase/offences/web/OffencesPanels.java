package kz.ecase.offences.web;

import static kz.ecase.identity.Role.CITIZEN;
import static kz.ecase.identity.Role.HEAD_OF_UNIT;
import static kz.ecase.identity.Role.OFFICER;
import static kz.ecase.identity.Role.SUPERVISING_PROSECUTOR;

import java.util.Set;
import kz.ecase.identity.Role;
import kz.ecase.web.WorkspacePanel;
import kz.ecase.web.WorkspacePanel.Link;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SRAP's panels in the workspaces: the officer's protocols of today, the unit's register with the
 * appeals waiting (head, prosecutor), the fines overseen, the person's own.
 */
@Configuration(proxyBeanMethods = false)
class OffencesPanels {

  @Bean
  WorkspacePanel newProtocolPanel() {
    return WorkspacePanel.of(
        "panel.new-protocol",
        10,
        Set.of(OFFICER),
        new Link("/offences/protocols/new", "panel.new-protocol.open"));
  }

  @Bean
  WorkspacePanel cataloguePanel() {
    return WorkspacePanel.of(
        "panel.catalogue",
        70,
        Set.of(Role.ADMIN),
        new Link("/offences/catalogue", "panel.catalogue.open"));
  }

  @Bean
  WorkspacePanel myProtocolsPanel() {
    return WorkspacePanel.of(
            "panel.my-protocols",
            30,
            Set.of(OFFICER),
            new Link("/offences/protocols", "panel.my-protocols.open"))
        .withContent("/offences/protocols/panel");
  }

  @Bean
  WorkspacePanel unitProtocolsPanel() {
    return WorkspacePanel.of(
            "panel.unit-protocols",
            55,
            Set.of(HEAD_OF_UNIT, SUPERVISING_PROSECUTOR),
            new Link("/offences/unit", "panel.unit-protocols.open"),
            new Link("/offences/unit#appeals", "panel.unit-protocols.appeals"))
        .withContent("/offences/appeals/panel");
  }

  @Bean
  WorkspacePanel finesPanel() {
    return WorkspacePanel.of(
        "panel.fines",
        60,
        Set.of(HEAD_OF_UNIT, SUPERVISING_PROSECUTOR),
        new Link("/offences/payments/reconciliations", "panel.fines.reconciliation"),
        new Link("/offences/enforcement", "panel.fines.enforcement"));
  }

  @Bean
  WorkspacePanel myRecordsPanel() {
    return WorkspacePanel.of(
        "panel.my-records",
        10,
        Set.of(CITIZEN),
        new Link("/offences/my-protocols", "panel.my-records.open"));
  }
}
