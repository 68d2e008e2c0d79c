package kz.ecase.identity.demo;

import java.util.List;
import kz.ecase.identity.Role;
import kz.ecase.identity.persistence.AccountPositions;
import kz.ecase.identity.persistence.UnitRepository;
import kz.ecase.identity.persistence.UnitRow;
import kz.ecase.identity.persistence.UserAccountRepository;
import kz.ecase.identity.persistence.UserAccountRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of an empty database: the city of Astana as a region with two district police
 * departments, and one account per role (all marked as demo accounts, which production refuses).
 * Several nodes starting at once on an empty database seed it once: the first takes a
 * transaction-scoped advisory lock, the others wait for it and then find the units there.
 */
@Component
@ConditionalOnProperty(
    name = "ecase.demo-data.enabled",
    havingValue = "true",
    matchIfMissing = true)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final long LOCK = 0x6563617365444d30L; // "ecaseDM0"

  /**
   * One demo account: login, full name, role, unit code (null for the citizen), IIN. The citizen is
   * named as the simulated registries answer for the IIN (DemoCitizenIT keeps them in step).
   */
  record DemoAccount(String username, String displayName, Role role, String unit, String iin) {}

  /** The positions the demo officials sign with (Kazakh, Russian). */
  static final java.util.Map<String, String[]> POSITIONS =
      java.util.Map.of(
          "officer",
          new String[] {
            "Жол-патрульдік полициясының инспекторы", "Инспектор дорожно-патрульной полиции"
          },
          "head",
          new String[] {"Полиция басқармасының бастығы", "Начальник управления полиции"},
          "investigator",
          new String[] {"Тергеу бөлімінің тергеушісі", "Следователь следственного отдела"});

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("officer", "Серік Жұмабаев", Role.OFFICER, "710001", null),
          new DemoAccount("investigator", "Айгүл Омарова", Role.INVESTIGATOR, "710001", null),
          new DemoAccount("head", "Ерлан Сапаров", Role.HEAD_OF_UNIT, "710001", null),
          new DemoAccount("duty-prosecutor", "Дина Ахметова", Role.DUTY_PROSECUTOR, "710001", null),
          new DemoAccount("supervisor", "Нұрлан Қасымов", Role.SUPERVISING_PROSECUTOR, "71", null),
          new DemoAccount("analyst", "Ольга Ким", Role.ANALYST, "71", null),
          new DemoAccount("admin", "Администратор ecase", Role.ADMIN, "71", null),
          new DemoAccount(
              "citizen", "Петрова Дарья Николаевна", Role.CITIZEN, null, "850315401231"),
          new DemoAccount("lawyer", "Бауыржан Сейітов", Role.LAWYER, null, "870412300406"));

  private final UnitRepository units;
  private final UserAccountRepository accounts;
  private final PasswordEncoder passwords;
  private final DemoDataProperties properties;
  private final AccountPositions positions;
  private final JdbcClient jdbc;

  DemoData(
      UnitRepository units,
      UserAccountRepository accounts,
      PasswordEncoder passwords,
      DemoDataProperties properties,
      AccountPositions positions,
      JdbcClient jdbc) {
    this.positions = positions;
    this.jdbc = jdbc;
    this.units = units;
    this.accounts = accounts;
    this.passwords = passwords;
    this.properties = properties;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
    if (units.count() > 0) {
      return;
    }
    UnitRow astana =
        units.save(
            new UnitRow(
                null, "71", "REGION", null, "Астана қаласы", "город Астана", "Astana city"));
    units.save(
        new UnitRow(
            null,
            "710001",
            "DEPARTMENT",
            astana.id(),
            "Алматы ауданының полиция басқармасы",
            "Управление полиции района Алматы",
            "Almaty District Police Department"));
    units.save(
        new UnitRow(
            null,
            "710002",
            "DEPARTMENT",
            astana.id(),
            "Есіл ауданының полиция басқармасы",
            "Управление полиции района Есиль",
            "Yesil District Police Department"));
    String hash = passwords.encode(properties.password());
    for (DemoAccount account : ACCOUNTS) {
      Long unitId =
          account.unit() == null ? null : units.findByCode(account.unit()).orElseThrow().id();
      accounts.save(
          new UserAccountRow(
              null,
              account.username(),
              hash,
              account.displayName(),
              account.role().name(),
              unitId,
              account.iin(),
              true,
              true,
              null));
      String[] position = POSITIONS.get(account.username());
      if (position != null) {
        positions.set(account.username(), position[0], position[1]);
      }
    }
    log.warn(
        "Created demo data: region 71 with departments 710001 and 710002, {} demo accounts"
            + " (password '{}'). Never run production with them.",
        ACCOUNTS.size(),
        properties.password());
  }
}
