package cn.unionsw.platform.config;

import cn.unionsw.platform.people.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only a user logged in to the Camunda web apps in the request's session whom the subclass admits (by
 * default an administrator); anyone else is refused (401 without a login, 403 for another user) in the way the
 * subclass answers its callers.
 */
abstract class WebAppSessionGate extends OncePerRequestFilter {

  /** For the refusals' problem JSON. */
  final ObjectMapper json;
  private final IdentityService identityService;
  private final String engineName;

  WebAppSessionGate(IdentityService identityService, String engineName, ObjectMapper json) {
    this.identityService = identityService;
    this.engineName = engineName;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String userId = session == null ? null : WebAppSessionFilter.webAppUser(session, engineName);
    if (userId == null) {
      refuse(request, response, HttpStatus.UNAUTHORIZED);
      return;
    }
    if (!admits(userId)) {
      refuse(request, response, HttpStatus.FORBIDDEN);
      return;
    }
    admitted(response, session);
    chain.doFilter(request, response);
  }

  /** Whether the logged-in user may go on: an administrator. */
  boolean admits(String userId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(Roles.ADMIN).count() > 0;
  }

  final IdentityService identityService() {
    return identityService;
  }

  /** Answers a caller who is not admitted: {@code 401} or {@code 403}. */
  abstract void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException;

  /** Before an administrator's request goes on. */
  void admitted(HttpServletResponse response, HttpSession session) {
  }
}
