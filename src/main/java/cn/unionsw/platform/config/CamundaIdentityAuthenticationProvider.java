package cn.unionsw.platform.config;

import cn.unionsw.platform.login.Principals;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against the engine's users, so that the web apps, engine REST and the platform API
 * share one user store, one password policy and the platform's temporary login locks ({@link Principals}: the full
 * login is the engine's password check with the platform's guard inside, see {@code login/}). Groups become
 * authorities {@code GROUP_<id>}.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final Principals principals;

  CamundaIdentityAuthenticationProvider(Principals principals) {
    this.principals = principals;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    Principals.Caller caller = userId == null || userId.isBlank() || credentials == null ? null
        : principals.login(userId, credentials.toString()).orElse(null);
    if (caller == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    return authenticated(userId, caller);
  }

  /**
   * The user with their groups as Spring Security's authorities, and as read for this request (with the grant stamp)
   * in the details: one rule for Basic and session.
   */
  static Authentication authenticated(String userId, Principals.Caller caller) {
    List<SimpleGrantedAuthority> authorities = caller.groups().stream()
        .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(userId, null,
        authorities);
    token.setDetails(caller);
    return token;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
