package kz.ecase.identity;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.ecase.identity.persistence.AccountPhones;
import kz.ecase.identity.persistence.AccountPositions;
import kz.ecase.identity.persistence.UnitRepository;
import kz.ecase.identity.persistence.UnitRow;
import kz.ecase.identity.persistence.UserAccountRepository;
import kz.ecase.identity.persistence.UserAccountRow;
import kz.ecase.kernel.UnitCode;
import org.springframework.stereotype.Service;

/** Read access to units and accounts for other modules and for administrators' screens. */
@Service
public class Directory {

  /** A unit as other modules see it. */
  public record Unit(UnitCode code, UnitCode parent, String nameKk, String nameRu, String nameEn) {

    public String name(String language) {
      return switch (language) {
        case "kk" -> nameKk;
        case "ru" -> nameRu;
        default -> nameEn;
      };
    }
  }

  /** An account without its password hash. */
  public record Account(
      String username,
      String displayName,
      Role role,
      UnitCode unit,
      boolean enabled,
      boolean demo) {}

  /** The position an official signs documents with, in Kazakh and Russian. */
  public record Position(String kk, String ru) {

    /** The position in the document's language: Kazakh for {@code kk}, otherwise Russian. */
    public String in(String language) {
      return "kk".equals(language) ? kk : ru;
    }

    /** A wording of the role, for an account whose position is not recorded. */
    public static Position of(Role role) {
      return switch (role) {
        case OFFICER -> new Position("Полиция қызметкері", "Сотрудник полиции");
        case INVESTIGATOR -> new Position("Тергеуші", "Следователь");
        case HEAD_OF_UNIT -> new Position("Бөлімше бастығы", "Начальник подразделения");
        case DUTY_PROSECUTOR -> new Position("Кезекші прокурор", "Дежурный прокурор");
        case SUPERVISING_PROSECUTOR -> new Position("Қадағалаушы прокурор", "Надзирающий прокурор");
        case ANALYST -> new Position("Талдаушы", "Аналитик");
        case ADMIN -> new Position("Жүйе әкімшісі", "Администратор системы");
        case CITIZEN, LAWYER -> new Position("", "");
      };
    }
  }

  private final UnitRepository units;
  private final UserAccountRepository accounts;
  private final AccountPhones phones;
  private final AccountPositions positions;

  /**
   * Units by code, kept a minute: every paper names its unit and the unit's parent, which took two
   * queries per protocol (7 % of a registration's CPU, docs/BENCHMARKS.md). ecase only adds units;
   * a name changed in the database reaches papers within the minute. A missing unit is not kept.
   */
  private final LoadingCache<String, Optional<Unit>> unitsByCode =
      Caffeine.newBuilder()
          .maximumSize(10_000)
          .expireAfterWrite(Duration.ofMinutes(1))
          .build(this::readUnit);

  Directory(
      UnitRepository units,
      UserAccountRepository accounts,
      AccountPhones phones,
      AccountPositions positions) {
    this.units = units;
    this.accounts = accounts;
    this.phones = phones;
    this.positions = positions;
  }

  /**
   * The position the account signs with; where one language is not recorded, the other's; where
   * neither, a wording of the role (never the role's internal name).
   */
  public Position positionOf(String username, Role role) {
    return position(positions.of(username), role);
  }

  /** The positions of every staff account, as {@link #positionOf} gives them, by username. */
  public Map<String, Position> positions(List<Account> staff) {
    Map<String, AccountPositions.Stored> recorded = positions.all();
    return staff.stream()
        .filter(account -> !account.role().personal())
        .collect(
            Collectors.toMap(
                Account::username,
                account ->
                    position(
                        Optional.ofNullable(recorded.get(account.username())), account.role())));
  }

  private static Position position(Optional<AccountPositions.Stored> recorded, Role role) {
    Position fallback = Position.of(role);
    return recorded
        .map(p -> new Position(p.kk() != null ? p.kk() : p.ru(), p.ru() != null ? p.ru() : p.kk()))
        .orElse(fallback);
  }

  /**
   * The mobile phones an alert reaches: of the account {@code username}, or (username null) of the
   * enabled accounts of {@code role} whose unit is {@code unit} or contains it.
   */
  public List<String> phonesOf(String username, Role role, UnitCode unit) {
    return phones.of(username, role == null ? null : role.name(), unit.value());
  }

  /**
   * The name a person reads for an account: its display name, or the login itself when the account
   * is unknown ({@code system}, an account since removed).
   */
  public String nameOf(String username) {
    if (username == null) {
      return null;
    }
    return accounts
        .findByUsername(username)
        .map(UserAccountRow::displayName)
        .filter(name -> !name.isBlank())
        .orElse(username);
  }

  /** The unit of that code, read by its code alone (kept a minute once found). */
  public Optional<Unit> unit(UnitCode code) {
    Optional<Unit> unit = unitsByCode.get(code.value());
    if (unit.isEmpty()) {
      unitsByCode.invalidate(code.value());
    }
    return unit;
  }

  private Optional<Unit> readUnit(String code) {
    return units
        .findByCode(code)
        .map(
            row ->
                new Unit(
                    UnitCode.of(code),
                    row.parentId() == null
                        ? null
                        : units
                            .findById(row.parentId())
                            .map(p -> UnitCode.of(p.code()))
                            .orElse(null),
                    row.nameKk(),
                    row.nameRu(),
                    row.nameEn()));
  }

  public List<Unit> units() {
    List<UnitRow> rows = units.findAll();
    Map<Long, UnitRow> byId =
        rows.stream().collect(Collectors.toMap(UnitRow::id, Function.identity()));
    return rows.stream()
        .map(
            row ->
                new Unit(
                    UnitCode.of(row.code()),
                    row.parentId() == null ? null : UnitCode.of(byId.get(row.parentId()).code()),
                    row.nameKk(),
                    row.nameRu(),
                    row.nameEn()))
        .sorted(java.util.Comparator.comparing(unit -> unit.code().value()))
        .toList();
  }

  public List<Account> accounts() {
    Map<Long, String> codes =
        units.findAll().stream().collect(Collectors.toMap(UnitRow::id, UnitRow::code));
    return accounts.findAllByOrderByUsername().stream()
        .map(
            row ->
                new Account(
                    row.username(),
                    row.displayName(),
                    Role.valueOf(row.role()),
                    row.unitId() == null ? null : UnitCode.of(codes.get(row.unitId())),
                    row.enabled(),
                    row.demo()))
        .toList();
  }
}
