package kz.ecase.identity.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mobile phones of enabled accounts that an alert reaches. */
@Repository
public class AccountPhones {

  private final JdbcClient jdbc;

  AccountPhones(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The phones of the account {@code username} (when given), or of every enabled account of {@code
   * role} whose unit is {@code unit} or contains it.
   */
  public List<String> of(String username, String role, String unit) {
    return jdbc.sql(
            "select distinct a.phone from user_accounts a left join units u on u.id = a.unit_id"
                + " where a.enabled and a.phone is not null and (a.username = :user"
                + " or (a.role = :role and :unit like u.code || '%'))")
        .param("user", username == null ? "" : username)
        .param("role", role == null ? "" : role)
        .param("unit", unit)
        .query(String.class)
        .list();
  }
}
