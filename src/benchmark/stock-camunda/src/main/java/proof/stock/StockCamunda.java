package proof.stock;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Camunda's Spring Boot starter as its documentation shows it. With {@code --stock.secured=true} engine REST takes
 * HTTP Basic through Camunda's own {@link ProcessEngineAuthenticationFilter} (the setup Camunda documents for
 * securing the REST API) and {@code --camunda.bpm.authorization.enabled=true} turns authorizations on.
 */
@SpringBootApplication
public class StockCamunda {

  public static void main(String[] args) {
    SpringApplication.run(StockCamunda.class, args);
  }

  @Bean
  @ConditionalOnProperty(name = "stock.secured", havingValue = "true")
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
