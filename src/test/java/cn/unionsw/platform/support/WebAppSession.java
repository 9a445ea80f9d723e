package cn.unionsw.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A logged-in session of the Camunda web apps, as a browser holds it: session cookie plus XSRF token. */
public final class WebAppSession {

  /** What Tasklist posts when it opens a filter: paging and sorting (newest first), no criteria of its own. */
  public static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  private final TestRestTemplate rest;
  private final String cookies;
  private final String xsrfToken;

  private WebAppSession(TestRestTemplate rest, String cookies, String xsrfToken) {
    this.rest = rest;
    this.cookies = cookies;
    this.xsrfToken = xsrfToken;
  }

  public static WebAppSession login(TestRestTemplate rest, String user, String password) {
    Map<String, String> jar = new LinkedHashMap<>();
    var login = attemptLogin(rest, user, password, jar, new HttpHeaders(), String.class);
    assertThat(login.getStatusCode()).as("web app login of " + user).isEqualTo(HttpStatus.OK);

    // The login renews the session (fixation protection); the new session's token comes with the next GET,
    // as it does for the web apps in a browser.
    addCookies(jar, login.getHeaders().get(HttpHeaders.SET_COOKIE));
    HttpHeaders sessionHeaders = new HttpHeaders();
    sessionHeaders.add(HttpHeaders.COOKIE, join(jar));
    var current = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(sessionHeaders),
        String.class);
    addCookies(jar, current.getHeaders().get(HttpHeaders.SET_COOKIE));
    return new WebAppSession(rest, join(jar), current.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  /** One try at the login form by a browser at {@code clientAddress} behind the proxy; its answer, no session. */
  public static ResponseEntity<JsonNode> tryLogin(TestRestTemplate rest, String user, String password,
      String clientAddress) {
    HttpHeaders proxied = new HttpHeaders();
    proxied.add("X-Forwarded-For", clientAddress);
    return attemptLogin(rest, user, password, new LinkedHashMap<>(), proxied, JsonNode.class);
  }

  private static <T> ResponseEntity<T> attemptLogin(TestRestTemplate rest, String user, String password,
      Map<String, String> jar, HttpHeaders extra, Class<T> answer) {
    var page = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(extra), String.class);
    addCookies(jar, page.getHeaders().get(HttpHeaders.SET_COOKIE));

    HttpHeaders headers = new HttpHeaders();
    headers.addAll(extra);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, join(jar));
    headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), answer);
  }

  /** A browser that opened the web apps without logging in: a session cookie and its XSRF token, no user. */
  public static WebAppSession anonymous(TestRestTemplate rest) {
    var page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> jar = new LinkedHashMap<>();
    addCookies(jar, page.getHeaders().get(HttpHeaders.SET_COOKIE));
    return new WebAppSession(rest, join(jar), page.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  private static String join(Map<String, String> jar) {
    return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }

  private static void addCookies(Map<String, String> jar, List<String> setCookies) {
    if (setCookies != null) {
      setCookies.stream().map(c -> c.split(";", 2)[0].split("=", 2)).filter(kv -> kv.length == 2)
          .forEach(kv -> jar.put(kv[0], kv[1]));
    }
  }

  /** The cookies as a browser sends them ({@code JSESSIONID=…; XSRF-TOKEN=…}), for a request built by hand. */
  public String cookies() {
    return cookies;
  }

  /** The session's CSRF token, as the web apps keep it from the XSRF-TOKEN cookie. */
  public String xsrfToken() {
    return xsrfToken;
  }

  /**
   * Sends any request (a JSON or multipart entity, or none) with the session's cookie and, unless null, the given
   * value as {@code X-XSRF-TOKEN}: the session's own, another one, or none at all.
   */
  public ResponseEntity<String> exchange(HttpMethod method, String path, HttpEntity<?> request, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.addAll(request.getHeaders());
    headers.add(HttpHeaders.COOKIE, cookies);
    if (token != null) {
      headers.add("X-XSRF-TOKEN", token);
    }
    return rest.exchange(path, method, new HttpEntity<>(request.getBody(), headers), String.class);
  }

  public ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookies);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  public ResponseEntity<String> post(String path, boolean withToken) {
    return post(path, "{}", withToken);
  }

  /** Posts JSON with the session's XSRF token, as the web apps do. */
  public ResponseEntity<String> post(String path, String json) {
    return post(path, json, true);
  }

  /** Posts JSON as above, asking for a given answer type (Tasklist asks for HAL, which carries a count). */
  public ResponseEntity<String> post(String path, String json, MediaType accept) {
    return post(path, json, true, accept);
  }

  private ResponseEntity<String> post(String path, String json, boolean withToken) {
    return send(HttpMethod.POST, path, json, withToken, null);
  }

  private ResponseEntity<String> post(String path, String json, boolean withToken, MediaType accept) {
    return send(HttpMethod.POST, path, json, withToken, accept);
  }

  /** Sends JSON (or nothing) by any method with the session's XSRF token, as the web apps do. */
  public ResponseEntity<String> send(HttpMethod method, String path, String json) {
    return send(method, path, json, true, null);
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String json, boolean withToken,
      MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (accept != null) {
      headers.setAccept(List.of(accept));
    }
    headers.add(HttpHeaders.COOKIE, cookies);
    if (withToken) {
      headers.add("X-XSRF-TOKEN", xsrfToken);
    }
    return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

}
