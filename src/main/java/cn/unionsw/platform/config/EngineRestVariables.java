package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Reads the variables in a JSON body sent to engine REST or the web apps' engine API before Camunda does, so that
 * what it would refuse without saying which variable (or fail on) is refused naming the variable:
 * <ul>
 *   <li>a body that is JSON {@code null} (Camunda's resources fail on it with a NullPointerException);</li>
 *   <li>{@code Object} variables: serialized Java or JSON objects have no place in a request from outside, and
 *   Java serialization is the classic way in for an attacker;</li>
 *   <li>a value Camunda cannot convert to its type ({@code 4294967297} as an Integer, {@code "abc"} as a Date);</li>
 *   <li>a name longer than Camunda's column for it (255).</li>
 * </ul>
 * A variable is any object of {@code value}, {@code type} and {@code valueInfo} with a {@code value}, named by its
 * key (or, sent alone to {@code .../variables/{name}}, by the path). Strings too long for the database are refused
 * by {@link TextVariableLimit}, at every door.
 */
@Provider
@Priority(Priorities.USER)
public class EngineRestVariables implements ContainerRequestFilter {

  static final int MAX_NAME_LENGTH = 255;
  private static final ObjectMapper CAMUNDA_JSON = EngineRestJson.MAPPER;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!hasJson(request)) {
      return;
    }
    JsonNode root = jsonBody(request, CAMUNDA_JSON);
    if (root == null) {
      return; // Reading the body for the resource fails the same way, and is answered as a parse error.
    }
    if (root.isNull() || root.isMissingNode()) {
      throw Refusal.invalid("invalid_body", null, "请求体须为 JSON，不能为 null (the body must not be null)");
    }
    List<PathSegment> path = request.getUriInfo().getPathSegments();
    check(root, path.isEmpty() ? "" : path.get(path.size() - 1).getPath());
  }

  /** Whether the request carries a JSON body. */
  static boolean hasJson(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    return request.hasEntity() && type != null && type.getSubtype().toLowerCase().endsWith("json");
  }

  /**
   * The request's JSON body, read and put back for the resource to read again; null if it does not parse (the
   * resource's own reading answers that as a parse error). An empty body reads as a missing node.
   */
  static JsonNode jsonBody(ContainerRequestContext request, ObjectMapper json) throws IOException {
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    try {
      JsonNode root = json.readTree(body);
      return root == null ? MissingNode.getInstance() : root;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static void check(JsonNode node, String name) {
    if (node.isObject() && isVariable(node)) {
      checkVariable(name, node);
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> check(field.getValue(), field.getKey()));
    } else if (node.isArray()) {
      node.forEach(item -> check(item, name));
    }
  }

  private static boolean isVariable(JsonNode node) {
    if (!node.has("value")) {
      return false;
    }
    for (var names = node.fieldNames(); names.hasNext(); ) {
      if (!List.of("value", "type", "valueInfo").contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  private static void checkVariable(String name, JsonNode variable) {
    String field = Problems.quote(name);
    if (name.length() > MAX_NAME_LENGTH) {
      throw Refusal.invalid("invalid_variable_name", "variables",
          "变量名最多 " + MAX_NAME_LENGTH + " 个字符 (variable name too long): " + field);
    }
    String type = variable.path("type").asText("");
    if (type.equalsIgnoreCase("object")) {
      throw Refusal.invalid(field, "不接受 Object 类型（序列化对象）的变量 (Object variables are not accepted)");
    }
    VariableValueDto dto = new VariableValueDto();
    dto.setType(variable.path("type").isTextual() ? type : null);
    try {
      dto.setValue(CAMUNDA_JSON.treeToValue(variable.get("value"), Object.class));
      if (variable.has("valueInfo") && !variable.get("valueInfo").isNull()) {
        dto.setValueInfo(CAMUNDA_JSON.convertValue(variable.get("valueInfo"), Map.class));
      }
      // The engine Camunda's Spring Boot provider answers, without EngineUtil's ServiceLoader scan of the classpath.
      dto.toTypedValue(ProcessEngines.getDefaultProcessEngine(), CAMUNDA_JSON);
    } catch (RestException | ProcessEngineException | IllegalArgumentException | JsonProcessingException e) {
      throw Refusal.invalid(field, "取值与类型不符 (not a valid " + Problems.quote(type.isEmpty() ? "value" : type)
          + "): " + e.getMessage());
    }
  }
}
