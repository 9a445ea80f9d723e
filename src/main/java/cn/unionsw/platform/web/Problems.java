package cn.unionsw.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
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

  /** For filters that answer before any controller runs (authentication, access). */
  public static void write(HttpServletResponse response, ObjectMapper json, HttpStatusCode status, String error,
      String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), of(status, error, message));
  }
}
