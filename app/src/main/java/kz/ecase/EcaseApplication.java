package kz.ecase;

import kz.ecase.platform.CommonPool;
import kz.ecase.platform.StartupReport;
import kz.ecase.platform.database.EmbeddedDatabaseEarlyStart;
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
    SpringApplication application = new SpringApplication(EcaseApplication.class);
    StartupReport.recordWhenAsked(application);
    application.addListeners(new EmbeddedDatabaseEarlyStart());
    application.run(args);
  }
}
