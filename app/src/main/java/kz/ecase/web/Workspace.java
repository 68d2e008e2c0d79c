package kz.ecase.web;

import java.util.Comparator;
import java.util.List;
import kz.ecase.identity.Role;

/**
 * A role's start page: its title and the panels the modules contribute for that role ({@link
 * WorkspacePanel} beans), in their order.
 */
record Workspace(String titleKey, List<WorkspacePanel> panels) {

  static Workspace of(Role role, List<WorkspacePanel> contributed) {
    return new Workspace(
        titleKey(role),
        contributed.stream()
            .filter(panel -> panel.roles().contains(role))
            .sorted(Comparator.comparingInt(WorkspacePanel::order))
            .toList());
  }

  private static String titleKey(Role role) {
    return switch (role) {
      case OFFICER -> "workspace.officer";
      case INVESTIGATOR -> "workspace.investigator";
      case HEAD_OF_UNIT -> "workspace.head";
      case DUTY_PROSECUTOR -> "workspace.duty-prosecutor";
      case SUPERVISING_PROSECUTOR -> "workspace.supervisor";
      case ANALYST -> "workspace.analyst";
      case ADMIN -> "workspace.admin";
      case CITIZEN -> "workspace.citizen";
      case LAWYER -> "workspace.lawyer";
    };
  }
}
