package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadRequest.encode;
import static cn.unionsw.platform.web.BadRequest.object;
import static cn.unionsw.platform.web.BadRequest.query;
import static cn.unionsw.platform.web.BadRequest.quoted;
import static cn.unionsw.platform.web.BadRequest.with;
import static cn.unionsw.platform.web.BadValues.HUGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds named groups of malformed requests, one bad part at a time in an otherwise valid request. */
abstract class BadRequestGroups {

  private final Map<String, List<BadRequest>> groups = new LinkedHashMap<>();
  private List<BadRequest> group;

  Map<String, List<BadRequest>> groups() {
    return groups;
  }

  void start(String name) {
    group = new ArrayList<>();
    groups.put(name, group);
  }

  void add(BadRequest request) {
    group.add(request);
  }

  /** One request per value of a query parameter, the others valid; a required parameter also left out. */
  void queryParam(String path, String user, Map<String, String> valid, String param, List<String> values,
      boolean required) {
    for (String value : values) {
      if (!required && value.trim().isEmpty()) {
        continue; // an optional parameter left blank (Spring trims choices: "\0" too) is a parameter left out
      }
      add(BadRequest.get(param + " in query", path + "?" + query(with(valid, param, value)), user, param));
    }
    if (required) {
      add(BadRequest.get(param + " missing", path + "?" + query(with(valid, param, null)), user, param));
    }
  }

  /**
   * One request per value of a path variable. Tomcat and Spring Security's firewall refuse some paths before any
   * controller sees them (an encoded slash, backslash, percent or semicolon, a control character): problem JSON
   * still, but no controller is there to name the variable.
   */
  void pathParam(String method, String template, String user, String variable, List<String> values,
      String field, String... json) {
    for (String value : values) {
      if (value.isEmpty()) {
        continue; // an empty segment is another path
      }
      String target = template.replace("{" + variable + "}", encode(value));
      boolean refusedAsUrl = value.chars().anyMatch(c -> "/\\%;".indexOf(c) >= 0 || c < 0x20)
          || value.equals(".") || value.equals("..");
      String name = variable + " in path";
      add(json.length == 0 ? new BadRequest(name, method, target, user, null, null, refusedAsUrl ? null : field)
          : BadRequest.json(name, method, target, user, json[0], refusedAsUrl ? null : field));
    }
  }

  /** One request per raw JSON value of a body field, the others valid. */
  void bodyField(String method, String target, String user, Map<String, String> valid, String field,
      List<String> rawValues) {
    for (String raw : rawValues) {
      add(BadRequest.json(field + " in body", method, target, user, object(with(valid, field, raw)), field));
    }
  }

  /** Bodies that are no JSON object, and a valid one sent as what it is not. */
  void bodies(String method, String target, String user, String valid, boolean json, String... valids) {
    for (String body : List.of("null", "", "[]", "{", "\"x\"", "123", "{\"a\":", "{\"x\":" + quoted(HUGE) + "}",
        "{\"a\":1,\"a\":2}", "\uFEFF{}")) {
      if ((json || !body.isEmpty()) && !List.of(valids).contains(body)) {
        add(BadRequest.json("body", method, target, user, body, null));
      }
    }
    byte[] sent = BadRequest.bytes(valid == null ? "x" : valid);
    for (String type : List.of("application/xml", "application/x-www-form-urlencoded", "image/png", "text/html",
        "application/json;charset=nope", "nonsense")) {
      add(new BadRequest("content type " + type, method, target, user, type, sent, null));
    }
    add(new BadRequest("no content type", method, target, user, null, sent, null));
    if (json) {
      add(new BadRequest("no body", method, target, user, BadRequest.JSON, null, null));
    }
  }

  static Map<String, String> params(String... nameValue) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      map.put(nameValue[i], nameValue[i + 1]);
    }
    return map;
  }

  static List<String> quotedAll(List<String> values) {
    return values.stream().map(BadRequest::quoted).toList();
  }
}
