package cn.unionsw.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LoginConfig {

  @Bean
  FilterRegistrationBean<WebappLoginFilter> webappLoginFilter(LoginGuard guard, ObjectMapper json,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new WebappLoginFilter(guard, json, webappPath));
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    return registration;
  }
}
