package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadRequest.quoted;
import static cn.unionsw.platform.web.BadValues.*;

import java.util.List;
import java.util.Map;

/**
 * Malformed requests to the safe-deploy doors (ADR 0022): a type that is no model type, a key that is no key, a
 * version that is no positive whole number, a model's content missing or refused by the rules, a comment missing or
 * too long. Each is refused naming the part, and nothing is deployed or recorded. A rollback is asked of a model
 * that does not exist, so that no request of these could roll a running decision back.
 */
final class ModelsBadRequests extends BadRequestGroups {

  private static final String FORM = "{\"id\":\"bad-input-probe\",\"executionPlatform\":\"Camunda Platform\","
      + "\"components\":[]}";
  private static final List<String> KEYS = join(INJECTIONS, List.of("名字", "a b", "-x"));

  static Map<String, List<BadRequest>> all() {
    ModelsBadRequests requests = new ModelsBadRequests();
    requests.reading();
    requests.deploying();
    return requests.groups();
  }

  private void reading() {
    start("models: reading");
    queryParam("/api/models", "admin", params("type", "dmn"), "type", choices(), true);
    pathParam("GET", "/api/models/{t}/post-quota", "admin", "t", choices(), "type");
    pathParam("GET", "/api/models/dmn/{k}", "admin", "k", KEYS, "key");
    pathParam("GET", "/api/models/dmn/post-quota/versions/{v}", "admin", "v", ints(1, Integer.MAX_VALUE), "version");
    queryParam("/api/models/deployments", "admin", params("type", "dmn", "key", "post-quota"), "type", choices(),
        false);
    queryParam("/api/models/deployments", "admin", params("type", "dmn", "key", "post-quota"), "key",
        List.of("' OR 1=1 --", "${1+1}", "名字"), false);
  }

  private void deploying() {
    start("models: deploying");
    var trial = params("type", quoted("form"), "content", quoted(FORM));
    bodyField("POST", "/api/models/dry-run", "admin", trial, "type", notChoice());
    bodyField("POST", "/api/models/dry-run", "admin", trial, "content",
        join(List.of("\"\"", "\" \"", "null"), notText()));
    bodies("POST", "/api/models/dry-run", "admin", object(trial), true);
    var deploy = params("type", quoted("form"), "content", quoted(FORM), "comment", quoted("坏输入"));
    bodyField("POST", "/api/models/deployments", "admin", deploy, "type", notChoice());
    bodyField("POST", "/api/models/deployments", "admin", deploy, "content",
        join(List.of("\"\"", "null", quoted("<definitions"), quoted("{\"id\":\"Bad_1abcdef\"}")), notText()));
    bodyField("POST", "/api/models/deployments", "admin", deploy, "comment",
        join(List.of("\"\"", "\" \"", "null", quoted("理".repeat(1001))), notText()));
    bodies("POST", "/api/models/deployments", "admin", object(deploy), true);
    String rollback = "/api/models/dmn/bad-input-none/rollback";
    var back = params("comment", quoted("坏输入"), "version", "1");
    bodyField("POST", rollback, "admin", back, "comment", List.of("\"\"", "\" \"", "null", quoted("理".repeat(1001))));
    bodyField("POST", rollback, "admin", back, "version", List.of("0", "-1", "\"abc\"", "[]", "{}", "4294967297"));
    bodies("POST", rollback, "admin", object(back), true);
  }

  private static String object(Map<String, String> fields) {
    return BadRequest.object(fields);
  }
}
