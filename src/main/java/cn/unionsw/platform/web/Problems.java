package cn.unionsw.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the platform's error body: problem JSON with the contract's {@code error} and {@code message}. */
public final class Problems {

  private Problems() {
  }

  public static ProblemDetail of(HttpStatusCode status, String error, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setType(URI.create("urn:unionsw:error:" + error));
    problem.setProperty("error", error);
    problem.setProperty("message", message);
    return problem;
  }

  /** A refusal as the client reads it: its kind's status, its code, its message and the field it names. */
  public static ProblemDetail of(Refusal refusal) {
    ProblemDetail problem = of(status(refusal.kind()), refusal.error(), refusal.getMessage());
    if (refusal.field() != null) {
      problem.setProperty("field", refusal.field());
    }
    return problem;
  }

  /**
   * The same body as a plain map, for writers outside Spring MVC (engine REST's Jersey providers), whose JSON
   * mapper does not know {@link ProblemDetail}.
   */
  public static Map<String, Object> asMap(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }

  /** The one place a refusal's kind becomes an HTTP status. */
  public static HttpStatus status(Refusal.Kind kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
  }

  /** For filters that answer before any controller runs (authentication, access). */
  public static void write(HttpServletResponse response, ObjectMapper json, HttpStatusCode status, String error,
      String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), of(status, error, message));
  }
}
