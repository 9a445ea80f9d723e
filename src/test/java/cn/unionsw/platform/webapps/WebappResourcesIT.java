package cn.unionsw.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform's web-app files win over the Camunda jar's on the class path, as served over HTTP. Needs no
 * browser, so it runs where ChineseWebappsIT skips.
 */
@PlatformIT
class WebappResourcesIT {

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @LocalServerPort
  private int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldServeThePlatformsConfigurationStylesAndChineseLabels(String app) throws Exception {
    assertThat(get("/camunda/app/" + app + "/scripts/config.js").body()).contains("platform/platform.js");
    assertThat(get("/camunda/app/" + app + "/styles/user-styles.css").body()).contains("platform/platform.css");
    // A label 7.24 added, so this is the platform's file and not the community's 7.15 one.
    assertThat(get("/camunda/app/" + app + "/locales/zh.json").body()).contains("\"PAGINATION_NEXT\": \"下一页\"");
  }

  @Test
  void shouldServeTheSharedPlatformFiles() throws Exception {
    assertThat(get("/camunda/app/platform/platform.js").body())
        .contains("工会社会工作岗位管理平台", "availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
    assertThat(get("/camunda/app/platform/platform.css").body()).contains(".ce-eol-banner");
    assertThat(get("/camunda/app/platform/login-banner.js").statusCode()).isEqualTo(200);
    assertThat(get("/camunda/app/platform/form-js-zh.js").body()).contains("Field is required", "此项必填。");
    assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("'../platform/form-js-zh'");
    assertThat(get("/camunda/app/cockpit/scripts/config.js").body()).contains("'../platform/sla-board'");
    assertThat(get("/camunda/app/platform/sla-board.js").body())
        .contains("cockpit.dashboard", "cockpit.processDefinition.runtime.tab", "/api/sla/board");
    assertThat(get("/camunda/app/platform/logo.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda-welcome", "/camunda-welcome/", "/camunda-welcome/index.html"})
  void shouldLeadFromCamundasDemoPageToTheWelcomeApp(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/welcome/default/"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s", path).isIn(200, 302);
    return response;
  }
}
