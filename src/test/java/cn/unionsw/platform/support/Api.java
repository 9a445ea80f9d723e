package cn.unionsw.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Calls to {@code /api} and {@code /engine-rest} as a demo user (password {@code demo}) or a test's own user. */
public final class Api {

  public static final String DEMO_PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;

  private Api(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static Api as(TestRestTemplate rest, String user) {
    return as(rest, user, DEMO_PASSWORD);
  }

  /** As a user a test has just created, whose password meets the policy. */
  public static Api as(TestRestTemplate rest, String user, String password) {
    return new Api(rest.withBasicAuth(user, password));
  }

  public static Api anonymous(TestRestTemplate rest) {
    return new Api(rest);
  }

  public ResponseEntity<JsonNode> get(String path) {
    return rest.getForEntity(path, JsonNode.class);
  }

  /** A download: the body as bytes, whatever its type (an error's problem JSON too). */
  public ResponseEntity<byte[]> bytes(String path) {
    return rest.getForEntity(path, byte[].class);
  }

  public ResponseEntity<JsonNode> post(String path, Object body) {
    return rest.postForEntity(path, body, JsonNode.class);
  }

  /** The answer as it came, whatever it is (a stack trace would be seen as one, not fail to parse). */
  public ResponseEntity<String> postText(String path, Object body) {
    return rest.postForEntity(path, body, String.class);
  }

  public ResponseEntity<String> getText(String path) {
    return rest.getForEntity(path, String.class);
  }

  /** A body read as JSON (a missing node where it is none). */
  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body == null ? "null" : body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  public ResponseEntity<JsonNode> delete(String path) {
    return rest.exchange(path, HttpMethod.DELETE, null, JsonNode.class);
  }

  /** A multipart upload of one file in the field {@code file}, as a browser's form sends it. */
  public ResponseEntity<JsonNode> upload(String path, String fileName, byte[] file) {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("file", new ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.postForEntity(path, new HttpEntity<>(form, headers), JsonNode.class);
  }

  public ResponseEntity<JsonNode> put(String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
