package cn.unionsw.platform.config;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import jakarta.annotation.Priority;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps what a task listener throws ("Exception while invoking TaskListener"), so a refused review
 * (no comment, bad decision) would reach engine REST clients as a 500. This answers it as the 400 it is, with the
 * listener's own message; everything else keeps Camunda's handling. The same holds for the web apps' copy of
 * the engine API ({@code /camunda/api/engine}), through which Tasklist starts processes and submits forms: a
 * reviewer reads "comment: 不同意时须填写意见（理由）", not a wrapped engine exception.
 */
@Configuration
class EngineRestErrors {

  /** The servlet the web-app starter registers for {@code /camunda/api/engine/*}. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  private static final String HANDLERS = UnwrappingProcessEngineExceptionHandler.class.getName() + ","
      + UnwrappingRestExceptionHandler.class.getName();

  @Bean
  ResourceConfigCustomizer validationErrorsAsBadRequests() {
    return config -> config.register(UnwrappingProcessEngineExceptionHandler.class)
        .register(UnwrappingRestExceptionHandler.class);
  }

  /**
   * The web apps' engine API is a Jersey servlet that the web-app starter's initializer adds itself, with no
   * customizer; Jersey reads extra providers from the servlet's init parameters. So the initializer is decorated:
   * once it has registered its servlets, the engine API's gets the handlers above.
   */
  @Bean
  static BeanPostProcessor webappEngineApiErrors() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CamundaBpmWebappInitializer webapps)) {
          return bean;
        }
        return (ServletContextInitializer) servletContext -> {
          webapps.onStartup(servletContext);
          var registration = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
          if (registration == null) {
            throw new IllegalStateException("The web apps registered no servlet '" + WEBAPP_ENGINE_API + "'");
          }
          registration.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, HANDLERS);
        };
      }
    };
  }

  /** The platform's refusal inside, if there is one: a {@link Refusal} anywhere in the cause chain. */
  static Refusal refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal refusal) {
        return refusal;
      }
    }
    return null;
  }

  /** A refusal in the platform's problem JSON, with its kind's status. */
  static Response refused(Refusal refusal) {
    return Response.status(Problems.status(refusal.kind()).value())
        .type("application/problem+json")
        .entity(Problems.asMap(Problems.of(refusal)))
        .build();
  }

  /** Task listener refusals arrive as ProcessEngineExceptions (completing a task, delegating it). */
  @Provider
  @Priority(1)
  public static class UnwrappingProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Refusal refusal = refusal(exception);
      return refusal != null ? refused(refusal) : super.toResponse(exception);
    }
  }

  /** Starting an instance and completing a task wrap every engine exception in a RestException with status 500. */
  @Provider
  @Priority(1)
  public static class UnwrappingRestExceptionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      Refusal refusal = refusal(exception);
      // Engine REST turns a BadUserRequestException into a 400 (or 500) whatever it says: a refusal keeps its kind.
      if (refusal != null) {
        return refused(refusal);
      }
      return super.toResponse(exception);
    }
  }
}
