package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.WebAppSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Counts over every instance of the province (the process definitions' statistics) answer Cockpit's users only
 * (administrators, reviewers), at engine REST and in Cockpit's plugin data, not a clerk logged in to Tasklist;
 * Cockpit's plugin scripts stay open for its login page.
 */
@PlatformIT
class CockpitDataAccessIT {

  static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"
      + "?firstResult=0&maxResults=50";

  @Autowired
  TestRestTemplate rest;

  @Test
  void shouldRefuseTheProvinceWideCountsToThoseWhoMayNotUseCockpitAtEngineRest() {
    for (String user : new String[] {"lcclerk", "zdworker", "monitor"}) {
      assertThat(Api.as(rest, user).get("/engine-rest/process-definition/statistics?incidents=true").getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(Api.as(rest, "sjzreviewer").get("/engine-rest/process-definition/statistics").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "admin").get("/engine-rest/process-definition/statistics").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldAnswerCockpitsPluginDataToCockpitsUsersOnly() {
    var clerk = WebAppSession.login(rest, "lcclerk", "demo").get(STATISTICS);
    var reviewer = WebAppSession.login(rest, "sjzreviewer", "demo").get(STATISTICS);
    var administrator = WebAppSession.login(rest, "admin", "demo").get(STATISTICS);
    var anonymous = rest.getForEntity(STATISTICS, String.class);

    assertThat(clerk.getStatusCode()).as(clerk.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reviewer.getStatusCode()).as(reviewer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(administrator.getStatusCode()).as(administrator.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(administrator.getBody()).contains("post-application");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldServeCockpitsPluginScriptsBeforeLogin() {
    var script = rest.getForEntity("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js", String.class);

    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(CockpitDataAccess.CockpitUsersOnly.isAsset("/camunda/api/cockpit/plugin/base/static/../default/x"))
        .isFalse();
  }
}
