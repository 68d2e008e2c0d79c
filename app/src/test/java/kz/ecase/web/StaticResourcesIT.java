package kz.ecase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files are served as the pages name them, without the resource chain's URL encoding: that
 * filter looked every link a page builds up in the class path (about 1 ms a link; the duty
 * prosecutor's list of 100 clocks took 140 ms, docs/BENCHMARKS.md, issue 12).
 */
@EcaseIntegrationTest
class StaticResourcesIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void pagesLinksAreNotLookedUpInTheClassPathAndTheirFilesAreServed() {
    assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
    assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
        .extracting(FilterRegistrationBean::getFilter)
        .noneMatch(ResourceUrlEncodingFilter.class::isInstance);

    HttpClientSession browser = new HttpClientSession(port);
    Reply login = browser.get("/login");
    assertThat(login.status()).isEqualTo(200);
    Matcher script = Pattern.compile("src=\"(/webjars/htmx[^\"]+)\"").matcher(login.body());
    assertThat(script.find()).as(login.body()).isTrue();
    assertThat(browser.get(script.group(1)).status()).isEqualTo(200);
    assertThat(browser.get("/css/ecase.css").status()).isEqualTo(200);
    assertThat(browser.get("/js/custody-clocks.js").status()).isEqualTo(200);
    Reply swagger = browser.get("/swagger-ui.html");
    assertThat(swagger.status()).isEqualTo(200);
    assertThat(swagger.body()).containsIgnoringCase("swagger");
  }
}
