package cn.unionsw.platform.config;

import cn.unionsw.platform.login.Principals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated caller to the engine for the length of the request, with their groups and tenants as
 * Camunda's own REST login would, so that Camunda authorizations and tenant checks apply to everything engine REST
 * and the platform API do on the caller's behalf. A caller read for this request
 * ({@link Principals.Caller}, with the grant stamp) goes with the stamp, so that checks may take kept answers
 * (ADR 0037).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    org.springframework.security.core.Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
        .toList();
    Principals.Caller read = caller.getDetails() instanceof Principals.Caller details ? details : null;
    List<String> tenants = read == null ? List.of() : read.tenants();
    identityService.setAuthentication(read != null && read.grantStamp() != null
        ? new GrantAnswers.Stamped(caller.getName(), groups, tenants, read.grantStamp())
        : new Authentication(caller.getName(), groups, tenants));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
