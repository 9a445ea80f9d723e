package cn.unionsw.platform.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Camunda web-app jar also carries a static demo page, {@code /camunda-welcome}: English only, the "migrate to
 * Camunda 8" banner, "log in with demo / demo" and an "Enterprise Support" button. It is not for this platform's
 * users, so it leads to the (Chinese, branded) Welcome web app instead. View controllers take precedence over
 * static resources.
 */
@Configuration
class CamundaWelcomeRedirect implements WebMvcConfigurer {

  private final String welcomeApp;

  CamundaWelcomeRedirect(@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    this.welcomeApp = applicationPath + "/app/welcome/default/";
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/camunda-welcome", welcomeApp);
    registry.addRedirectViewController("/camunda-welcome/**", welcomeApp);
  }
}
