package kz.ecase.identity.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.platform.FormTargets;
import kz.ecase.platform.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Two doors: {@code /api/**} takes bearer tokens only (stateless, no CSRF since no cookie
 * authenticates it), everything else is the web UI with form login, sessions and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /**
   * No Micrometer observation around each of Spring Security's filters, its authentication and
   * authorization: ecase uses none of them (its request metrics are Spring MVC's {@code
   * http.server.requests}), and wrapping every filter of every request was a visible part of a
   * registration's CPU outside the controller (issue 15's profile).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecretKey tokenKey(SecurityProperties properties, EcaseProperties ecase, Environment env) {
    return TokenSecret.resolve(
        properties.token().secret(),
        ecase.dataDirectory(),
        env.acceptsProfiles(Profiles.of("prod")));
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey tokenKey) {
    return NimbusJwtEncoder.withSecretKey(tokenKey).algorithm(MacAlgorithm.HS256).build();
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountUserDetailsService accounts,
      PasswordEncoder encoder,
      LoginThrottling throttling,
      SignInGate gate) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
    passwords.setPasswordEncoder(encoder);
    // the password first, then whether the account is enabled: a disabled account is not told
    // apart from an unknown username by someone who does not know its password
    passwords.setPreAuthenticationChecks(user -> {});
    passwords.setPostAuthenticationChecks(
        user -> {
          if (!user.isEnabled()) {
            throw new DisabledException("The account is disabled");
          }
        });
    return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttling, gate));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ProblemWriter problems,
      SecretKey tokenKey,
      SecurityProperties properties,
      TokenIdentities identities)
      throws Exception {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, "/api/auth/token")
                    .permitAll()
                    // the payment provider's callback, authenticated by its HMAC signature
                    .requestMatchers(HttpMethod.POST, "/api/offences/payments/notifications")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/ledger/checkpoint",
                        "/api/ledger/verifying-key",
                        "/api/ledger/proofs/**",
                        "/api/signing/ca",
                        // anyone holding a document checks it by its SHA-256 (rate-limited)
                        "/api/public/documents/*/check")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            server ->
                server
                    .authenticationManagerResolver(tokenIssuers(tokenKey, properties, identities))
                    .authenticationEntryPoint(handlers)
                    .accessDeniedHandler(handlers))
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
        .headers(headers -> SecurityHeaders.applyToApi(headers));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(
      HttpSecurity http,
      ObjectProvider<FormTargets> formTargets,
      AuthenticationManager authenticationManager,
      SignInGate gate)
      throws Exception {
    ExceptionMappingAuthenticationFailureHandler failures =
        new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(
        Map.of(
            LockedException.class.getName(), "/login?locked",
            DisabledException.class.getName(), "/login?disabled"));
    // the form signs in through the same manager as the token endpoint (one lock-out), not the
    // one Spring Security would otherwise assemble from the UserDetailsService bean
    http.authenticationManager(authenticationManager)
        .addFilterBefore(new ActiveSessionFilter(gate), AuthorizationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        // the page a document's QR code opens, and its upload: for anyone
                        "/check",
                        "/check/*",
                        "/css/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs.yaml",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .headers(
            headers ->
                SecurityHeaders.applyToPages(
                    headers,
                    () ->
                        formTargets
                            .orderedStream()
                            .flatMap(targets -> targets.origins().stream())
                            .distinct()
                            .toList()));
    return http.build();
  }

  /** ecase's own tokens always; an external provider's too when ECASE_OIDC_ISSUER is set. */
  private static AuthenticationManagerResolver<jakarta.servlet.http.HttpServletRequest>
      tokenIssuers(SecretKey tokenKey, SecurityProperties properties, TokenIdentities identities) {
    NimbusJwtDecoder own = NimbusJwtDecoder.withSecretKey(tokenKey).build();
    OAuth2TokenValidator<Jwt> validator =
        JwtValidators.createDefaultWithIssuer(properties.token().issuer());
    own.setJwtValidator(validator);
    // "iss" stays the string it is: by default it is tried as a URL on every request, and for
    // ecase's "urn:ecase" that failure cost a class look-up and two exceptions per request
    own.setClaimSetConverter(
        MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, issuer -> issuer)));
    VerifiedTokens ownTokens = new VerifiedTokens(own, validator, properties.token().lifetime());
    AuthenticationManager ownManager = manager(ownTokens, identities.own());
    Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
    managers.put(properties.token().issuer(), ownManager);
    String external = properties.oidc().issuer();
    JwtIssuerAuthenticationManagerResolver byIssuer =
        new JwtIssuerAuthenticationManagerResolver(
            issuer -> {
              if (!external.isBlank() && external.equals(issuer)) {
                return managers.computeIfAbsent(
                    issuer,
                    i -> manager(JwtDecoders.fromIssuerLocation(i), identities.external(i)));
              }
              return managers.get(issuer);
            });
    // a token verified before is ecase's own: no need to read its issuer first
    return request -> {
      AuthenticationManager resolved = byIssuer.resolve(request);
      return authentication ->
          authentication instanceof BearerTokenAuthenticationToken bearer
                  && ownTokens.knows(bearer.getToken())
              ? ownManager.authenticate(authentication)
              : resolved.authenticate(authentication);
    };
  }

  private static AuthenticationManager manager(
      JwtDecoder decoder,
      org.springframework.core.convert.converter.Converter<
              org.springframework.security.oauth2.jwt.Jwt,
              org.springframework.security.authentication.AbstractAuthenticationToken>
          claims) {
    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(claims);
    return new ProviderManager(provider);
  }
}
