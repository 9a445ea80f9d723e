package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests count as sent by another site's page. */
class CrossSiteRequestGuardTest {

  @Test
  void shouldTellAnotherSitesPageFromThisOneAndFromApiClients() {
    assertThat(CrossSiteRequestGuard.crossSite(request(null, null))).as("curl: neither header").isFalse();
    assertThat(CrossSiteRequestGuard.crossSite(request("http://localhost:8080", "same-origin"))).isFalse();
    assertThat(CrossSiteRequestGuard.crossSite(request("http://LOCALHOST:8080", null))).as("host case").isFalse();
    assertThat(CrossSiteRequestGuard.crossSite(request(null, "none"))).as("typed in the address bar").isFalse();

    assertThat(CrossSiteRequestGuard.crossSite(request("http://localhost:9999", null))).as("another port").isTrue();
    assertThat(CrossSiteRequestGuard.crossSite(request("http://evil.example", null))).as("another host").isTrue();
    assertThat(CrossSiteRequestGuard.crossSite(request("https://localhost:8080", null))).as("another scheme's port")
        .isTrue();
    assertThat(CrossSiteRequestGuard.crossSite(request("null", null))).as("a sandboxed page").isTrue();
    assertThat(CrossSiteRequestGuard.crossSite(request(null, "cross-site"))).isTrue();
    assertThat(CrossSiteRequestGuard.crossSite(request(null, "same-site"))).as("a sibling site").isTrue();
  }

  private static MockHttpServletRequest request(String origin, String fetchSite) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/recruitment/rounds/1/candidates");
    request.setServerName("localhost");
    request.setServerPort(8080);
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    if (fetchSite != null) {
      request.addHeader("Sec-Fetch-Site", fetchSite);
    }
    return request;
  }
}
