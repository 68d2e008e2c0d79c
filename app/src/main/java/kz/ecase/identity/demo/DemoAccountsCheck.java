package kz.ecase.identity.demo;

import java.util.ArrayList;
import java.util.List;
import kz.ecase.identity.persistence.UserAccountRepository;
import kz.ecase.platform.ProductionCheck;
import org.springframework.stereotype.Component;

/** Production never runs with demo accounts, whose password is in the README. */
@Component
class DemoAccountsCheck implements ProductionCheck {

  private final UserAccountRepository accounts;
  private final DemoDataProperties properties;

  DemoAccountsCheck(UserAccountRepository accounts, DemoDataProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (properties.enabled()) {
      problems.add("demo data is enabled: set ECASE_DEMO_DATA=false");
    }
    if (accounts.existsByDemoTrueAndEnabledTrue()) {
      problems.add("enabled demo accounts exist (their password is public): disable them");
    }
    return problems;
  }
}
