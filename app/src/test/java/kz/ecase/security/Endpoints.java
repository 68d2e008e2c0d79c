package kz.ecase.security;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP endpoint the running application answers through a handler method: its controllers,
 * the actuator's and the API documentation's, as "METHOD pattern" (a mapping for any method counts
 * as GET).
 */
final class Endpoints {

  private Endpoints() {}

  static Set<String> of(ApplicationContext context) {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (methods.isEmpty()) {
            endpoints.add("GET " + pattern);
          }
          for (RequestMethod method : methods) {
            endpoints.add(method.name() + " " + pattern);
          }
        }
      }
    }
    return endpoints;
  }
}
