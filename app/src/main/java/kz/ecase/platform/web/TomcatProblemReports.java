package kz.ecase.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Tomcat answer the requests it refuses itself with a problem ({@link ProblemReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblemReports {

  @Bean
  TomcatContextCustomizer problemReportValve() {
    return context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
      }
    };
  }
}
