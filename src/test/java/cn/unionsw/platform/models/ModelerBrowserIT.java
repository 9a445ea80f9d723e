package cn.unionsw.platform.models;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.WebApp;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;

/**
 * The browser modeler as an administrator uses it (issue 14, ADR 0024): from Camunda Admin's login to /modeler/,
 * post-quota's table opened, one output changed, tried (the rule-by-rule diff and the changed test cases shown),
 * deployed with a reason; the next evaluation through engine REST answers the new value; a rollback from the page
 * restores the old one. Anyone else meets 401 or 403 there.
 */
@PlatformIT
@BrowserTest
class ModelerBrowserIT {

  private static final By STATUS = By.id("status");
  private static final String UNION_OFFICE_OUTPUT = "rule-union-office-out-maxPosts";

  @Autowired
  TestRestTemplate rest;

  @Test
  void shouldChangeAQuotaInTheBrowserDeployItAndRollItBack(Browser browser) {
    assertThat(maxPostsOfAUnionOffice()).isEqualTo(3);
    browser.login(WebApp.ADMIN, "admin");
    browser.openPage("/modeler/#dmn/post-quota");
    browser.waitForText(STATUS, "已打开 post-quota");
    WebElement cell = browser.waitFor(By.cssSelector("td[data-element-id='" + UNION_OFFICE_OUTPUT + "']"));
    browser.screenshot("modeler-post-quota-opened");

    try {
      cell.click();
      WebElement editable = cell.findElement(By.cssSelector("[contenteditable]"));
      editable.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
      browser.click(By.id("title"));
      browser.click(By.id("dry-run"));
      browser.waitUntil(driver -> !driver.findElement(STATUS).getText().startsWith("试运行中"));
      browser.screenshot("modeler-post-quota-trial");
      assertThat(browser.text(STATUS)).startsWith("试运行通过");
      String trial = browser.text(By.id("trial"));
      assertThat(trial).contains("rule-union-office", "修改", "→ 4");
      assertThat(trial).containsPattern("答案变化 [1-9]");

      browser.driver().findElement(By.id("comment")).sendKeys("试行：工会机关岗位上限调为 4");
      browser.click(By.id("deploy"));
      browser.waitForText(STATUS, "已打开 post-quota");
      assertThat(maxPostsOfAUnionOffice()).isEqualTo(4);
      browser.waitForText(By.id("history"), "试行：工会机关岗位上限调为 4");
      browser.screenshot("modeler-post-quota-deployed");

      browser.driver().findElement(By.id("comment")).sendKeys("试行结束，恢复原上限");
      browser.click(By.id("rollback"));
      browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
      browser.waitForText(By.id("history"), "试行结束，恢复原上限");
      assertThat(maxPostsOfAUnionOffice()).isEqualTo(3);
    } finally {
      if (maxPostsOfAUnionOffice() != 3) {
        Api.as(rest, "admin").post("/api/models/dmn/post-quota/rollback", Map.of("comment", "测试结束，恢复原表"));
      }
    }
  }

  @Test
  void shouldRefuseAProcessWithAGeneratedIdBeforeItIsDeployed(Browser browser) {
    browser.login(WebApp.ADMIN, "admin");
    browser.openPage("/modeler/#bpmn/post-application");
    browser.waitForText(STATUS, "已打开 post-application");
    browser.click(By.cssSelector("g.djs-element[data-element-id='municipal-review']"));
    browser.click(By.cssSelector(".djs-context-pad [data-action='append.append-task']"));
    browser.click(By.id("dry-run"));
    browser.waitForText(STATUS, "试运行未通过");
    browser.screenshot("modeler-generated-id-refused");

    assertThat(browser.text(By.id("trial"))).contains("试运行未通过：不能部署").containsPattern("Activity_\\w+");
    assertThat(browser.driver().findElement(By.id("deploy")).isEnabled()).isFalse();
  }

  @Test
  void shouldRefuseADecisionThatRenamesAContractOutput(Browser browser) {
    browser.login(WebApp.ADMIN, "admin");
    browser.openPage("/modeler/#dmn/post-quota");
    browser.waitForText(STATUS, "已打开 post-quota");
    new Actions(browser.driver()).doubleClick(browser.waitFor(By.cssSelector("th[data-col-id='output-maxPosts']")))
        .perform();
    WebElement name = browser.waitFor(By.cssSelector(".ref-output-name input, input.ref-output-name"));
    name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "maxPostCount", Keys.TAB);
    browser.waitUntil(ExpectedConditions.attributeToBe(name, "value", "maxPostCount"));
    // dmn-js writes a column header's edit into the model a moment after the last key (its debounceInput, 300 ms);
    // a user reaches for the next button more slowly than that, the test waits it out.
    pause(Duration.ofSeconds(1));
    browser.click(By.cssSelector(".dmn-decision-table-container .tjs-table td[data-element-id='rule-union-office-out-maxPosts']"));
    browser.click(By.id("dry-run"));
    browser.waitUntil(driver -> !driver.findElement(STATUS).getText().startsWith("试运行中"));
    browser.screenshot("modeler-output-renamed-refused");
    assertThat(browser.text(STATUS)).startsWith("试运行未通过");

    assertThat(browser.text(By.id("trial"))).contains("试运行未通过：不能部署", "maxPosts");
    assertThat(browser.driver().findElement(By.id("deploy")).isEnabled()).isFalse();
    assertThat(maxPostsOfAUnionOffice()).isEqualTo(3);
  }

  @Test
  void shouldLetTheAdministratorChooseAProvincesQuotaDecision(Browser browser) {
    browser.login(WebApp.ADMIN, "admin");
    browser.openPage("/modeler/");
    browser.click(By.id("policy-tab"));
    By hebei = By.cssSelector("select[data-province='HE']");
    try {
      new Select(browser.waitFor(hebei)).selectByValue("post-quota-jiangsu");
      browser.click(By.cssSelector("button[data-province='HE']"));
      browser.waitForText(By.id("policy-status"), "已保存");
      browser.screenshot("modeler-policy");
      assertThat(Api.as(rest, "admin").get("/api/policy/settings/HE/quota-decision").getBody()
          .path("settingValue").asText()).isEqualTo("post-quota-jiangsu");
    } finally {
      Api.as(rest, "admin").put("/api/policy/settings/HE/quota-decision", Map.of("settingValue", "post-quota"),
          MediaType.APPLICATION_JSON);
    }
  }

  @Test
  void shouldRefuseTheModelerToAnyoneButAnAdministrator(Browser browser) {
    browser.openPage("/modeler/");
    assertThat(browser.pageText()).contains("请先以平台管理员身份登录管理台");
    browser.login(WebApp.TASKLIST, "hereviewer");
    browser.openPage("/modeler/");
    assertThat(browser.pageText()).contains("无权访问模型设计器").doesNotContain("试运行");
    browser.openPage("/modeler/modeler.js");
    assertThat(browser.pageText()).contains("无权访问模型设计器");
    assertThat(rest.getForEntity("/modeler/", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.getForObject("/modeler/", String.class)).contains("\"error\":\"unauthorized\"");
    assertThat(Api.as(rest, "hereviewer").get("/api/models?type=dmn").getStatusCode().value()).isEqualTo(403);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int maxPostsOfAUnionOffice() {
    JsonNode result = Api.as(rest, "admin").post("/engine-rest/decision-definition/key/post-quota/evaluate",
        Map.of("variables", Map.of("unitType", Map.of("value", "UNION_OFFICE", "type", "String"),
            "employeeCount", Map.of("value", 100, "type", "Integer")))).getBody();
    return result.get(0).path("maxPosts").path("value").asInt();
  }
}
