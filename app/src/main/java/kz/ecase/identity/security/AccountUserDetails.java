package kz.ecase.identity.security;

import java.util.Collection;
import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account: who it is for the rest of ecase, and its password hash for login. */
record AccountUserDetails(CurrentUser user, String passwordHash, boolean enabled)
    implements UserDetails, CurrentUsers.SignedInAccount {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(user.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
