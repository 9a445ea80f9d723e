package cn.unionsw.platform.config;

import cn.unionsw.platform.login.LoginRefusal;
import cn.unionsw.platform.login.Principals;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Engine REST ({@code /engine-rest}) and the platform API ({@code /api}) take HTTP Basic against the engine's
 * users and are never anonymous. The web apps ({@code /camunda}) keep their own session login and CSRF filter;
 * {@code /api} alone also takes that session, with the web apps' CSRF token on every change (ADR 0013), so that
 * Tasklist's forms call it without a second login.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  private static final String REALM = "union-social-work";
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  /**
   * Spring Security observes none of its filters, logins or authorization decisions. With Micrometer present it
   * would wrap every filter of every chain in an observation of its own, and a property that only turns the
   * observations off (the predicate {@code management.observations.enable.spring.security=false}) still leaves
   * the wrapping: about a hundredth of a decision evaluation's CPU beside stock (docs/benchmarks.md). The requests
   * themselves are still timed ({@code http.server.requests}).
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(Principals principals) {
    return new CamundaIdentityAuthenticationProvider(principals);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper json,
      CamundaIdentityAuthenticationProvider identityProvider, Principals principals, ProcessEngine engine)
      throws Exception {
    var authenticationManager = new ProviderManager(identityProvider);
    return http
        // Path patterns, not MVC matchers: engine REST is a Jersey servlet, outside Spring MVC's mapping.
        .securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**")))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicLogin(json)))
        .exceptionHandling(errors -> errors.accessDeniedHandler(denied(json)))
        // Basic carries no cookie; the web apps' session, where /api takes it, is held to Camunda's own CSRF token
        // by WebAppSessionFilter, so Spring's CSRF filter (a second token) stays off.
        .csrf(AbstractHttpConfigurer::disable)
        // The HTTP session on /api is the Camunda web apps', never this chain's: a request taken from it
        // (WebAppSessionFilter) must not create, rotate or invalidate it, nor store a SecurityContext in it.
        // Naming a creation policy brings in Spring's SessionManagementFilter, whose session fixation protection
        // (change session id) took every such request for a fresh login and renewed the id, so the cookie
        // Tasklist holds went stale after one /api call (every later one 401, the web apps logged out). Fixation
        // protection belongs to the login that made the session, Camunda's, which renews the id itself; Basic has
        // no session to protect. Stateless, the filter's context repository is the request's, never the session.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // A change sent by another site's page is refused before any login is looked at: a browser sends a Basic
        // password it keeps with any request to this host.
        .addFilterBefore(new CrossSiteRequestGuard(json), BasicAuthenticationFilter.class)
        // Without an Authorization header, /api takes the web apps' session (ADR 0013); Basic is untouched.
        .addFilterBefore(new WebAppSessionFilter(principals, engine.getName(), json),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
        .build();
  }

  /**
   * Actuator ({@code /actuator}, or the management port when {@code MANAGEMENT_PORT} sets one): health answers
   * anyone with its status alone, for load balancers and probes; its parts and the metrics answer the monitoring
   * system's accounts and administrators over HTTP Basic, with the same users, locks and password policy as every
   * other door (docs/operations.md).
   */
  @Bean
  @Order(0)
  SecurityFilterChain monitoringSecurity(HttpSecurity http, ObjectMapper json,
      CamundaIdentityAuthenticationProvider identityProvider) throws Exception {
    return http
        .securityMatcher(EndpointRequest.toAnyEndpoint())
        .authenticationManager(new ProviderManager(identityProvider))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasAnyAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Roles.MONITORING,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Roles.ADMIN))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicLogin(json)))
        .exceptionHandling(errors -> errors.accessDeniedHandler(denied(json)))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Asks for HTTP Basic; a login the platform refused unchecked (locked name, throttled address) says so. */
  private static AuthenticationEntryPoint basicLogin(ObjectMapper json) {
    return (request, response, e) -> {
      LoginRefusal refusal = LoginRefusal.givenTo(request).orElse(null);
      if (refusal == null || refusal.status() == HttpStatus.UNAUTHORIZED) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      }
      if (refusal != null) {
        refusal.write(response, json);
      } else {
        Problems.write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized",
            "需要登录：请以 HTTP Basic 提供用户名和密码 (authentication required)");
      }
    };
  }

  private static AccessDeniedHandler denied(ObjectMapper json) {
    return (request, response, e) ->
        Problems.write(response, json, HttpStatus.FORBIDDEN, "forbidden", "无权访问 (access denied)");
  }

  /**
   * Spring Security's firewall refuses some requests outright (a method it does not know, an encoded slash or
   * semicolon, a double slash). Its default answer is an error page, but the error dispatch meets the firewall
   * again with the same method and is refused with an empty 400; on the APIs' paths the refusal is written here.
   */
  /**
   * The firewall as it is, but for TRACE: Tomcat refuses TRACE itself ({@code allowTrace} is off) before any
   * filter runs, and the firewall sees it only on the way to the error page, where refusing it again would lose
   * the answer (an empty 400 instead of the 405 in problem JSON).
   */
  @Bean
  HttpFirewall httpFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedHttpMethods(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"));
    return firewall;
  }

  /**
   * The firewall, first: Spring Security parses the request path for its matchers before its own firewall runs, and
   * that parse fails with an exception (a 500) on a path the firewall would reject, when the part before the servlet's
   * mapping is not normalized ({@code //engine-rest/version}, {@code /x/../engine-rest/version}: Tomcat maps them to
   * engine REST's servlet). So the same firewall looks at each request before that, and what it rejects is answered
   * by {@link #requestRejectedHandler} as it would be inside the chain.
   */
  @Bean
  FilterRegistrationBean<Filter> firewallFirst(HttpFirewall firewall, RequestRejectedHandler rejectedHandler) {
    Filter first = (request, response, chain) -> {
      try {
        firewall.getFirewalledRequest((HttpServletRequest) request);
      } catch (RequestRejectedException rejected) {
        rejectedHandler.handle((HttpServletRequest) request, (HttpServletResponse) response, rejected);
        return;
      }
      chain.doFilter(request, response);
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(first);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
    RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();
    return (request, response, rejected) -> {
      // Where the server maps the request (its servlet path and path info, normalized): "//engine-rest/version" is
      // engine REST's and answered as its own, whatever its raw form.
      String mapped = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
      if (!Problems.isApiPath(request.getRequestURI().substring(request.getContextPath().length()))
          && !Problems.isApiPath(mapped)) {
        elsewhere.handle(request, response, rejected);
        return;
      }
      Problems.write(response, json, HttpStatus.BAD_REQUEST, "request_rejected",
          "请求被拒绝：请求方法或地址不合规范 (request rejected: method or URL not allowed)");
    };
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    return http
        // The Camunda web apps authenticate against the same identity service and carry their own CSRF
        // prevention filter and security headers (CSP, X-Content-Type-Options, X-XSS-Protection).
        .authorizeHttpRequests(requests -> requests
            // Camunda's first-admin setup answers anyone while no administrator exists; administrators here come
            // from the demo data or from ADMIN_USER / ADMIN_PASSWORD, never from the first caller.
            .requestMatchers(PATHS.matcher("/camunda/api/admin/setup/**")).denyAll()
            .anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .build();
  }
}
