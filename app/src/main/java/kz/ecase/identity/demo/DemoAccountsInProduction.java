package kz.ecase.identity.demo;

import kz.ecase.identity.persistence.UserAccountRepository;
import kz.ecase.platform.StartupRefusedException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The production profile refuses to start while demo accounts exist or would be created. */
@Component
@Profile("prod")
class DemoAccountsInProduction implements InitializingBean {

  private final UserAccountRepository accounts;
  private final DemoDataProperties properties;

  DemoAccountsInProduction(UserAccountRepository accounts, DemoDataProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    if (properties.enabled()) {
      throw new StartupRefusedException(
          "The prod profile refuses demo data: set ecase.demo-data.enabled=false.");
    }
    if (accounts.existsByDemoTrue()) {
      throw new StartupRefusedException(
          "The prod profile refuses to start while demo accounts exist: disable or delete them.");
    }
  }
}
