package cn.unionsw.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LoginConfig {

  @Bean
  FilterRegistrationBean<WebappLoginFilter> webappLoginFilter(ObjectMapper json,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new WebappLoginFilter(json, webappPath));
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    return registration;
  }

  /**
   * The request in {@code RequestContextHolder} before Spring Security's filters, as in a plain Spring MVC
   * application: Jersey's auto-configuration (engine REST) would register it after them, and the guard, inside the
   * engine's password check, finds the client's address and notes its refusals there on every door, HTTP Basic
   * included. Both auto-configurations leave theirs out when this one exists.
   */
  @Bean
  OrderedRequestContextFilter requestContextFilter() {
    return new OrderedRequestContextFilter();
  }
}
