package cn.unionsw.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web apps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}): a login the guard
 * refuses is answered here in the platform's problem JSON, whose message the login page shows, instead of
 * Camunda's bare 401. The refusal itself is enforced inside Camunda's password check ({@link
 * GuardedIdentityProvider}); this filter only explains it.
 */
class WebappLoginFilter extends OncePerRequestFilter {

  private final LoginGuard guard;
  private final ObjectMapper json;
  private final Pattern loginPath;

  WebappLoginFilter(LoginGuard guard, ObjectMapper json, String webappPath) {
    this.guard = guard;
    this.json = json;
    this.loginPath = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !loginPath.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Reading the form here leaves it in the parameters, where Camunda's @FormParam login still finds it.
    Optional<LoginRefusal> refusal = guard.refusal(request.getRemoteAddr(), request.getParameter("username"));
    if (refusal.isPresent()) {
      refusal.get().write(response, json);
      return;
    }
    chain.doFilter(request, response);
  }
}
