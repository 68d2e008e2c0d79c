package kz.ecase.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class LoginPageController {

  @GetMapping("/login")
  String login() {
    return "identity/login";
  }
}
