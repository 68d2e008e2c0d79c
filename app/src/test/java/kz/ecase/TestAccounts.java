package kz.ecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.ecase.HttpClientSession.Reply;

/** Accounts a test needs beyond the demo ones, created by the demo admin through the API. */
public final class TestAccounts {

  public static final String PASSWORD = "initial-password";
  static final String ADMIN_PIN = "975310";

  private TestAccounts() {}

  /** A new account of the role in the unit (password {@link #PASSWORD}); answers its username. */
  public static String create(HttpClientSession http, String unit, String role, String phone) {
    String admin = http.token("admin", "demo");
    String[] auth = {"Authorization", "Bearer " + admin};
    int pin = http.putJson("/api/signing/pin", Map.of("pin", ADMIN_PIN), auth).status();
    assertThat(pin).isIn(201, 409);
    String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> account = new HashMap<>();
    account.put("username", username);
    account.put("displayName", "Test " + role);
    account.put("role", role);
    account.put("unit", unit);
    account.put("initialPassword", PASSWORD);
    if (phone != null) {
      account.put("phone", phone);
    }
    account.put("pin", ADMIN_PIN);
    Reply created = http.postJson("/api/identity/accounts", account, auth);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return username;
  }
}
