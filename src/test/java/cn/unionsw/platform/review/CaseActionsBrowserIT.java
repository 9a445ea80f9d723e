package cn.unionsw.platform.review;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.CamundaForm;
import cn.unionsw.platform.browser.CaseActionsTab;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.support.PostApplications;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The task tab "审批操作" in the real Tasklist (headless Chromium): Shijiazhuang's reviewer asks a county clerk below
 * the city for an opinion first (前加签), the clerk finds the task under 我的待办 and submits the review form there; the
 * reviewer adds and removes a co-reviewer after, then transfers the task to the second reviewer; the province returns
 * the case to the city's review. Screenshots under {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class CaseActionsBrowserIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;

  @Test
  void shouldCoReviewTransferAndReturnFromTheTab(Browser browser) {
    PostApplications applications = new PostApplications(rest);
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String municipal = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);

    // Before: the city's reviewer asks 栾城区's clerk first.
    Tasklist city = Tasklist.loginAs(browser, "sjzreviewer");
    city.filter("本单位待办").show(municipal);
    CaseActionsTab tab = CaseActionsTab.open(browser);
    assertThat(tab.returnTargets()).containsExactly("申请人（修改申请）");
    assertThat(tab.offers("transfer")).isTrue();
    browser.screenshot("case-actions-tab");
    tab.addCoReviewer("lcclerk", "BEFORE");
    assertThat(task(municipal).getAssignee()).isEqualTo("lcclerk");

    // The clerk, of a county below the city, works the review form in Tasklist.
    Tasklist clerk = Tasklist.loginAs(browser, "lcclerk");
    CamundaForm opinion = clerk.filter("我的待办").open(municipal);
    opinion.check("decision", "同意").type("comment", "栾城区同类岗位运行良好，无异议。");
    browser.screenshot("case-actions-co-reviewer-form");
    clerk.complete(municipal);
    assertThat(task(municipal).getAssignee()).isEqualTo("sjzreviewer");

    // After: added and removed; then the task is transferred to the second reviewer.
    city = Tasklist.loginAs(browser, "sjzreviewer");
    city.filter("我的待办").show(municipal);
    tab = CaseActionsTab.open(browser);
    assertThat(tab.coReviewers()).singleElement().asString().contains("lcclerk", "前加签", "已提出意见");
    tab.addCoReviewer("sjzreviewer2", "AFTER");
    tab = CaseActionsTab.open(browser);
    assertThat(tab.coReviewers()).last().asString().contains("sjzreviewer2", "后加签", "待添加人同意后审核");
    browser.screenshot("case-actions-co-reviewers");
    tab.removeCoReviewer("sjzreviewer2");
    tab = CaseActionsTab.open(browser);
    assertThat(tab.coReviewers()).last().asString().contains("已撤销");
    tab.transfer("sjzreviewer2", "本人外出学习，转同事办理");
    assertThat(task(municipal).getAssignee()).isEqualTo("sjzreviewer2");
    assertThat(applications.review("sjzreviewer2", municipal, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // The province returns the case to the city's review, with its reason.
    String provincial = applications.taskOf("hereviewer", id, PROVINCIAL_REVIEW);
    Tasklist province = Tasklist.loginAs(browser, "hereviewer");
    province.filter("本单位待办").show(provincial);
    tab = CaseActionsTab.open(browser);
    assertThat(tab.returnTargets()).containsExactly("申请人（修改申请）", "市级初审");
    tab.returnTo("市级初审", "请核实职工人数后重新初审");
    browser.screenshot("case-actions-returned");

    String again = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    assertThat(again).isNotNull();
    assertThat(tasks.getVariableLocal(again, Review.HISTORY.name()).toString())
        .contains("栾城区同类岗位运行良好", "转办给 sjzreviewer2", "退回至 市级初审", "请核实职工人数后重新初审");
  }

  private Task task(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult();
  }
}
