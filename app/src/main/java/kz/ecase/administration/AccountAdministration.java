package kz.ecase.administration;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.identity.AccountRejectedException;
import kz.ecase.identity.Accounts;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.RecordRef;
import kz.ecase.signing.SigningKeys;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The administrator's use cases, each a signed act ({@link AdministrativeActs}) of type {@code
 * identity.<PastTense>} on the record {@code account/<username>} or {@code unit/<code>}. An
 * administrator cannot disable, move or reset the key of their own account (no one changes their
 * own rights; roles are not changed at all: a new role is a new account).
 */
@Service
public class AccountAdministration {

  private final Accounts accounts;
  private final AdministrativeActs acts;
  private final SigningKeys keys;
  private final Clock clock;

  AccountAdministration(Accounts accounts, AdministrativeActs acts, SigningKeys keys, Clock clock) {
    this.accounts = accounts;
    this.acts = acts;
    this.keys = keys;
    this.clock = clock;
  }

  public Directory.Account create(CurrentUser admin, String pin, Accounts.NewAccount account) {
    requireAdmin(admin);
    reject(accounts.problemsOf(account));
    acts.perform(
        admin,
        pin,
        "identity.AccountCreated",
        account(account.username()),
        account.unit() != null ? account.unit() : admin.unit(),
        () -> {
          Directory.Account created = accounts.create(account);
          Map<String, Object> facts = new LinkedHashMap<>();
          facts.put("username", created.username());
          facts.put("displayName", created.displayName());
          facts.put("role", created.role().name());
          if (created.unit() != null) {
            facts.put("unit", created.unit().value());
          }
          if (account.iin() != null) {
            facts.put("iin", account.iin());
          }
          if (account.phone() != null && !account.phone().isBlank()) {
            facts.put("phone", account.phone());
          }
          return facts;
        });
    return accounts.find(account.username()).orElseThrow();
  }

  public Directory.Account disable(CurrentUser admin, String pin, String username) {
    return setEnabled(admin, pin, username, false);
  }

  public Directory.Account enable(CurrentUser admin, String pin, String username) {
    return setEnabled(admin, pin, username, true);
  }

  public Directory.Account move(CurrentUser admin, String pin, String username, UnitCode unit) {
    Directory.Account account = others(admin, username);
    acts.perform(
        admin,
        pin,
        "identity.AccountMoved",
        account(account.username()),
        unit,
        () -> {
          accounts.move(account.username(), unit);
          return Map.of(
              "username", account.username(),
              "from", account.unit() == null ? "" : account.unit().value(),
              "to", unit.value());
        });
    return accounts.find(account.username()).orElseThrow();
  }

  /** Sets the position the account signs documents with (Kazakh, Russian; blank: none). */
  public Directory.Account setPosition(
      CurrentUser admin, String pin, String username, String positionKk, String positionRu) {
    Directory.Account account = others(admin, username);
    acts.perform(
        admin,
        pin,
        "identity.AccountPositionSet",
        account(account.username()),
        unitOf(account, admin),
        () -> {
          accounts.setPosition(account.username(), positionKk, positionRu);
          return Map.of(
              "username", account.username(),
              "positionKk", positionKk == null ? "" : positionKk.strip(),
              "positionRu", positionRu == null ? "" : positionRu.strip());
        });
    return accounts.find(account.username()).orElseThrow();
  }

  public void resetSigningKey(CurrentUser admin, String pin, String username) {
    Directory.Account account = others(admin, username);
    acts.perform(
        admin,
        pin,
        "identity.SigningKeyReset",
        account(account.username()),
        unitOf(account, admin),
        () -> {
          keys.reset(account.username(), "reset by " + admin.username());
          return Map.of("username", account.username());
        });
  }

  public void createUnit(CurrentUser admin, String pin, Accounts.NewUnit unit) {
    requireAdmin(admin);
    reject(accounts.problemsOf(unit));
    acts.perform(
        admin,
        pin,
        "identity.UnitCreated",
        new RecordRef("unit", unit.code().value()),
        unit.code(),
        () -> {
          accounts.createUnit(unit);
          return Map.of(
              "code", unit.code().value(),
              "nameKk", unit.nameKk(),
              "nameRu", unit.nameRu(),
              "nameEn", unit.nameEn());
        });
  }

  public void mapExternalIdentity(
      CurrentUser admin, String pin, String issuer, String subject, String username) {
    Directory.Account account = others(admin, username);
    acts.perform(
        admin,
        pin,
        "identity.ExternalIdentityMapped",
        account(account.username()),
        unitOf(account, admin),
        () -> {
          accounts.mapExternalIdentity(
              issuer, subject, account.username(), admin.username(), clock.instant());
          return Map.of("issuer", issuer, "subject", subject, "username", account.username());
        });
  }

  private Directory.Account setEnabled(
      CurrentUser admin, String pin, String username, boolean enabled) {
    Directory.Account account = others(admin, username);
    acts.perform(
        admin,
        pin,
        enabled ? "identity.AccountEnabled" : "identity.AccountDisabled",
        account(account.username()),
        unitOf(account, admin),
        () -> {
          accounts.setEnabled(account.username(), enabled);
          return Map.of("username", account.username());
        });
    return accounts.find(account.username()).orElseThrow();
  }

  /** The account, which must exist and must not be the administrator's own. */
  private Directory.Account others(CurrentUser admin, String username) {
    requireAdmin(admin);
    Directory.Account account =
        accounts
            .find(username)
            .orElseThrow(
                () ->
                    new AccountRejectedException(
                        Map.of("username", "admin.error.account-unknown")));
    if (account.username().equals(admin.username())) {
      throw new AccessDeniedException("An administrator cannot change their own account");
    }
    return account;
  }

  private static void reject(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new AccountRejectedException(problems);
    }
  }

  private static void requireAdmin(CurrentUser admin) {
    if (admin.role() != Role.ADMIN) {
      throw new AccessDeniedException("Only administrators change accounts");
    }
  }

  private static UnitCode unitOf(Directory.Account account, CurrentUser admin) {
    return account.unit() != null ? account.unit() : admin.unit();
  }

  private static RecordRef account(String username) {
    return new RecordRef("account", username.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
