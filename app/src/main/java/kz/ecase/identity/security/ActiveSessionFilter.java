package kz.ecase.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kz.ecase.identity.CurrentUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account was disabled, removed or changed (moved to another unit,
 * given another role) since it signed in: the next page asks for a new sign-in, which takes the
 * account as it stands now.
 */
class ActiveSessionFilter extends OncePerRequestFilter {

  private final SignInGate gate;

  ActiveSessionFilter(SignInGate gate) {
    this.gate = gate;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof AccountUserDetails account) {
      String ended = endedBecause(account.user());
      if (ended != null) {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?" + ended);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private String endedBecause(CurrentUser signedIn) {
    try {
      return gate.activeAccount(signedIn.username()).equals(signedIn) ? null : "changed";
    } catch (DisabledException e) {
      return "disabled";
    }
  }
}
