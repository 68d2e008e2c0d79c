package kz.ecase.web;

import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: the signed-in user's role workspace. */
@Controller
class WorkspaceController {

  private final CurrentUsers currentUsers;
  private final List<WorkspacePanel> panels;

  WorkspaceController(CurrentUsers currentUsers, List<WorkspacePanel> panels) {
    this.currentUsers = currentUsers;
    this.panels = panels;
  }

  @GetMapping("/")
  String workspace(Model model) {
    CurrentUser user = currentUsers.current();
    model.addAttribute("user", user);
    model.addAttribute("workspace", Workspace.of(user.role(), panels));
    return "web/workspace";
  }
}
