package kz.ecase.identity.persistence;

import java.util.Optional;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An account as it stands now, in one query: who it is (role, unit as of this moment) and whether
 * it may act; and the local account an administrator mapped an external identity to.
 */
@Repository
public class SignInAccounts {

  /** A stored account: its user as of now and whether it is enabled. */
  public record Standing(CurrentUser user, boolean enabled) {}

  private final JdbcClient jdbc;

  SignInAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The account of a normalised (lower-case) username. */
  public Optional<Standing> find(String username) {
    return jdbc.sql(
            """
            select a.username, a.display_name, a.role, u.code, a.iin, a.enabled
              from user_accounts a left join units u on u.id = a.unit_id
             where a.username = :username
            """)
        .param("username", username)
        .query(
            (rs, n) -> {
              String unit = rs.getString("code");
              String iin = rs.getString("iin");
              return new Standing(
                  new CurrentUser(
                      rs.getString("username"),
                      rs.getString("display_name"),
                      Role.valueOf(rs.getString("role")),
                      unit == null ? null : UnitCode.of(unit),
                      iin == null ? null : Iin.of(iin)),
                  rs.getBoolean("enabled"));
            })
        .optional();
  }

  /** The username of the local account an external identity is mapped to, if it is. */
  public Optional<String> mappedAccount(String issuer, String subject) {
    return jdbc.sql(
            """
            select a.username from external_identities e
              join user_accounts a on a.id = e.account_id
             where e.issuer = :issuer and e.subject = :subject
            """)
        .param("issuer", issuer)
        .param("subject", subject)
        .query(String.class)
        .optional();
  }
}
