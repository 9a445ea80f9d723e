package cn.unionsw.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One error shape for the whole platform API: RFC 9457 problem JSON that also carries the contract's
 * {@code error} and {@code message}. No stack trace or exception text of ours ever reaches a client.
 */
@RestControllerAdvice(basePackages = "cn.unionsw.platform")
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
  /** How much of what a client sent is quoted back (kept here too, where the advice's readers look for it). */
  static final int MAX_ECHOED = Problems.MAX_ECHOED;

  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refused(Refusal e) {
    return respond(Problems.of(e));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return field(e.getParameterName(), "必填参数缺失 (required parameter is missing)");
  }

  /** An upload without its file part (a form sent empty, a part under another name) names the part. */
  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    return field(e.getRequestPartName(), "必须上传文件 (a file part is required)");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
    return field(e.getName(), "格式不正确 (not a valid " + expected + "): " + Problems.quote(e.getValue()));
  }

  /** A path variable that converts to nothing ({@code /api/workdays/%20}) is missing, not a fault of ours. */
  @ExceptionHandler(MissingPathVariableException.class)
  ResponseEntity<ProblemDetail> missingPathVariable(MissingPathVariableException e) {
    if (!e.isMissingAfterConversion()) {
      return unexpected(e);
    }
    return field(e.getVariableName(), "必填 (required)");
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
    var error = e.getBindingResult().getFieldErrors().stream().findFirst();
    return error.map(f -> field(f.getField(), f.getDefaultMessage()))
        .orElseGet(() -> respond(problem(HttpStatus.BAD_REQUEST, "invalid_request", "请求内容无效")));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
    var violation = e.getConstraintViolations().stream().findFirst();
    return violation.map(v -> {
          String path = v.getPropertyPath().toString();
          return field(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        })
        .orElseGet(() -> respond(problem(HttpStatus.BAD_REQUEST, "invalid_request", "请求内容无效")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch) {
      // A value of the wrong type names its property; a map key of the wrong type is itself the field.
      Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
      String field = !mismatch.getPath().isEmpty()
          ? namedField(mismatch.getPath())
          : value != null && String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot deserialize Map key")
              ? String.valueOf(value) : null;
      if (field != null && !field.isBlank() && field.length() <= MAX_ECHOED) {
        return field(field, expected(mismatch.getTargetType()) + (value == null ? "" : "，收到 " + Problems.quote(value)));
      }
    }
    // A number too large for its type: thrown by the parser, which still knows the field it was reading, and
    // wrapped with the field's path where it fills a record.
    String field = e.getCause() instanceof InputCoercionException coercion && coercion.getProcessor() != null
        ? currentName(coercion.getProcessor())
        : e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? namedField(mapping.getPath()) : null;
    if (field != null && !field.isBlank() && field.length() <= MAX_ECHOED) {
      return field(field, e.getCause().getCause() instanceof InputCoercionException || e.getCause() instanceof
          InputCoercionException ? "数字超出范围 (a number is out of range)" : "格式不正确 (not a valid value)");
    }
    if (e.getCause() instanceof InputCoercionException) {
      return respond(problem(HttpStatus.BAD_REQUEST, "invalid_body", "请求体中的数字超出范围 (a number is out of range)"));
    }
    return respond(problem(HttpStatus.BAD_REQUEST, "invalid_body", "请求体无法解析 (the request body is not readable)"));
  }

  /** The innermost named property on the path: {@code users} for a bad element of the list {@code users[0]}. */
  private static String namedField(java.util.List<JsonMappingException.Reference> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i).getFieldName() != null) {
        return path.get(i).getFieldName();
      }
    }
    return null;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
        "不支持的内容类型 (supported: " + e.getSupportedMediaTypes() + ")"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "不支持的请求方法 " + e.getMethod()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return respond(problem(HttpStatus.NOT_FOUND, "not_found", "没有这个地址 (no such resource)"));
  }

  /** The platform API calls the engine too: a change that met another's is the same 409 as at engine REST. */
  @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class})
  ResponseEntity<ProblemDetail> conflict(ProcessEngineException e) {
    return respond(e instanceof TaskAlreadyClaimedException
        ? problem(HttpStatus.CONFLICT, "task_already_claimed", Problems.ALREADY_CLAIMED)
        : problem(HttpStatus.CONFLICT, "conflict", Problems.CHANGED_MEANWHILE));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ResponseEntity<ProblemDetail> denied(RuntimeException e) {
    return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "无权访问 (access denied)"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    // Spring's own exceptions know their status (406, 413, a bad multipart...): a client's mistake keeps its 4xx.
    if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
      log.debug("Refused an API request", e);
      return respond(Problems.of(known.getStatusCode()));
    }
    if (BadData.isDatabaseUnavailable(e)) {
      log.warn("An API request found the database unavailable: {}", e.toString());
      return respond(Problems.databaseUnavailable());
    }
    if (BadData.isConcurrentChange(e)) {
      log.debug("An API request met another one in the database", e);
      return respond(problem(HttpStatus.CONFLICT, "conflict", Problems.CHANGED_MEANWHILE));
    }
    if (BadData.isBadData(e)) {
      log.debug("The database refused a value of an API request", e);
      return respond(problem(HttpStatus.BAD_REQUEST, "value_out_of_range",
          "输入的值过长、超出允许范围或含有无法保存的字符 (a value is too long, out of range or not storable)"));
    }
    log.error("Unexpected error answering an API request", e);
    return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR));
  }

  private static String currentName(JsonParser parser) {
    try {
      return parser.currentName();
    } catch (IOException e) {
      return null;
    }
  }

  private static ResponseEntity<ProblemDetail> field(String field, String reason) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid_" + field, field + ": " + reason);
    problem.setProperty("field", field);
    return respond(problem);
  }

  private static ProblemDetail problem(HttpStatusCode status, String error, String message) {
    return Problems.of(status, error, message);
  }

  private static String expected(Class<?> type) {
    if (type != null && type.isEnum()) {
      return "须为 " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"))
          + " 之一";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "须为整数";
    }
    if (type != null && (Number.class.isAssignableFrom(type) || type == double.class)) {
      return "须为数字";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "须为 true 或 false";
    }
    return "格式不正确 (not a valid " + (type == null ? "value" : type.getSimpleName()) + ")";
  }

  /** The request's path is the problem's instance, cut short like anything else a client sent. */
  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      problem.setInstance(Problems.instance(request.getRequest().getRequestURI()));
    }
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
