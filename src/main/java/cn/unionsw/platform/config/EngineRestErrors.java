package cn.unionsw.platform.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps what a task listener throws ("Exception while invoking TaskListener"), so a refused review
 * (no comment, bad decision) would reach engine REST clients as a 500. This answers it as the 400 it is, with the
 * listener's own message; everything else keeps Camunda's handling.
 */
@Configuration
class EngineRestErrors {

  @Bean
  ResourceConfigCustomizer validationErrorsAsBadRequests() {
    return config -> config.register(UnwrappingProcessEngineExceptionHandler.class);
  }

  @Provider
  @Priority(1)
  public static class UnwrappingProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException badRequest) {
          return super.toResponse(badRequest);
        }
      }
      return super.toResponse(exception);
    }
  }
}
