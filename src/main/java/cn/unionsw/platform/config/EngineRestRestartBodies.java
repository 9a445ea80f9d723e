package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.List;

/**
 * A restart of process instances ({@code POST .../process-definition/{id}/restart} and {@code restart-async}) names
 * its instructions: Camunda reads the body's {@code instructions} without looking and fails with a
 * NullPointerException (a 500) when there are none, before it checks who may restart. Refused here with a 400
 * naming the field; an empty list Camunda refuses itself. Who may restart is Camunda's check, as before.
 */
@Provider
@Priority(Priorities.USER)
public class EngineRestRestartBodies implements ContainerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RESTARTS = List.of("restart", "restart-async");

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    List<PathSegment> path = request.getUriInfo().getPathSegments();
    if (!HttpMethod.POST.equals(request.getMethod()) || path.isEmpty()
        || !RESTARTS.contains(path.get(path.size() - 1).getPath()) || !EngineRestVariables.hasJson(request)) {
      return;
    }
    JsonNode body = EngineRestVariables.jsonBody(request, JSON);
    if (body != null && body.isObject() && !body.path("instructions").isArray()) {
      throw Refusal.invalid("instructions", "须提供重启的步骤（数组）(the restart's instructions, a list)");
    }
  }
}
