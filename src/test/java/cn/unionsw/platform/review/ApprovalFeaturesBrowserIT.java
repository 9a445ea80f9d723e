package cn.unionsw.platform.review;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.CamundaForm;
import cn.unionsw.platform.browser.CaseActionsTab;
import cn.unionsw.platform.browser.CaseFollow;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 12's approval features together, as their users meet them in Tasklist (headless Chromium): zdclerk urges the
 * city's overdue review and copies the case to lcclerk; sjzreviewer adds sjzreviewer2 as co-reviewer after
 * themselves and both approve; hereviewer returns the case to the city's review; lcclerk finds it under 抄送我的 and
 * zdclerk follows it under 我发起的, back at the city. Each page is saved under {@code target/screenshots/<database>/};
 * the users' guide shows some of them (docs/guide/).
 */
@PlatformIT
@BrowserTest
class ApprovalFeaturesBrowserIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;

  @Test
  void shouldUrgeCopyCoReviewReturnAndFollowACase(Browser browser) {
    PostApplications applications = new PostApplications(rest);
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String municipal = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    overdue(municipal);
    String caseNumber = Api.as(rest, "zdclerk").get("/api/cases/" + id + "/progress").getBody().path("caseNumber")
        .asText();

    // zdclerk: 我发起的 → the overdue city review → 案件进展: urge it, copy the case to lcclerk.
    Tasklist clerk = Tasklist.loginAs(browser, "zdclerk");
    clerk.filter("我发起的").show(municipal);
    CaseFollow follow = CaseFollow.in(browser).openProgressTab();
    assertThat(follow.progress()).contains(caseNumber, "市级工会初审", "已超期");
    follow.urge(municipal, "已超期，请尽快审核", "市级工会初审");
    assertThat(follow.offersUrge()).as("once a working day").isFalse();
    follow.copyTo("lcclerk", "请栾城区知悉");
    browser.screenshot("approval-urged-and-copied");

    // sjzreviewer: the urge in the header; adds sjzreviewer2 after themselves, approves in the form.
    Tasklist city = Tasklist.loginAs(browser, "sjzreviewer");
    CaseFollow.in(browser).openPanel(null).notification(caseNumber, "已超期，请尽快审核");
    browser.screenshot("approval-urge-notified");
    CaseFollow.in(browser).closePanel();
    city.filter("本单位待办").open(municipal);
    city.claim();
    CaseActionsTab.open(browser).addCoReviewer("sjzreviewer2", "AFTER");
    browser.screenshot("approval-co-reviewer-added");
    CamundaForm cityForm = city.shownForm();
    cityForm.check("decision", "同意").type("comment", "同意，请 sjzreviewer2 复核。");
    city.pressComplete();
    // The task stays in the unit's list: it waits for the co-reviewer, who now holds it.
    browser.waitUntil(driver -> "sjzreviewer2".equals(task(municipal).getAssignee()));

    // sjzreviewer2 finds it under 我的待办 and approves: the step completes, the case goes to the province.
    Tasklist second = Tasklist.loginAs(browser, "sjzreviewer2");
    CamundaForm secondForm = second.filter("我的待办").open(municipal);
    assertThat(secondForm.value("reviewHistory")).contains("sjzreviewer", "同意，请 sjzreviewer2 复核。");
    secondForm.check("decision", "同意").type("comment", "复核同意。");
    browser.screenshot("approval-co-reviewer-approves");
    second.complete(municipal);
    assertThat(task(municipal)).as("both approved: the city's review is done").isNull();

    // hereviewer returns the case to the city's review, with the reason.
    String provincial = applications.taskOf("hereviewer", id, PROVINCIAL_REVIEW);
    Tasklist province = Tasklist.loginAs(browser, "hereviewer");
    province.filter("本单位待办").show(provincial);
    CaseActionsTab tab = CaseActionsTab.open(browser);
    assertThat(tab.returnTargets()).contains("市级初审");
    tab.returnTo("市级初审", "职工人数与登记不符，请市总工会核实后重新初审");
    String again = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    assertThat(again).as("the city's review, again").isNotNull();
    assertThat(tasks.getVariableLocal(again, Review.HISTORY.name()).toString())
        .contains("复核同意。", "退回至 市级初审", "职工人数与登记不符");

    // lcclerk: 抄送我的 lists the case at the city's review again, read-only.
    Tasklist copied = Tasklist.loginAs(browser, "lcclerk");
    copied.filter("抄送我的").show(again);
    CaseFollow copy = CaseFollow.in(browser).openProgressTab();
    assertThat(copy.progress()).contains(caseNumber, "市级工会初审", "请栾城区知悉", "退回修改", "职工人数与登记不符");
    assertThat(copy.offersCopy()).isFalse();
    browser.screenshot("approval-copied-to-me");

    // zdclerk: 我发起的 follows it, with the whole record.
    Tasklist starter = Tasklist.loginAs(browser, "zdclerk");
    starter.filter("我发起的").show(again);
    CaseFollow mine = CaseFollow.in(browser).openProgressTab();
    assertThat(mine.progress()).contains(caseNumber, "市级工会初审", "sjzreviewer2", "职工人数与登记不符");
    browser.screenshot("approval-started-by-me");
    assertThat(mine.openPanel("STARTED").caseRow(id)).contains(caseNumber, "市级工会初审");
    browser.screenshot("approval-started-list");
  }

  private Task task(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult();
  }

  /** The review's due date a day gone: overdue, as the deadline timers would flag it later. */
  private void overdue(String taskId) {
    Task task = task(taskId);
    task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
    tasks.saveTask(task);
  }
}
