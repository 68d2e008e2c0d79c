package kz.ecase.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.ecase.identity.persistence.AccountChanges;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to accounts, units and external-identity mappings. Each joins the caller's transaction
 * (there must be one): the administration module makes each change a signed, ledgered act, and
 * nothing else calls these methods. Rules that a request's shape cannot show (a username taken, a
 * unit unknown) are checked here and reported all at once ({@link AccountRejectedException}).
 */
@Service
public class Accounts {

  /** Local usernames: lower-case letters, digits, dot, dash, underscore; never a colon. */
  public static final String USERNAME_RULE = "[a-z0-9][a-z0-9._-]{1,63}";

  public static final int MINIMUM_PASSWORD = 10;

  /**
   * An account to create: a staff member of a unit, or a defence lawyer (role LAWYER), who belongs
   * to no unit and is known by their IIN (the cases they are admitted to name it).
   *
   * @param unit the staff member's unit; null for a lawyer
   * @param iin the lawyer's IIN; null for staff
   */
  public record NewAccount(
      String username,
      String displayName,
      Role role,
      UnitCode unit,
      String iin,
      String phone,
      String initialPassword) {}

  public record NewUnit(UnitCode code, String nameKk, String nameRu, String nameEn) {}

  private final AccountChanges changes;
  private final PasswordEncoder passwords;

  private final kz.ecase.identity.persistence.AccountPositions positions;

  Accounts(
      AccountChanges changes,
      PasswordEncoder passwords,
      kz.ecase.identity.persistence.AccountPositions positions) {
    this.positions = positions;
    this.changes = changes;
    this.passwords = passwords;
  }

  /** The problems a new account would have, field → message key; empty when it may be created. */
  public Map<String, String> problemsOf(NewAccount account) {
    Map<String, String> problems = new LinkedHashMap<>();
    String username = account.username() == null ? "" : account.username();
    if (!username.matches(USERNAME_RULE)) {
      problems.put("username", "admin.error.username-format");
    } else if (changes.usernameTaken(username)) {
      problems.put("username", "admin.error.username-taken");
    }
    if (account.role() == Role.CITIZEN) {
      problems.put("role", "admin.error.role-citizen");
    } else if (account.role() == Role.LAWYER) {
      if (account.iin() == null || Iin.check(account.iin()).isPresent()) {
        problems.put("iin", "admin.error.iin");
      }
      if (account.unit() != null) {
        problems.put("unit", "admin.error.lawyer-has-no-unit");
      }
    } else {
      if (account.unit() == null) {
        problems.put("unit", "admin.error.unit-required");
      } else if (changes.unitId(account.unit()).isEmpty()) {
        problems.put("unit", "admin.error.unit-unknown");
      }
      if (account.iin() != null) {
        problems.put("iin", "admin.error.iin-lawyer-only");
      }
    }
    if (account.initialPassword() != null
        && account.initialPassword().length() < MINIMUM_PASSWORD) {
      problems.put("initialPassword", "admin.error.password-short");
    }
    return problems;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Directory.Account create(NewAccount account) {
    reject(problemsOf(account));
    changes.insertAccount(
        account.username(),
        passwords.encode(account.initialPassword()),
        account.displayName().strip(),
        account.role().name(),
        account.unit() == null ? null : changes.unitId(account.unit()).orElseThrow(),
        account.iin(),
        account.phone());
    return find(account.username()).orElseThrow();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Directory.Account setEnabled(String username, boolean enabled) {
    Directory.Account account = existing(username);
    changes.setEnabled(account.username(), enabled);
    return find(account.username()).orElseThrow();
  }

  /**
   * Sets the position the account signs documents with, in Kazakh and Russian (blank: none, the
   * documents then print a wording of the role).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Directory.Account setPosition(String username, String positionKk, String positionRu) {
    Directory.Account account = existing(username);
    positions.set(account.username(), positionKk, positionRu);
    return find(account.username()).orElseThrow();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Directory.Account move(String username, UnitCode unit) {
    Directory.Account account = existing(username);
    if (account.role().personal()) {
      reject(Map.of("username", "admin.error.citizen-has-no-unit"));
    }
    Long unitId =
        changes
            .unitId(unit)
            .orElseThrow(
                () -> new AccountRejectedException(Map.of("unit", "admin.error.unit-unknown")));
    changes.move(account.username(), unitId);
    return find(account.username()).orElseThrow();
  }

  /** The problems a new unit would have, field → message key. */
  public Map<String, String> problemsOf(NewUnit unit) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (changes.unitId(unit.code()).isPresent()) {
      problems.put("code", "admin.error.unit-taken");
    } else if (!unit.code().isRegion() && changes.unitId(unit.code().region()).isEmpty()) {
      problems.put("code", "admin.error.region-unknown");
    }
    return problems;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void createUnit(NewUnit unit) {
    reject(problemsOf(unit));
    changes.insertUnit(
        unit.code().value(),
        unit.code().isRegion() ? null : changes.unitId(unit.code().region()).orElseThrow(),
        unit.nameKk().strip(),
        unit.nameRu().strip(),
        unit.nameEn().strip());
  }

  /**
   * Lets the external identity (issuer, subject) act as the local account {@code username}, with
   * the account's role and unit.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void mapExternalIdentity(
      String issuer, String subject, String username, String mappedBy, Instant at) {
    Directory.Account account = existing(username);
    if (changes.externalIdentityMapped(issuer, subject)) {
      reject(Map.of("subject", "admin.error.identity-mapped"));
    }
    changes.mapExternalIdentity(issuer, subject, account.username(), mappedBy, at);
  }

  public Optional<Directory.Account> find(String username) {
    return changes.account(normalise(username));
  }

  private Directory.Account existing(String username) {
    return find(username)
        .orElseThrow(
            () -> new AccountRejectedException(Map.of("username", "admin.error.account-unknown")));
  }

  private static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static void reject(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new AccountRejectedException(problems);
    }
  }
}
