package kz.ecase.persons.web;

import static kz.ecase.identity.Role.CITIZEN;
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

/** Person look-up in the staff's workspaces; who looked the person up, in their own. */
@Configuration(proxyBeanMethods = false)
class PersonsPanels {

  @Bean
  WorkspacePanel personLookupPanel() {
    return WorkspacePanel.of(
        "panel.person-lookup",
        20,
        Set.of(OFFICER, INVESTIGATOR, HEAD_OF_UNIT, DUTY_PROSECUTOR),
        new Link("/persons/lookup", "panel.person-lookup.open"));
  }

  @Bean
  WorkspacePanel lookupsPanel() {
    return WorkspacePanel.of(
        "panel.lookups",
        50,
        Set.of(HEAD_OF_UNIT, SUPERVISING_PROSECUTOR),
        new Link("/persons/lookups", "panel.lookups.open"));
  }

  @Bean
  WorkspacePanel whoReadPanel() {
    return WorkspacePanel.of(
        "panel.who-read",
        20,
        Set.of(CITIZEN),
        new Link("/persons/about-me", "panel.who-read.lookups"),
        new Link("/audit/about-me", "panel.who-read.reads"));
  }
}
