package kz.ecase.administration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.ecase.administration.AccountAdministration;
import kz.ecase.administration.AdministrativeActs;
import kz.ecase.identity.AccountRejectedException;
import kz.ecase.identity.Accounts;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.NotFoundException;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.WrongPinException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' page: units, accounts and the latest acts, with forms to create accounts and
 * units and to disable, re-enable, move or reset the key of an account. Each form takes the
 * administrator's signing PIN; a form's errors are shown beside its fields, all at once.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdministrationPageController {

  private final Directory directory;
  private final AccountAdministration administration;
  private final AdministrativeActs acts;
  private final Accounts accounts;
  private final CurrentUsers users;

  AdministrationPageController(
      Directory directory,
      AccountAdministration administration,
      AdministrativeActs acts,
      Accounts accounts,
      CurrentUsers users) {
    this.directory = directory;
    this.administration = administration;
    this.acts = acts;
    this.accounts = accounts;
    this.users = users;
  }

  @GetMapping("/admin/accounts")
  String page(Model model) {
    return render(model);
  }

  @PostMapping("/admin/accounts")
  String create(@RequestParam Map<String, String> form, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    String username = form.getOrDefault("username", "").strip();
    String displayName = form.getOrDefault("displayName", "").strip();
    String phone = form.getOrDefault("phone", "").strip();
    String password = form.getOrDefault("initialPassword", "");
    Role role = role(form.get("role"), errors);
    String unitChosen = form.getOrDefault("unit", "").strip();
    UnitCode unit = unitChosen.isEmpty() ? null : unit(unitChosen, "unit", errors);
    String iinGiven = form.getOrDefault("iin", "").strip();
    String iin = iinGiven.isEmpty() ? null : iinGiven;
    if (displayName.isEmpty() || displayName.length() > 200) {
      errors.put("displayName", "admin.error.name-required");
    }
    if (!phone.isEmpty() && !phone.matches(AdministrationApiController.PHONE)) {
      errors.put("phone", "admin.error.phone-format");
    }
    if (password.length() < Accounts.MINIMUM_PASSWORD) {
      errors.put("initialPassword", "admin.error.password-short");
    }
    requirePin(form, errors);
    Accounts.NewAccount account =
        new Accounts.NewAccount(
            username, displayName, role, unit, iin, phone.isEmpty() ? null : phone, password);
    if (role != null) {
      accounts.problemsOf(account).forEach(errors::putIfAbsent);
    }
    model.addAttribute("created", form);
    return act(
        "create",
        errors,
        model,
        admin -> administration.create(admin, form.get("pin"), account),
        "admin.done.created");
  }

  @PostMapping("/admin/accounts/{username}")
  String change(
      @PathVariable String username, @RequestParam Map<String, String> form, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    requirePin(form, errors);
    String action = form.getOrDefault("action", "");
    String pin = form.get("pin");
    model.addAttribute("target", username);
    Consumer<CurrentUser> step =
        switch (action) {
          case "disable" -> admin -> administration.disable(admin, pin, username);
          case "enable" -> admin -> administration.enable(admin, pin, username);
          case "reset-key" -> admin -> administration.resetSigningKey(admin, pin, username);
          case "move" -> {
            UnitCode unit = unit(form.get("unit"), "unit", errors);
            yield admin -> administration.move(admin, pin, username, unit);
          }
          case "position" -> {
            String kk = form.getOrDefault("positionKk", "");
            String ru = form.getOrDefault("positionRu", "");
            if (kk.strip().length() > 200 || ru.strip().length() > 200) {
              errors.put("position", "admin.error.position");
            }
            yield admin -> administration.setPosition(admin, pin, username, kk, ru);
          }
          default -> {
            errors.put("action", "admin.error.action");
            yield admin -> {};
          }
        };
    return act("account", errors, model, step, "admin.done." + action);
  }

  @PostMapping("/admin/units")
  String createUnit(@RequestParam Map<String, String> form, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    UnitCode code = unit(form.get("code"), "code", errors);
    for (String name : new String[] {"nameKk", "nameRu", "nameEn"}) {
      String value = form.getOrDefault(name, "").strip();
      if (value.isEmpty() || value.length() > 200) {
        errors.put(name, "admin.error.name-required");
      }
    }
    requirePin(form, errors);
    Accounts.NewUnit unit =
        new Accounts.NewUnit(
            code,
            form.getOrDefault("nameKk", ""),
            form.getOrDefault("nameRu", ""),
            form.getOrDefault("nameEn", ""));
    if (code != null) {
      accounts.problemsOf(unit).forEach(errors::putIfAbsent);
    }
    model.addAttribute("newUnit", form);
    return act(
        "unit",
        errors,
        model,
        admin -> administration.createUnit(admin, form.get("pin"), unit),
        "admin.done.unit");
  }

  @PostMapping("/admin/external-identities")
  String mapExternalIdentity(@RequestParam Map<String, String> form, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    String issuer = form.getOrDefault("issuer", "").strip();
    String subject = form.getOrDefault("subject", "").strip();
    String username = form.getOrDefault("username", "").strip();
    if (issuer.isEmpty() || issuer.length() > 500) {
      errors.put("issuer", "admin.error.issuer");
    }
    if (subject.isEmpty() || subject.length() > 255) {
      errors.put("subject", "admin.error.subject");
    }
    if (accounts.find(username).isEmpty()) {
      errors.put("username", "admin.error.no-such-account");
    }
    requirePin(form, errors);
    model.addAttribute("mapping", form);
    return act(
        "mapping",
        errors,
        model,
        admin ->
            administration.mapExternalIdentity(admin, form.get("pin"), issuer, subject, username),
        "admin.done.mapping");
  }

  private String act(
      String formName,
      Map<String, String> errors,
      Model model,
      Consumer<CurrentUser> step,
      String done) {
    if (errors.isEmpty()) {
      try {
        step.accept(users.current());
        model.addAttribute("done", done);
        model.addAttribute("created", null);
        model.addAttribute("newUnit", null);
      } catch (AccountRejectedException e) {
        errors.putAll(e.problems());
      } catch (WrongPinException e) {
        errors.put("pin", "admin.error.pin-wrong");
      } catch (PinLockedException e) {
        errors.put("pin", "admin.error.pin-locked");
      } catch (NoSigningKeyException e) {
        errors.put("pin", "admin.error.no-key");
      } catch (NotFoundException e) {
        errors.put("action", "admin.error.no-key-to-reset");
      } catch (AccessDeniedException e) {
        errors.put("action", "admin.error.own-account");
      }
    }
    if (!errors.isEmpty()) {
      model.addAttribute("form", formName);
      model.addAttribute("errors", errors);
    }
    return render(model);
  }

  private String render(Model model) {
    List<Directory.Account> accounts = directory.accounts();
    model.addAttribute("accounts", accounts);
    model.addAttribute("positions", directory.positions(accounts));
    model.addAttribute("units", directory.units());
    model.addAttribute("acts", acts.latest(50));
    model.addAttribute(
        "roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.CITIZEN).toList());
    model.addAttribute("me", users.current().username());
    return "administration/accounts";
  }

  private static void requirePin(Map<String, String> form, Map<String, String> errors) {
    if (!form.getOrDefault("pin", "").matches(AdministrationApiController.PIN)) {
      errors.put("pin", "admin.error.pin-format");
    }
  }

  private static Role role(String value, Map<String, String> errors) {
    try {
      Role role = Role.valueOf(value == null ? "" : value);
      if (role != Role.CITIZEN) {
        return role;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    errors.put("role", "admin.error.role");
    return null;
  }

  private static UnitCode unit(String value, String field, Map<String, String> errors) {
    if (value == null || !value.strip().matches(AdministrationApiController.UNIT)) {
      errors.put(field, "admin.error.unit-format");
      return null;
    }
    return UnitCode.of(value.strip());
  }
}
