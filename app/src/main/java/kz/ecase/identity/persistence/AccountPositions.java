package kz.ecase.identity.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The positions officials sign with, in Kazakh and Russian, beside their accounts. */
@Repository
public class AccountPositions {

  /** A position in both languages of documents; either may be missing. */
  public record Stored(String kk, String ru) {}

  private final JdbcClient jdbc;

  AccountPositions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The account's position, when it has one in either language. */
  public Optional<Stored> of(String username) {
    return jdbc.sql("select position_kk, position_ru from user_accounts where username = :username")
        .param("username", username)
        .query((rs, row) -> new Stored(rs.getString("position_kk"), rs.getString("position_ru")))
        .optional()
        .filter(p -> p.kk() != null || p.ru() != null);
  }

  /** Every recorded position, by username. */
  public java.util.Map<String, Stored> all() {
    java.util.Map<String, Stored> all = new java.util.HashMap<>();
    jdbc.sql(
            "select username, position_kk, position_ru from user_accounts"
                + " where position_kk is not null or position_ru is not null")
        .query(
            (rs, row) ->
                all.put(
                    rs.getString("username"),
                    new Stored(rs.getString("position_kk"), rs.getString("position_ru"))))
        .list();
    return all;
  }

  /** Sets the account's position (blank: none). */
  public void set(String username, String kk, String ru) {
    jdbc.sql(
            "update user_accounts set position_kk = :kk, position_ru = :ru"
                + " where username = :username")
        .param("kk", kk == null || kk.isBlank() ? null : kk.strip())
        .param("ru", ru == null || ru.isBlank() ? null : ru.strip())
        .param("username", username)
        .update();
  }
}
