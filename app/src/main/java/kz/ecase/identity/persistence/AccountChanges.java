package kz.ecase.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements of account, unit and external-identity changes. */
@Repository
public class AccountChanges {

  private final JdbcClient jdbc;

  AccountChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean usernameTaken(String username) {
    return jdbc.sql("select count(*) from user_accounts where username = :u")
            .param("u", username)
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<Long> unitId(UnitCode code) {
    return jdbc.sql("select id from units where code = :code")
        .param("code", code.value())
        .query(Long.class)
        .optional();
  }

  public void insertAccount(
      String username,
      String passwordHash,
      String displayName,
      String role,
      Long unitId,
      String iin,
      String phone) {
    jdbc.sql(
            """
            insert into user_accounts (username, password_hash, display_name, role, unit_id, iin,
                                       phone)
            values (:username, :hash, :name, :role, :unit, :iin, :phone)
            """)
        .param("username", username)
        .param("hash", passwordHash)
        .param("name", displayName)
        .param("role", role)
        .param("unit", unitId)
        .param("iin", iin)
        .param("phone", phone)
        .update();
  }

  public void setEnabled(String username, boolean enabled) {
    jdbc.sql("update user_accounts set enabled = :enabled where username = :u")
        .param("enabled", enabled)
        .param("u", username)
        .update();
  }

  public void move(String username, long unitId) {
    jdbc.sql("update user_accounts set unit_id = :unit where username = :u")
        .param("unit", unitId)
        .param("u", username)
        .update();
  }

  public void insertUnit(String code, Long parentId, String nameKk, String nameRu, String nameEn) {
    jdbc.sql(
            """
            insert into units (code, kind, parent_id, name_kk, name_ru, name_en)
            values (:code, :kind, :parent, :kk, :ru, :en)
            """)
        .param("code", code)
        .param("kind", parentId == null ? "REGION" : "DEPARTMENT")
        .param("parent", parentId)
        .param("kk", nameKk)
        .param("ru", nameRu)
        .param("en", nameEn)
        .update();
  }

  public boolean externalIdentityMapped(String issuer, String subject) {
    return jdbc.sql("select count(*) from external_identities where issuer = :i and subject = :s")
            .param("i", issuer)
            .param("s", subject)
            .query(Long.class)
            .single()
        > 0;
  }

  public void mapExternalIdentity(
      String issuer, String subject, String username, String mappedBy, Instant at) {
    jdbc.sql(
            """
            insert into external_identities (issuer, subject, account_id, mapped_by, mapped_at)
            select :i, :s, id, :by, :at from user_accounts where username = :u
            """)
        .param("i", issuer)
        .param("s", subject)
        .param("u", username)
        .param("by", mappedBy)
        .param("at", Timestamp.from(at))
        .update();
  }

  public Optional<Directory.Account> account(String username) {
    return jdbc.sql(
            """
            select a.username, a.display_name, a.role, u.code, a.enabled, a.demo
              from user_accounts a left join units u on u.id = a.unit_id
             where a.username = :u
            """)
        .param("u", username)
        .query(
            (rs, n) ->
                new Directory.Account(
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")),
                    rs.getString("code") == null ? null : UnitCode.of(rs.getString("code")),
                    rs.getBoolean("enabled"),
                    rs.getBoolean("demo")))
        .optional();
  }
}
