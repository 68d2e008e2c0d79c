package kz.ecase.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.EcaseProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * What the layout of every page needs: the signed-in user, if any ({@value #CURRENT_USER}), and the
 * zone to show times in ({@value #ZONE}), added to the model of every page a handler renders (a
 * value the handler put there itself stays). Answers without a view (the API's JSON, files) and
 * redirects get nothing: a {@code @ControllerAdvice} with {@code @ModelAttribute} methods did the
 * same, but Spring ran its methods for every {@code @RestController} call as well (a
 * {@code @RestController} is a {@code @Controller}), about 3 % of a protocol registration's CPU
 * (docs/BENCHMARKS.md, issue 15).
 */
@Configuration(proxyBeanMethods = false)
class ChromeModelAttributes implements WebMvcConfigurer, HandlerInterceptor {

  static final String CURRENT_USER = "currentUser";
  static final String ZONE = "zone";

  private final CurrentUsers currentUsers;
  private final ZoneId zone;

  ChromeModelAttributes(CurrentUsers currentUsers, EcaseProperties ecase) {
    this.currentUsers = currentUsers;
    this.zone = ecase.timeZone();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null || redirects(page)) {
      return;
    }
    if (!page.getModel().containsKey(ZONE)) {
      page.addObject(ZONE, zone);
    }
    if (!page.getModel().containsKey(CURRENT_USER)) {
      page.addObject(CURRENT_USER, currentUsers.find().orElse(null));
    }
  }

  private static boolean redirects(ModelAndView page) {
    String name = page.getViewName();
    if (name != null) {
      return name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
    }
    return page.getView() instanceof SmartView view && view.isRedirectView();
  }
}
