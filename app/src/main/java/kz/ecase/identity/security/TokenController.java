package kz.ecase.identity.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.ecase.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a short-lived bearer token. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
class TokenController {

  record TokenRequest(
      @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}

  record TokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}

  private final AuthenticationManager authentication;
  private final TokenService tokens;
  private final java.time.Duration lockDuration;

  TokenController(
      AuthenticationManager authentication, TokenService tokens, SecurityProperties properties) {
    this.authentication = authentication;
    this.tokens = tokens;
    this.lockDuration = properties.lockout().lockDuration();
  }

  @PostMapping("/token")
  @Operation(summary = "Sign in with username and password; returns a bearer token")
  TokenResponse token(@Valid @RequestBody TokenRequest request) {
    Authentication signedIn =
        authentication.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(
                request.username(), request.password()));
    AccountUserDetails account = (AccountUserDetails) signedIn.getPrincipal();
    TokenService.IssuedToken token = tokens.issue(account.user());
    return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds());
  }

  @ExceptionHandler(BadCredentialsException.class)
  ResponseEntity<ProblemDetail> wrongPassword() {
    return problem(
        HttpStatus.UNAUTHORIZED,
        "wrong-password",
        "Wrong password",
        "Wrong password or unknown username.");
  }

  @ExceptionHandler(LockedException.class)
  ResponseEntity<ProblemDetail> locked() {
    return problem(
        HttpStatus.TOO_MANY_REQUESTS,
        "account-locked",
        "Account locked",
        "Too many wrong passwords in a row: sign-in is locked for "
            + lockDuration.toMinutes()
            + " minutes.");
  }

  @ExceptionHandler(DisabledException.class)
  ResponseEntity<ProblemDetail> disabled() {
    return problem(
        HttpStatus.FORBIDDEN, "account-disabled", "Account disabled", "This account is disabled.");
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String slug, String title, String detail) {
    return ResponseEntity.status(status).body(Problems.of(status, slug, title, detail));
  }
}
