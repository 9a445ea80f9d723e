package cn.unionsw.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One malformed request and what its refusal must name: {@code field} is the field at fault, or null where no one
 * field is (a body that is no JSON, a URL Tomcat refuses, an id that names nothing).
 */
record BadRequest(String name, String method, String target, String user, String contentType, byte[] body,
    String field) {

  static final String JSON = "application/json";

  static BadRequest json(String name, String method, String target, String user, String json, String field) {
    return new BadRequest(name, method, target, user, JSON, json == null ? null : bytes(json), field);
  }

  static BadRequest get(String name, String target, String user, String field) {
    return new BadRequest(name, "GET", target, user, null, null, field);
  }

  BadRequest withField(String expected) {
    return new BadRequest(name, method, target, user, contentType, body, expected);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A path segment or query value as a client would encode it (a space as %20, a slash as %2F). */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String query(Map<String, String> parameters) {
    return parameters.entrySet().stream().map(p -> p.getKey() + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** A JSON object from raw JSON values by name, in order: {@code {"a":1,"b":"x"}}. */
  static String object(Map<String, String> rawValues) {
    return rawValues.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A JSON string; lone halves of a 4-byte character are sent escaped, as JSON allows, whole ones as they are. */
  static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || lone) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  static Map<String, String> with(Map<String, String> base, String key, String rawValue) {
    Map<String, String> copy = new LinkedHashMap<>(base);
    if (rawValue == null) {
      copy.remove(key);
    } else {
      copy.put(key, rawValue);
    }
    return copy;
  }
}
