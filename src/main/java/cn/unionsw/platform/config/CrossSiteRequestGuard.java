package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change to {@code /api} or {@code /engine-rest} sent by a page of another site. A browser that once
 * answered the APIs' Basic prompt keeps the password and sends it with any request to this host, a cross-site form
 * post included, which no CSRF token guards (found by an adversarial test: a page on another port uploaded a file as
 * the clerk). Browsers name the sending page's origin on every such request ({@code Origin}, and
 * {@code Sec-Fetch-Site}); API clients such as curl or scripts send neither, and are not affected.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final ObjectMapper json;

  CrossSiteRequestGuard(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE.contains(request.getMethod().toUpperCase()) && crossSite(request)) {
      Problems.write(response, json, HttpStatus.FORBIDDEN, "cross_site",
          "拒绝来自其他网站页面的修改请求 (a change sent by a page of another site)");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Sec-Fetch-Site names another site, or Origin is there and is not this server's (scheme, host and port). */
  static boolean crossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
          || port != request.getServerPort() || !request.getScheme().equalsIgnoreCase(uri.getScheme());
    } catch (IllegalArgumentException e) {
      return true; // "null" (a sandboxed or file page) and anything unreadable
    }
  }
}
