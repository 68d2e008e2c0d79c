package kz.ecase.identity.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers that keep a browser from being turned against ecase's users: a content
 * security policy without inline script (htmx and every script come from ecase itself), no framing,
 * no MIME sniffing, no referrer leaving the site, HSTS on TLS requests (Spring Security sends it
 * only over HTTPS), and no caching of responses.
 */
final class SecurityHeaders {

  /** Pages: everything from ecase itself; no inline script, no plug-ins, no framing. */
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The API explorer (Swagger UI, a third-party page) sets inline styles; its scripts still come
   * only from ecase.
   */
  static final String EXPLORER_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final RequestMatcher EXPLORER =
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

  /** API answers are data, never documents to render. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** Pages: the strict policy, but the explorer's own. */
  static void applyToPages(HeadersConfigurer<?> headers) {
    apply(headers);
    headers
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(EXPLORER),
                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                EXPLORER, new ContentSecurityPolicyHeaderWriter(EXPLORER_POLICY)));
  }

  static void applyToApi(HeadersConfigurer<?> headers) {
    apply(headers);
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
  }

  private static void apply(HeadersConfigurer<?> headers) {
    headers
        .frameOptions(frame -> frame.deny())
        .contentTypeOptions(Customizer.withDefaults())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(
            permissions -> permissions.policy("camera=(self), geolocation=(self), microphone=()"))
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
  }
}
