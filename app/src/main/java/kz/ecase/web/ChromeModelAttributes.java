package kz.ecase.web;

import java.time.ZoneId;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.EcaseProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: the signed-in user, if any, and the zone to show times in.
 */
@ControllerAdvice(annotations = Controller.class)
class ChromeModelAttributes {

  private final CurrentUsers currentUsers;
  private final ZoneId zone;

  ChromeModelAttributes(CurrentUsers currentUsers, EcaseProperties ecase) {
    this.currentUsers = currentUsers;
    this.zone = ecase.timeZone();
  }

  @ModelAttribute("zone")
  ZoneId zone() {
    return zone;
  }

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return currentUsers.find().orElse(null);
  }
}
