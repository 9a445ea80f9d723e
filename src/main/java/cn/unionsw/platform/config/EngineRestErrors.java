package cn.unionsw.platform.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine REST ({@code /engine-rest}) and the web apps' APIs ({@code /camunda/api/...}, through which Tasklist
 * starts processes and submits forms) answer every failure as {@link EngineProblems} says, instead of Camunda's
 * exception handlers: a refused review reads "comment: 不同意时须填写意见（理由）" with a 400 although the engine
 * wraps what a task listener throws, a null body or a value too long for its column is a 400, not a 500, and a
 * JSON parse error is problem JSON, not plain text. {@link EngineRestVariables} checks variables on the way in.
 *
 * <p>Jersey picks the exception mapper nearest to an exception's class, so each of Camunda's is replaced by one
 * for the same class with a higher priority.
 */
@Configuration
class EngineRestErrors {

  /** The servlets the web-app starter registers; "Engine Api" serves {@code /camunda/api/engine/*}. */
  static final List<String> WEBAPP_APIS = List.of("Engine Api", "Cockpit Api", "Tasklist Api", "Admin Api",
      "Welcome Api");

  private static final List<Class<?>> PROVIDERS = List.of(Throwables.class, ProcessEngineExceptions.class,
      RestExceptions.class, JsonMappingExceptions.class, JsonParseExceptions.class, EngineRestVariables.class,
      EngineRestIdentityBodies.class, EngineRestPaging.class, EngineRestRestartBodies.class, EngineRestJson.class);

  @Bean
  ResourceConfigCustomizer engineRestProblems() {
    return config -> PROVIDERS.forEach(config::register);
  }

  /**
   * The web apps' APIs are Jersey servlets that the web-app starter's initializer adds itself, with no
   * customizer; Jersey reads extra providers from a servlet's init parameters. So the initializer is decorated:
   * once it has registered its servlets, each gets the providers above.
   */
  @Bean
  static BeanPostProcessor webappApiProblems() {
    String classNames = PROVIDERS.stream().map(Class::getName).collect(Collectors.joining(","));
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CamundaBpmWebappInitializer webapps)) {
          return bean;
        }
        return (ServletContextInitializer) servletContext -> {
          webapps.onStartup(servletContext);
          for (String name : WEBAPP_APIS) {
            var registration = servletContext.getServletRegistration(name);
            if (registration == null) {
              throw new IllegalStateException("The web apps registered no servlet '" + name + "'");
            }
            registration.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, classNames);
          }
        };
      }
    };
  }

  /** The platform's refusal inside, if there is one: a {@link Refusal} anywhere in the cause chain. */
  static Refusal refusal(Throwable exception) {
    return EngineProblems.find(exception, Refusal.class);
  }

  // One mapper per exception type, all answering alike: JAX-RS picks the mapper of the nearest type, and Camunda's
  // REST registers its own for ProcessEngineException, RestException and Jackson's exceptions, which a mapper of
  // Throwable alone would never override.

  @Provider
  @Priority(1)
  public static class Throwables implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return EngineProblems.toResponse(exception);
    }
  }

  /** Task listener refusals arrive as ProcessEngineExceptions (completing a task, delegating it). */
  @Provider
  @Priority(1)
  public static class ProcessEngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineProblems.toResponse(exception);
    }
  }

  /** Starting an instance and completing a task wrap every engine exception in a RestException with status 500. */
  @Provider
  @Priority(1)
  public static class RestExceptions implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return EngineProblems.toResponse(exception);
    }
  }

  @Provider
  @Priority(1)
  public static class JsonMappingExceptions implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return EngineProblems.toResponse(exception);
    }
  }

  @Provider
  @Priority(1)
  public static class JsonParseExceptions implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return EngineProblems.toResponse(exception);
    }
  }
}
