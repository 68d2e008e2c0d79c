package kz.ecase.web;

import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the signed-in user, if any. */
@ControllerAdvice(annotations = Controller.class)
class ChromeModelAttributes {

  private final CurrentUsers currentUsers;

  ChromeModelAttributes(CurrentUsers currentUsers) {
    this.currentUsers = currentUsers;
  }

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return currentUsers.find().orElse(null);
  }
}
