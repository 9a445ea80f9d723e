package cn.unionsw.platform.config;

import cn.unionsw.platform.login.Principals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda web apps' session sees a change to its user's groups or tenants on the very next request, as engine
 * REST and {@code /api} do (ADR 0025). Camunda keeps a user's groups, tenants and the apps they open in the session
 * from the login and reads them again only when its cache time runs out ({@code camunda.bpm.webapp.auth.cache}, five
 * minutes). Until then a user taken out of {@code camunda-admin} stayed an administrator in Admin and could put
 * themselves back, and a clerk moved to another county went on reading the old county's cases through Tasklist and
 * Cockpit.
 *
 * <p>Before Camunda's own authentication filter, every call of the web apps' API reads its user's groups and tenants
 * in the one statement that says who a request is ({@link Principals}). Where either differs from the session's, or
 * the user is gone, the session's cache time is set past, so that Camunda reads the user again on this very request:
 * the groups, the tenants and the apps, or the user dropped from the session when there is none. Otherwise nothing
 * changes and Camunda reads nothing.
 */
@Configuration
class WebAppSessionGroups {

  @Bean
  FilterRegistrationBean<GroupsReadAgain> webAppSessionGroupsReadAgain(Principals principals, ProcessEngine engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new GroupsReadAgain(principals, engine.getName()));
    // The data, not the pages and their scripts: the first call of a page reads the user again where groups changed.
    registration.addUrlPatterns(webappPath + "/api/*");
    // Before the filters Camunda's web app initializer adds (it has no order of its own: the lowest).
    registration.setOrder(0);
    return registration;
  }

  static final class GroupsReadAgain extends OncePerRequestFilter {

    private final Principals principals;
    private final String engineName;

    GroupsReadAgain(Principals principals, String engineName) {
      this.principals = principals;
      this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpSession session = request.getSession(false);
      if (session != null && WebAppSessionFilter.webAppLogin(session, engineName) instanceof UserAuthentication user) {
        Optional<Principals.Caller> now = principals.caller(user.getIdentityId());
        if (now.isEmpty() || !sameMembers(now.get().groups(), user.getGroupIds())
            || !sameMembers(now.get().tenants(), user.getTenantIds())) {
          user.setCacheValidationTime(new Date(0));
        }
      }
      chain.doFilter(request, response);
    }

    /** The same ids in any order; a session that holds none (null) is read again. */
    private static boolean sameMembers(List<String> now, List<String> inSession) {
      return inSession != null && new HashSet<>(now).equals(new HashSet<>(inSession));
    }
  }
}
