package cn.unionsw.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error page, for requests it refuses before any servlet sees them (a broken %-encoding, an encoded
 * slash, a URL that maps to no context, a head too large to read): problem JSON on the JSON APIs' paths and
 * where the path is unknown, Tomcat's bare page elsewhere.
 * It replaces the host's {@link ErrorReportValve}, so it must be public with a no-argument constructor.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private final ObjectMapper json = new ObjectMapper();

  public ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    // A request Tomcat could not read far enough to know its path (a head over 8 KB) may be anyone's: JSON too.
    String path = request.getRequestURI();
    if (path != null && !path.isEmpty() && !Problems.isApiPath(path)) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    // Tomcat's own guards: an error only, nothing written yet, reported once.
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status));
    problem.setInstance(Problems.instance(request.getRequestURI()));
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(Problems.asMap(problem)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response is already on its way: nothing left to tell.
    }
  }
}
