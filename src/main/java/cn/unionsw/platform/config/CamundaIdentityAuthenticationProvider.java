package cn.unionsw.platform.config;

import cn.unionsw.platform.web.BadData;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so that the web apps, engine REST and
 * the platform API share one user store, one password policy and the platform's temporary login locks (which sit
 * inside the engine's password check, see {@code login/}). Groups become authorities {@code GROUP_<id>}.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null || !checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    return authenticated(identityService, userId);
  }

  /** The user with their groups, read afresh, as Spring Security's authorities: one rule for Basic and session. */
  static Authentication authenticated(IdentityService identityService, String userId) {
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId)
        .listPage(0, 100).stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  /** A user id the database cannot even compare (a 4-byte character in a utf8mb3 table) names no user. */
  private boolean checkPassword(String userId, String password) {
    try {
      return identityService.checkPassword(userId, password);
    } catch (ProcessEngineException e) {
      if (BadData.isBadData(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
