package kz.ecase.identity.web;

import kz.ecase.identity.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators' view of units and accounts. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdministrationPageController {

  private final Directory directory;

  AdministrationPageController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/admin/accounts")
  String accounts(Model model) {
    model.addAttribute("accounts", directory.accounts());
    model.addAttribute("units", directory.units());
    return "identity/accounts";
  }
}
