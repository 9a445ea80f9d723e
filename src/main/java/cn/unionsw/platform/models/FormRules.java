package cn.unionsw.platform.models;

import static cn.unionsw.platform.models.ModelRules.violation;

import cn.unionsw.platform.models.ModelRules.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link ModelRules} for Camunda Forms: an id, the platform Tasklist renders, Chinese labels, variable keys. */
final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A form field's key is the process variable's name. */
  static final Pattern FIELD_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");

  private FormRules() {
  }

  static List<Violation> check(String resourceName, byte[] content) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException unreadable) {
      return List.of(violation("parse", resourceName, "无法解析为表单 JSON：" + unreadable.getMessage()));
    }
    List<Violation> found = new ArrayList<>();
    String id = form.path("id").asText();
    if (!ModelRules.MEANINGFUL_ID.matcher(id).matches()) {
      found.add(violation("meaningful-id", id.isBlank() ? resourceName : id,
          "表单 id 须为有意义的小写英文词，以连字符连接"));
    }
    if (!"Camunda Platform".equals(form.path("executionPlatform").asText())) {
      found.add(violation("form-platform", id, "executionPlatform 须为 Camunda Platform（Camunda 7 的 Tasklist）"));
    }
    components(form, id, found);
    return found;
  }

  /** Every field, those inside groups and dynamic lists too; {@code components} must be a list. */
  private static void components(JsonNode container, String owner, List<Violation> found) {
    JsonNode components = container.path("components");
    if (components.isMissingNode()) {
      return;
    }
    if (!components.isArray()) {
      found.add(violation("form-components", owner, "components 须为字段的列表"));
      return;
    }
    for (JsonNode component : components) {
      if (component.has("key")) {
        String key = component.path("key").asText();
        // form-js labels a date field by dateLabel (datetime component), every other field by label.
        String label = component.path("datetime".equals(component.path("type").asText()) ? "dateLabel" : "label")
            .asText();
        if (!ModelRules.CHINESE.matcher(label).matches()) {
          found.add(violation("chinese-label", key, "表单字段须有中文标签"));
        }
        if (!FIELD_KEY.matcher(key).matches()) {
          found.add(violation("field-key", key, "字段的 key 须为流程变量名（小写字母开头的驼峰英文）"));
        }
      }
      components(component, component.path("id").asText(owner), found);
    }
  }

  static Optional<String> id(byte[] content) {
    try {
      String id = JSON.readTree(content).path("id").asText();
      return id.isBlank() ? Optional.empty() : Optional.of(id);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }
}
