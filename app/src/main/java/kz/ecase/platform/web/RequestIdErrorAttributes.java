package kz.ecase.platform.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Error pages show the request id, so that a user can quote it to support. */
@Component
class RequestIdErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Object requestId =
        request.getAttribute(RequestIdFilter.MDC_KEY, RequestAttributes.SCOPE_REQUEST);
    if (requestId != null) {
      attributes.put("requestId", requestId);
    }
    return attributes;
  }
}
