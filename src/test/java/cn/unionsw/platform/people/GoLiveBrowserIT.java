package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.WebApp;
import cn.unionsw.platform.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The going-live page in Camunda Admin (ADR 0019), as the administrator uses it: from the dashboard to the page, a
 * refused organisation file with its rows, the tree and its users loaded (the generated passwords shown once), one
 * user created and moved by organisation and role; the new users then log in with what the page showed.
 */
@PlatformIT
@BrowserTest
class GoLiveBrowserIT {

  private static final By ORGS_RESULT = By.id("golive-orgs-result");
  private static final By USERS_RESULT = By.id("golive-users-result");
  private static final By USER_RESULT = By.id("golive-user-result");

  @Autowired
  TestRestTemplate rest;

  @Test
  void shouldLoadATreeAndUsersAndCreateAndMoveOneUserFromCamundaAdmin(Browser browser) {
    String tag = "b" + Long.toString(System.currentTimeMillis() % 10_000_000L, 36);
    String county = "HE-SJZ-" + tag.toUpperCase();
    browser.login(WebApp.ADMIN, "admin");
    browser.waitForText(By.cssSelector(".dashboard"), "上线：导入组织和用户");
    browser.screenshot("golive-admin-dashboard");
    browser.click(By.id("golive-open"));
    browser.waitFor(By.id("golive-orgs-file"));

    // A file with a bad row: nothing loaded, the row named with its column in Chinese.
    upload(browser, "orgs", "组织.csv", "组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n"
        + county + ",HE-SJZ," + tag + "县总工会,县级工会,,,\n"
        + county + "-X," + county + ",坏镇工会,村委会,1,-5,1\n");
    outcome(browser, ORGS_RESULT, "refused");
    List<List<String>> rows = rows(browser, ORGS_RESULT);
    assertThat(rows).containsExactly(List.of("3", "类型", rows.get(0).get(2)), List.of("3", "职工人数",
        "职工人数不能为负数，收到 -5"));
    assertThat(rows.get(0).get(2)).startsWith("类型无法识别：村委会");
    browser.screenshot("golive-orgs-refused");
    assertThat(Api.as(rest, "admin").get("/api/orgs/" + county).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    upload(browser, "orgs", "组织.csv", "组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n"
        + county + ",HE-SJZ," + tag + "县总工会,县级工会,,,\n"
        + county + "-ZZ," + county + "," + tag + "镇工会,乡镇（街道）工会,30,2100,1900\n");
    outcome(browser, ORGS_RESULT, "imported");
    assertThat(browser.text(ORGS_RESULT)).contains("已导入：文件中 2 个组织，新增 2，更新 0，未变 0");

    upload(browser, "users", "用户.csv", "平台账号,姓名,组织代码,角色,电子邮箱,初始密码\n"
        + tag + "clerk,王经办," + county + ",县级经办,,\n");
    outcome(browser, USERS_RESULT, "imported");
    List<List<String>> passwords = rows(browser, USERS_RESULT);
    assertThat(passwords).hasSize(1);
    assertThat(passwords.get(0).get(0)).isEqualTo(tag + "clerk");
    browser.screenshot("golive-users-imported");
    assertThat(Api.as(rest, tag + "clerk", passwords.get(0).get(1)).get("/api/orgs").getBody())
        .extracting(org -> org.path("code").asText()).containsExactly(county);

    // One user by organisation and role, then moved up to the city.
    type(browser, "golive-user-id", tag + "one");
    type(browser, "golive-user-name", "李新");
    type(browser, "golive-user-org", county);
    new Select(browser.waitFor(By.id("golive-user-role"))).selectByVisibleText("县级经办");
    browser.click(By.id("golive-user-create"));
    outcome(browser, USER_RESULT, "done");
    String password = browser.text(By.cssSelector("#golive-user-result .golive-password"));
    assertThat(Api.as(rest, tag + "one", password).get("/api/orgs").getStatusCode()).isEqualTo(HttpStatus.OK);
    browser.screenshot("golive-user-created");

    type(browser, "golive-user-org", "HE-SJZ");
    new Select(browser.waitFor(By.id("golive-user-role"))).selectByVisibleText("市级审核");
    browser.click(By.id("golive-user-move"));
    browser.waitForText(USER_RESULT, "石家庄市总工会（HE-SJZ）");
    assertThat(browser.text(USER_RESULT)).contains("审核人员");
    browser.screenshot("golive-user-moved");
    assertThat(Api.as(rest, "admin").get("/api/admin/users/" + tag + "one").getBody().path("role").asText())
        .isEqualTo(Roles.REVIEWER);
  }

  private static void upload(Browser browser, String kind, String name, String csv) {
    try {
      Path dir = Files.createTempDirectory("golive");
      Path file = dir.resolve(name);
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      WebElement input = browser.driver().findElement(By.id("golive-" + kind + "-file"));
      input.sendKeys(file.toAbsolutePath().toString());
      browser.click(By.id("golive-" + kind + "-submit"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void outcome(Browser browser, By result, String outcome) {
    browser.waitUntil(ExpectedConditions.attributeToBe(result, "data-outcome", outcome));
  }

  private static void type(Browser browser, String id, String text) {
    WebElement field = browser.waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** The rows of the result's table, cell texts. */
  private static List<List<String>> rows(Browser browser, By result) {
    return browser.driver().findElement(result).findElements(By.cssSelector("tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
  }
}
