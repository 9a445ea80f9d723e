package cn.unionsw.platform.follow;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Following a case in Tasklist, in headless Chromium (ADR 0017): zdclerk finds their application under 我发起的, reads
 * its progress in the task's tab 案件进展, urges the city's review (due tomorrow) and copies the case to lcclerk;
 * Shijiazhuang's reviewer sees the unread count in the header, reads the urge in the 案件跟踪 panel and marks it read;
 * lcclerk finds the case under 抄送我的, read-only, and in the panel's list. The tab and the panel call /api with the
 * web apps' session and its CSRF token. Screenshots under {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class CaseFollowBrowserIT {

  private static final By PROGRESS = By.id("case-follow-progress");
  private static final By MESSAGE = By.id("case-follow-message");
  private static final By UNREAD = By.id("case-follow-unread");
  private static final By PANEL = By.id("case-follow-panel");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;

  @Test
  void shouldFollowUrgeAndCopyACaseInTasklist(Browser browser) {
    PostApplications applications = new PostApplications(rest);
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String review = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(MUNICIPAL_REVIEW).singleResult()
        .getId();
    dueTomorrow(review);
    String caseNumber = Api.as(rest, "zdclerk").get("/api/cases/" + id + "/progress").getBody().path("caseNumber")
        .asText();

    // zdclerk: 我发起的 → the city's review → 案件进展; urge it, copy the case to lcclerk.
    Tasklist zdclerk = Tasklist.loginAs(browser, "zdclerk");
    zdclerk.filter("我发起的").show(review);
    openProgressTab(browser);
    assertThat(browser.text(PROGRESS)).contains(caseNumber, "岗位开发设置申请", "市级工会初审", "石家庄市总工会（待认领）",
        "即将到期");
    type(browser, By.id("case-follow-urge-message"), "请尽快审核");
    browser.clickCentered(browser.waitFor(By.cssSelector("button.case-follow-urge[data-task-id='" + review + "']")));
    browser.waitForText(MESSAGE, "已催办「市级工会初审」");
    assertThat(browser.isDisplayed(By.cssSelector("button.case-follow-urge"))).as("once a working day").isFalse();
    type(browser, By.id("case-follow-copy-users"), "lcclerk");
    type(browser, By.id("case-follow-copy-note"), "请栾城区参照办理");
    browser.clickCentered(browser.waitFor(By.id("case-follow-copy-submit")));
    browser.waitForText(MESSAGE, "已抄送给 lcclerk");
    assertThat(browser.text(By.cssSelector(".case-follow-urges"))).contains("zdclerk", "请尽快审核");
    assertThat(browser.text(By.cssSelector(".case-follow-copies"))).contains("lcclerk", "请栾城区参照办理");
    browser.screenshot("case-follow-progress-starter");
    openPanel(browser, "STARTED");
    assertThat(browser.text(caseRow(id))).contains(caseNumber, "办理中", "市级工会初审", "即将到期");
    browser.screenshot("case-follow-started");

    // Shijiazhuang's reviewer: the urge waits, counted in the header.
    Tasklist.loginAs(browser, "sjzreviewer");
    JsonNode unread = Api.as(rest, "sjzreviewer").get("/api/notifications/count").getBody();
    browser.waitForText(UNREAD, unread.path("unread").asText());
    openPanel(browser, null);
    WebElement urge = browser.waitFor(By.xpath("//tr[contains(@class,'case-follow-notification')]"
        + "[contains(normalize-space(.),'" + caseNumber + "') and contains(normalize-space(.),'请尽快审核')]"));
    assertThat(urge.getText()).contains("催办", "zdclerk");
    browser.screenshot("case-follow-notifications");
    // The e-mail switch (ADR 0021): on, naming the address mail goes to; turned off and on again in the panel, while
    // the notices stay.
    browser.waitForText(By.id("case-follow-mail-note"), "sjzreviewer@demo.unionsw.cn");
    WebElement mail = browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("case-follow-mail")));
    assertThat(mail.isSelected()).isTrue();
    for (boolean on : new boolean[] {false, true}) {
      browser.clickCentered(mail);
      browser.waitUntil((org.openqa.selenium.support.ui.ExpectedCondition<Boolean>) driver -> Api.as(rest,
          "sjzreviewer").get("/api/notifications/preferences").getBody().path("email").asBoolean() == on
          && mail.isEnabled());
      assertThat(mail.isSelected()).isEqualTo(on);
    }
    browser.clickCentered(urge.findElement(By.cssSelector("button.case-follow-read")));
    browser.waitForText(UNREAD, String.valueOf(unread.path("unread").asInt() - 1));

    // lcclerk: 抄送我的, read-only: no copying on, no urging.
    Tasklist lcclerk = Tasklist.loginAs(browser, "lcclerk");
    lcclerk.filter("抄送我的").show(review);
    openProgressTab(browser);
    assertThat(browser.text(PROGRESS)).contains(caseNumber, "请栾城区参照办理");
    assertThat(browser.isDisplayed(By.id("case-follow-copy-submit"))).isFalse();
    assertThat(browser.isDisplayed(By.cssSelector("button.case-follow-urge"))).isFalse();
    browser.screenshot("case-follow-progress-copied");
    openPanel(browser, "COPIED");
    assertThat(browser.text(caseRow(id))).contains(caseNumber);
    browser.clickCentered(browser.waitFor(By.cssSelector("button.case-follow-show[data-case='" + id + "']")));
    browser.waitFor(By.cssSelector("#case-follow-case-detail .case-follow-progress"));
    assertThat(browser.text(By.id("case-follow-case-detail"))).contains("审核记录", "请尽快审核");
    browser.screenshot("case-follow-copied");
  }

  private static void openProgressTab(Browser browser) {
    browser.click(By.xpath("//*[contains(@class,'task-details')]//a[normalize-space(.)='案件进展']"));
    browser.waitFor(By.cssSelector("#case-follow-progress .case-follow-progress"));
    browser.settled();
  }

  /** Opens the 案件跟踪 panel, on one of its lists (or the notifications), and waits for it to be filled. */
  private static void openPanel(Browser browser, String list) {
    if (!browser.isDisplayed(PANEL)) {
      browser.click(By.id("case-follow-open"));
    }
    if (list != null) {
      browser.click(By.id("case-follow-tab-" + list));
    }
    browser.waitFor(By.cssSelector("#case-follow-panel-body[data-tab='" + (list == null ? "NOTIFICATIONS" : list)
        + "'] table, #case-follow-panel-body[data-tab='" + (list == null ? "NOTIFICATIONS" : list) + "'] p"));
  }

  private static By caseRow(String id) {
    return By.cssSelector("tr.case-follow-case[data-case='" + id + "']");
  }

  /** Text as one input event, like the other browser tests (the fields are plain inputs of the platform). */
  private static void type(Browser browser, By field, String text) {
    WebElement input = browser.waitFor(field);
    browser.driver().executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.scrollTo(input), text);
    browser.waitUntil(ExpectedConditions.attributeToBe(input, "value", text));
  }

  private void dueTomorrow(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(1))));
    tasks.saveTask(task);
  }
}
