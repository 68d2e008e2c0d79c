package kz.ecase.signing.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.signing.FirstPin;
import kz.ecase.signing.InvalidPinException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.SigningConflictException;
import kz.ecase.signing.SigningKeys;
import kz.ecase.signing.WrongPinException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where a staff member sets their signing PIN the first time (a key and a certificate are
 * made) or changes it (the current PIN is asked, and a wrong one counts).
 */
@Controller
class PinPage {

  private final SigningKeys keys;
  private final CurrentUsers users;

  PinPage(SigningKeys keys, CurrentUsers users) {
    this.keys = keys;
    this.users = users;
  }

  @GetMapping("/signing/pin")
  String page(@RequestParam(required = false) String back, Model model) {
    model.addAttribute("back", safe(back));
    return "signing/pin";
  }

  @PostMapping("/signing/pin")
  String set(
      @RequestParam(defaultValue = "") String pin,
      @RequestParam(defaultValue = "") String repeat,
      @RequestParam(defaultValue = "") String currentPin,
      @RequestParam(required = false) String back,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>(FirstPin.problems(pin, repeat));
    if (errors.isEmpty()) {
      try {
        keys.setPin(users.current(), pin, currentPin.isBlank() ? null : currentPin);
        return "redirect:" + (safe(back) == null ? "/signing/pin?set" : safe(back));
      } catch (WrongPinException e) {
        errors.put("currentPin", "pin.error.current");
      } catch (PinLockedException e) {
        errors.put("currentPin", "pin.error.locked");
      } catch (InvalidPinException e) {
        errors.put("pin", "pin.error.format");
      } catch (SigningConflictException e) {
        errors.put("currentPin", "pin.error.current-needed");
      }
    }
    model.addAttribute("errors", errors);
    model.addAttribute("back", safe(back));
    return "signing/pin";
  }

  /** Only a path of ecase itself to go back to, never another site. */
  private static String safe(String back) {
    return back != null && back.matches("/[A-Za-z0-9/_.-]*") && !back.startsWith("//")
        ? back
        : null;
  }
}
