package kz.ecase.web;

import java.util.List;
import kz.ecase.identity.Role;

/**
 * A role's start page: its title and the panels of work it shows, each a message-key prefix ({@code
 * <key>.title}, {@code <key>.text}). Panels fill in as the modules arrive.
 */
record Workspace(String titleKey, List<String> panels) {

  static Workspace of(Role role) {
    return switch (role) {
      case OFFICER ->
          new Workspace(
              "workspace.officer",
              List.of("panel.new-protocol", "panel.person-lookup", "panel.my-protocols"));
      case INVESTIGATOR ->
          new Workspace(
              "workspace.investigator",
              List.of("panel.my-cases", "panel.person-lookup", "panel.deadlines"));
      case HEAD_OF_UNIT ->
          new Workspace(
              "workspace.head",
              List.of(
                  "panel.unit-cases",
                  "panel.person-lookup",
                  "panel.lookups",
                  "panel.fines",
                  "panel.deadlines",
                  "panel.indicators"));
      case DUTY_PROSECUTOR ->
          new Workspace(
              "workspace.duty-prosecutor",
              List.of("panel.registrations-to-check", "panel.detentions", "panel.person-lookup"));
      case SUPERVISING_PROSECUTOR ->
          new Workspace(
              "workspace.supervisor",
              List.of(
                  "panel.supervised-cases",
                  "panel.lookups",
                  "panel.fines",
                  "panel.deadlines",
                  "panel.indicators"));
      case ANALYST -> new Workspace("workspace.analyst", List.of("panel.indicators"));
      case ADMIN -> new Workspace("workspace.admin", List.of("panel.accounts"));
      case CITIZEN ->
          new Workspace("workspace.citizen", List.of("panel.my-records", "panel.who-read"));
    };
  }
}
