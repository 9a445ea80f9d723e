package cn.unionsw.platform.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
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
    return config -> config.register(UnwrappingProcessEngineExceptionHandler.class)
        .register(UnwrappingRestExceptionHandler.class);
  }

  /** The refusal inside, if there is one: a {@link BadUserRequestException} anywhere in the cause chain. */
  static BadUserRequestException refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badRequest) {
        return badRequest;
      }
    }
    return null;
  }

  /** Task listener refusals arrive as ProcessEngineExceptions (completing a task, delegating it). */
  @Provider
  @Priority(1)
  public static class UnwrappingProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      BadUserRequestException refusal = refusal(exception);
      return super.toResponse(refusal != null ? refusal : exception);
    }
  }

  /** Starting an instance and completing a task wrap every engine exception in a RestException with status 500. */
  @Provider
  @Priority(1)
  public static class UnwrappingRestExceptionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      BadUserRequestException refusal = refusal(exception);
      if (refusal != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
        return new ProcessEngineExceptionHandler().toResponse(refusal);
      }
      return super.toResponse(exception);
    }
  }
}
