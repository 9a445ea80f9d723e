package cn.unionsw.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's {@code /error}, where the servlet container sends what no controller answered: an unknown path or
 * method under {@code /api}, a URL Spring Security's firewall rejects, an exception escaping a filter. For the JSON
 * APIs it answers problem JSON with the status the request got and nothing the request carried but a cut-short
 * path; the web apps' pages keep Spring Boot's answer. Asked for directly, it answers 404 in problem JSON.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

  private final ObjectMapper json;

  ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      ObjectProvider<ErrorViewResolver> resolvers, ObjectMapper json) {
    super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    this.json = json;
  }

  /** Browsers ask for HTML; an API path answers JSON all the same, written here because this returns a view. */
  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (!isApi(request)) {
      return super.errorHtml(request, response);
    }
    ProblemDetail problem = problem(request);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    try {
      json.writeValue(response.getOutputStream(), Problems.asMap(problem));
    } catch (IOException e) {
      // The client has gone; there is no one left to answer.
    }
    return null;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!isApi(request)) {
      return super.error(request);
    }
    ProblemDetail problem = problem(request);
    // A preset content type is sent whatever the request's Accept header says.
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.asMap(problem));
  }

  /**
   * The status of the error the container forwarded here; 404 for {@code /error} asked for directly, which carries no
   * error (Spring Boot's answer to that was 500).
   */
  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    return askedDirectly(request) ? HttpStatus.NOT_FOUND : super.getStatus(request);
  }

  /** {@code /error} requested by a client, not forwarded to by the container: it carries no error. */
  private static boolean askedDirectly(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
  }

  private ProblemDetail problem(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    ProblemDetail problem = status.is5xxServerError()
        && BadData.isDatabaseUnavailable((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
        ? Problems.databaseUnavailable()
        : Problems.of(status.is4xxClientError() ? status : HttpStatus.INTERNAL_SERVER_ERROR);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    problem.setInstance(Problems.instance(uri != null ? uri.toString() : request.getRequestURI()));
    return problem;
  }

  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null) {
      // /error asked for directly: an address of the platform's, answered as its APIs answer (404).
      return askedDirectly(request);
    }
    String context = request.getContextPath();
    return uri.toString().startsWith(context) && Problems.isApiPath(uri.toString().substring(context.length()));
  }
}
