package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;

/**
 * Checks what an administrator sends to create or change an authorization or a group (engine REST and the Admin
 * web app's engine API) before Camunda reads it: Camunda's resources fail with a NullPointerException on a missing
 * {@code type} or {@code permissions}, and its commands refuse an unknown type, an authorization for both or neither
 * of a user and a group, or a global authorization for one user, with exceptions its REST answers as 500. Each is
 * a 400 naming the field. (Ids outside the allowed pattern are answered by {@link EngineProblems}.)
 */
@Provider
@Priority(Priorities.USER)
public class EngineRestIdentityBodies implements ContainerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Integer> TYPES = List.of(Authorization.AUTH_TYPE_GLOBAL, Authorization.AUTH_TYPE_GRANT,
      Authorization.AUTH_TYPE_REVOKE);

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String resource = resource(request.getUriInfo().getPathSegments(), request.getMethod());
    if (resource == null || !EngineRestVariables.hasJson(request)) {
      return;
    }
    JsonNode root = EngineRestVariables.jsonBody(request, JSON);
    if (root == null || !root.isObject()) {
      return; // EngineRestVariables refuses a null body; anything else fails Camunda's reading as a parse error.
    }
    if (resource.equals("authorization")) {
      checkAuthorization(root, "POST".equals(request.getMethod()));
    } else if (!root.path("id").isTextual() || root.path("id").asText().isBlank()) {
      throw Refusal.invalid("id", "须填写组标识 (the group id is required)");
    }
  }

  /** "authorization" or "group" for a create (POST …/create) or a change (PUT …/{id}); null for anything else. */
  private static String resource(List<PathSegment> path, String method) {
    if (path.size() < 2) {
      return null;
    }
    String kind = path.get(path.size() - 2).getPath();
    String last = path.get(path.size() - 1).getPath();
    boolean write = ("POST".equals(method) && "create".equals(last)) || ("PUT".equals(method) && !"create".equals(last));
    return write && (kind.equals("authorization") || kind.equals("group")) ? kind : null;
  }

  /** A change (PUT) keeps the authorization's type, so it need not send it; if it does, it is checked. */
  private static void checkAuthorization(JsonNode body, boolean create) {
    JsonNode type = body.path("type");
    if ((create || !type.isMissingNode() && !type.isNull()) && (!type.isInt() || !TYPES.contains(type.asInt()))) {
      throw Refusal.invalid("type", "须为 0（全局）、1（授予）或 2（撤销）(must be 0 global, 1 grant or 2 revoke)");
    }
    JsonNode permissions = body.path("permissions");
    if (!permissions.isArray() || !permissions.valueStream().allMatch(JsonNode::isTextual)) {
      throw Refusal.invalid("permissions", "须为权限名的数组 (must be an array of permission names)");
    }
    if (!body.path("resourceType").isInt()) {
      throw Refusal.invalid("resourceType", "须为资源类型的编号 (must be the number of a resource type)");
    }
    if (!body.path("resourceId").isTextual() || body.path("resourceId").asText().isEmpty()) {
      throw Refusal.invalid("resourceId", "须填写资源标识，* 表示全部 (required; * for all)");
    }
    boolean user = given(body, "userId");
    boolean group = given(body, "groupId");
    if (type.isInt() && type.asInt() == Authorization.AUTH_TYPE_GLOBAL) {
      if (group || !"*".equals(body.path("userId").asText())) {
        throw Refusal.invalid("userId", "全局授权须为所有用户（userId 为 *），不能指定用户或组 (a global authorization is "
            + "for every user: userId *, no groupId)");
      }
    } else if (user == group) {
      throw Refusal.invalid("userId", "须指定用户或组之一 (give either userId or groupId)");
    }
  }

  private static boolean given(JsonNode body, String field) {
    return body.path(field).isTextual() && !body.path(field).asText().isBlank();
  }
}
