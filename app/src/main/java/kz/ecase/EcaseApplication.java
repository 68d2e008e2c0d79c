package kz.ecase;

import kz.ecase.platform.CommonPool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** ecase: electronic criminal and administrative proceedings, one module per bounded context. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "kernel")
public class EcaseApplication {

  public static void main(String[] args) {
    CommonPool.atLeastTwoThreads();
    SpringApplication.run(EcaseApplication.class, args);
  }
}
