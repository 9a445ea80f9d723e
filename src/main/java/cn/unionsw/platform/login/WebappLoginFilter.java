package cn.unionsw.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web apps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}): a login the guard
 * refused is answered in the platform's problem JSON, whose message the login page shows, instead of Camunda's
 * bare 401. The guard itself refuses inside Camunda's password check ({@link GuardedIdentityProvider}); this filter
 * only replaces the answer, and reads nothing of the form, which stays for Camunda.
 */
class WebappLoginFilter extends OncePerRequestFilter {

  private final ObjectMapper json;
  private final Pattern loginPath;

  WebappLoginFilter(ObjectMapper json, String webappPath) {
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
    chain.doFilter(request, new RefusalExplained(request, response));
  }

  /** Jersey sends Camunda's 401, which has no body, with {@code sendError}: that is where a refusal is explained. */
  private final class RefusalExplained extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    RefusalExplained(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
      Optional<LoginRefusal> refusal = LoginRefusal.givenTo(request);
      if (refusal.isPresent()) {
        refusal.get().write((HttpServletResponse) getResponse(), json);
      } else {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      Optional<LoginRefusal> refusal = LoginRefusal.givenTo(request);
      if (refusal.isPresent()) {
        refusal.get().write((HttpServletResponse) getResponse(), json);
      } else {
        super.sendError(status, message);
      }
    }
  }
}
