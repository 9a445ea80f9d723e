package cn.unionsw.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  private final TestRestTemplate rest;
  private final String cookies;
  private final String xsrfToken;

  private WebAppSession(TestRestTemplate rest, String cookies, String xsrfToken) {
    this.rest = rest;
    this.cookies = cookies;
    this.xsrfToken = xsrfToken;
  }

  public static WebAppSession login(TestRestTemplate rest, String user, String password) {
    var page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String cookie = cookies(page.getHeaders().get(HttpHeaders.SET_COOKIE));
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);
    headers.add("X-XSRF-TOKEN", token);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    var login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("web app login of " + user).isEqualTo(HttpStatus.OK);

    List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    String sessionCookie = renewed == null ? cookie : cookies(renewed);
    String renewedToken = login.getHeaders().getFirst("X-XSRF-TOKEN");
    return new WebAppSession(rest, sessionCookie, renewedToken == null ? token : renewedToken);
  }

  public ResponseEntity<String> post(String path, boolean withToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, cookies);
    if (withToken) {
      headers.add("X-XSRF-TOKEN", xsrfToken);
    }
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
  }

  private static String cookies(List<String> setCookies) {
    return setCookies == null ? "" : String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
  }
}
