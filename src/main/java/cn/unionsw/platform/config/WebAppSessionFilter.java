package cn.unionsw.platform.config;

import cn.unionsw.platform.login.Principals;
import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On {@code /api} only, a request without an {@code Authorization} header is taken as the user logged in to the
 * Camunda web apps in the same HTTP session, so that a form in Tasklist calls the platform API without a second
 * login (ADR 0013). A request that changes something (any method but GET, HEAD, OPTIONS: Camunda's own list) must
 * then carry the web apps' CSRF token — header {@code X-XSRF-TOKEN} equal to the token Camunda's
 * CsrfPreventionFilter keeps in the session — or it is refused (403, {@code "error":"csrf_token"}): a page of
 * another site can make the browser send the session cookie, but cannot read the token. Engine REST stays HTTP
 * Basic only, and a request with any Authorization header is left to Basic, exactly as before.
 */
class WebAppSessionFilter extends OncePerRequestFilter {

  static final String CSRF_ERROR = "csrf_token";

  private final Principals principals;
  private final String engineName;
  private final ObjectMapper json;

  WebAppSessionFilter(Principals principals, String engineName, ObjectMapper json) {
    this.principals = principals;
    this.engineName = engineName;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/api") || path.startsWith("/api/")) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false); // read, never created
    String userId = session == null ? null : webAppUser(session);
    Principals.Caller caller = userId == null ? null : principals.caller(userId).orElse(null);
    if (caller == null) {
      // No web app login (or its user is gone): anonymous, so the entry point answers 401 as it always has.
      chain.doFilter(request, response);
      return;
    }
    if (!CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()
        && !tokenMatches(session, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
      Problems.write(response, json, HttpStatus.FORBIDDEN, CSRF_ERROR, "请求缺少有效的 X-XSRF-TOKEN：请在平台页面内操作 "
          + "(the web apps' CSRF token is missing or wrong)");
      return;
    }
    // For this request only (SecurityContextHolderFilter clears it): never saved in the session, which stays the
    // web apps' as it is; the chain runs no session authentication strategy (SecurityConfig), so it keeps its id.
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(userId, caller));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  private String webAppUser(HttpSession session) {
    return webAppUser(session, engineName);
  }

  /** The user the web apps hold in this session for the engine, or null when nobody has logged in. */
  static String webAppUser(HttpSession session, String engineName) {
    Authentication user = webAppLogin(session, engineName);
    return user == null ? null : user.getIdentityId();
  }

  /** The web apps' login in this session for the engine, or null when nobody has logged in. */
  static Authentication webAppLogin(HttpSession session, String engineName) {
    try {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      return authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  /** Compared in constant time, like any secret; a session without a token accepts none. */
  private static boolean tokenMatches(HttpSession session, String given) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    if (!(expected instanceof String token) || token.isBlank() || given == null || given.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
