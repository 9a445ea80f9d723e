package cn.unionsw.platform.config;

import cn.unionsw.platform.login.LoginGuard;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so that the web apps, engine REST and
 * the platform API share one user store, one password policy and the platform's temporary login locks
 * ({@link LoginGuard}, which sits inside the engine's password check). A login the guard refused is told apart
 * from a wrong password, so that the answer can say for how long. Groups become authorities {@code GROUP_<id>}.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final LoginGuard loginGuard;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginGuard loginGuard) {
    this.identityService = identityService;
    this.loginGuard = loginGuard;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throw loginGuard.refusal(userId).<AuthenticationException>map(LoginRefusedException::new)
          .orElseGet(() -> new BadCredentialsException("Bad credentials"));
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId)
        .listPage(0, 100).stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
