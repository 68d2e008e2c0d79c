package kz.ecase.identity.security;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.ecase.platform.FormTargets;
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

  /**
   * Pages: everything from ecase itself; no inline script, no plug-ins, no framing; forms go to
   * ecase and to the origins it sends people to ({@link FormTargets}, e.g. the payment provider).
   */
  static String pagePolicy(List<String> formTargets) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " object-src 'none'; base-uri 'self'; form-action 'self'"
        + formTargets.stream().map(origin -> " " + origin).collect(Collectors.joining())
        + "; frame-ancestors 'none'";
  }

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

  /**
   * Pages: the strict policy, but the explorer's own. The form targets are asked for once, at the
   * first page served (some, like the in-process simulators' address, exist only once started).
   */
  static void applyToPages(HeadersConfigurer<?> headers, Supplier<List<String>> formTargets) {
    apply(headers);
    Supplier<String> policy = new Once<>(() -> pagePolicy(formTargets.get()));
    headers
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(EXPLORER),
                (request, response) -> response.setHeader("Content-Security-Policy", policy.get())))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                EXPLORER, new ContentSecurityPolicyHeaderWriter(EXPLORER_POLICY)));
  }

  static void applyToApi(HeadersConfigurer<?> headers) {
    apply(headers);
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
  }

  /** A value computed on first use and kept. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Once(Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    public T get() {
      T known = value;
      if (known == null) {
        known = compute.get();
        value = known;
      }
      return known;
    }
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
