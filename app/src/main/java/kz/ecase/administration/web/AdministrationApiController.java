package kz.ecase.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import kz.ecase.administration.AccountAdministration;
import kz.ecase.administration.AdministrativeAct;
import kz.ecase.administration.AdministrativeActs;
import kz.ecase.identity.AccountRejectedException;
import kz.ecase.identity.Accounts;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account and unit administration for administrators. Every change carries the administrator's
 * signing PIN: it becomes an act signed with their key and recorded in the ledger.
 */
@RestController
@RequestMapping("/api/identity")
@Tag(name = "Identity")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('ADMIN')")
class AdministrationApiController {

  static final String PIN = "[0-9]{6,12}";
  static final String UNIT = "[0-9]{2}|[0-9]{6}";
  static final String PHONE = "\\+?[0-9]{10,15}";

  record NewAccountRequest(
      @NotBlank @Pattern(regexp = Accounts.USERNAME_RULE) String username,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull Role role,
      @Pattern(regexp = UNIT) String unit,
      @Pattern(regexp = "[0-9]{12}") String iin,
      @Pattern(regexp = PHONE) String phone,
      @NotBlank @Size(min = Accounts.MINIMUM_PASSWORD, max = 200) String initialPassword,
      @NotBlank @Pattern(regexp = PIN) String pin) {}

  record PinRequest(@NotBlank @Pattern(regexp = PIN) String pin) {}

  record MoveRequest(
      @NotBlank @Pattern(regexp = UNIT) String unit, @NotBlank @Pattern(regexp = PIN) String pin) {}

  record NewUnitRequest(
      @NotBlank @Pattern(regexp = UNIT) String code,
      @NotBlank @Size(max = 200) String nameKk,
      @NotBlank @Size(max = 200) String nameRu,
      @NotBlank @Size(max = 200) String nameEn,
      @NotBlank @Pattern(regexp = PIN) String pin) {}

  record ExternalIdentityRequest(
      @NotBlank @Size(max = 500) String issuer,
      @NotBlank @Size(max = 255) String subject,
      @NotBlank @Size(max = 64) String username,
      @NotBlank @Pattern(regexp = PIN) String pin) {}

  private final AccountAdministration administration;
  private final AdministrativeActs acts;
  private final CurrentUsers users;
  private final MessageSource messages;

  AdministrationApiController(
      AccountAdministration administration,
      AdministrativeActs acts,
      CurrentUsers users,
      MessageSource messages) {
    this.administration = administration;
    this.acts = acts;
    this.users = users;
    this.messages = messages;
  }

  @PostMapping("/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create an account (administrators; a signed act)",
      description =
          "Staff: a role and a unit. A defence lawyer (role LAWYER): an IIN and no unit; the"
              + " lawyer then asks to be admitted to cases, which name that IIN.")
  Directory.Account create(@Valid @RequestBody NewAccountRequest request) {
    return administration.create(
        users.current(),
        request.pin(),
        new Accounts.NewAccount(
            request.username(),
            request.displayName(),
            request.role(),
            request.unit() == null ? null : UnitCode.of(request.unit()),
            request.iin(),
            request.phone(),
            request.initialPassword()));
  }

  @PostMapping("/accounts/{username}/disable")
  @Operation(
      summary = "Disable an account: it signs in by no path and its tokens and sessions stop")
  Directory.Account disable(@PathVariable String username, @Valid @RequestBody PinRequest request) {
    return administration.disable(users.current(), request.pin(), username);
  }

  @PostMapping("/accounts/{username}/enable")
  @Operation(summary = "Re-enable a disabled account")
  Directory.Account enable(@PathVariable String username, @Valid @RequestBody PinRequest request) {
    return administration.enable(users.current(), request.pin(), username);
  }

  @PutMapping("/accounts/{username}/unit")
  @Operation(summary = "Move an account to another unit")
  Directory.Account move(@PathVariable String username, @Valid @RequestBody MoveRequest request) {
    return administration.move(
        users.current(), request.pin(), username, UnitCode.of(request.unit()));
  }

  @PostMapping("/accounts/{username}/signing-key/reset")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Revoke an account's signing certificate and remove its key",
      description = "The user then sets a new PIN, which issues a new certificate.")
  void resetSigningKey(@PathVariable String username, @Valid @RequestBody PinRequest request) {
    administration.resetSigningKey(users.current(), request.pin(), username);
  }

  @PostMapping("/units")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a unit: a region (2 digits) or a department of one (6 digits)")
  void createUnit(@Valid @RequestBody NewUnitRequest request) {
    administration.createUnit(
        users.current(),
        request.pin(),
        new Accounts.NewUnit(
            UnitCode.of(request.code()), request.nameKk(), request.nameRu(), request.nameEn()));
  }

  @PostMapping("/external-identities")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Map an external provider's identity (issuer, subject) to a local account",
      description = "Its tokens then act as that account, with the account's role and unit.")
  void mapExternalIdentity(@Valid @RequestBody ExternalIdentityRequest request) {
    administration.mapExternalIdentity(
        users.current(), request.pin(), request.issuer(), request.subject(), request.username());
  }

  @GetMapping("/acts")
  @Operation(summary = "The latest 200 administrative acts, newest first, with ledger indexes")
  List<AdministrativeAct> acts() {
    return acts.latest(200);
  }

  @ExceptionHandler(AccountRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(AccountRejectedException ex) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Invalid input",
            "Some fields are missing or invalid; see errors.");
    problem.setProperty(
        "errors",
        ex.problems().entrySet().stream()
            .map(
                e ->
                    Map.of(
                        "field",
                        e.getKey(),
                        "message",
                        messages.getMessage(
                            e.getValue(), null, e.getValue(), LocaleContextHolder.getLocale())))
            .toList());
    return ResponseEntity.badRequest().body(problem);
  }
}
