package kz.ecase.identity.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled create the demo region, departments and one account per role on first start
 * @param password password of every demo account
 */
@ConfigurationProperties("ecase.demo-data")
record DemoDataProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("demo") String password) {}
