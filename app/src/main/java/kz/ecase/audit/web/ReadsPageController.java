package kz.ecase.audit.web;

import kz.ecase.audit.persistence.ReadRows;
import kz.ecase.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizen portal's page of who opened records about the person, when and why. */
@Controller
class ReadsPageController {

  private final ReadRows rows;
  private final CurrentUsers currentUsers;

  ReadsPageController(ReadRows rows, CurrentUsers currentUsers) {
    this.rows = rows;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/audit/about-me")
  @PreAuthorize("hasRole('CITIZEN')")
  String aboutMe(Model model) {
    model.addAttribute("reads", rows.aboutPerson(currentUsers.current().iin().value(), 200));
    return "audit/about-me";
  }
}
