package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.CamundaForm;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The post application as its users do it in Tasklist, in headless Chromium: the Zhengding clerk starts it with
 * the Camunda Forms, Shijiazhuang's reviewer and then the province's approve it, and the post is registered.
 * Each form is saved as a screenshot under {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class PostApplicationBrowserIT {

  /**
   * A zone of its own, registered by the test: open applications count against a unit's quota (Art. 10), and the
   * demo units collect open cases from other tests of the run, so a demo unit may be over its quota by now.
   */
  private static final String UNIT = "HE-SJZ-ZD-SZCY";
  private static final String UNIT_NAME = "正定数字经济产业园工会";

  @Autowired
  HistoryService history;
  @Autowired
  TaskService tasks;
  @Autowired
  TestRestTemplate rest;

  @Test
  void shouldRunTheApplicationThroughTasklistFromCountyToProvince(Browser browser) {
    registerTheZone();
    // Other tests leave cases waiting for zdclerk too: the new one is the one that was not there before.
    Set<String> waitingBefore = waitingForClerk();

    // The clerk starts the process: the start form asks only the type (ADR 0003).
    Tasklist clerk = Tasklist.loginAs(browser, "zdclerk");
    CamundaForm start = clerk.openStartForm("岗位开发设置申请");
    assertThat(start.text()).contains("申请类型", "新增岗位", "调整岗位等级", "撤销岗位");
    start.check("applicationType", "新增岗位");
    assertChinese(browser, "post-application-start");
    clerk.start();

    // ...and fills the application in the task that follows, assigned to them.
    String instance = startedByClerkSince(waitingBefore);
    String fill = taskOf(instance, "fill-application");
    CamundaForm application = clerk.filter("我的待办").open(fill);
    clerk.pressComplete();
    assertThat(application.errors("unitCode")).containsExactly("此项必填。");
    assertThat(application.errors("duties")).containsExactly("此项必填。");
    assertThat(application.shown("unitCode")).isEqualTo("请选择");
    assertChinese(browser, "post-application-fill-required");
    application.choose("unitCode", UNIT_NAME)
        .type("requestedPosts", "1")
        .choose("proposedGrade", "初级岗")
        .type("duties", "园区企业职工法律援助、集体协商指导、困难职工帮扶");
    assertThat(application.shows("currentGrade")).as("current grade only for a grade adjustment").isFalse();
    assertChinese(browser, "post-application-fill");
    clerk.complete(fill);

    // The city's reviewer claims the review; a refusal without a comment is explained, then they approve.
    String municipal = taskOf(instance, "municipal-review");
    Tasklist city = Tasklist.loginAs(browser, "sjzreviewer");
    city.filter("本单位待办");
    String caseNumber = (String) history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(Case.CASE_NUMBER.name()).singleResult().getValue();
    // The queue's card shows the case number (案号), the case's business key.
    browser.waitForText(By.cssSelector(".tasks-list"), caseNumber);
    city.open(municipal);
    CamundaForm cityReview = city.claim();
    assertThat(cityReview.value("applicationSummary")).contains(UNIT_NAME, "新增初级岗 1 个");
    assertThat(cityReview.value("duties")).contains("集体协商指导");
    assertThat(cityReview.shows("reviewHistory")).as("no review recorded yet").isFalse();
    assertThat(cityReview.shows("countsChangedReason")).as("counts as registered").isFalse();
    assertThat(cityReview.shows("justification")).as("within the quota, no justification").isFalse();
    cityReview.check("decision", "不同意");
    assertThat(city.completeRefused()).contains("不同意时须填写意见").doesNotContain("ENGINE-");
    assertChinese(browser, "post-application-municipal-review-refused");
    city.dismissNotifications();
    cityReview.check("decision", "同意").type("comment", "符合设岗条件，同意上报。");
    assertChinese(browser, "post-application-municipal-review");
    city.complete(municipal);

    // The province sees the city's review and the grade structure, and approves.
    String provincial = taskOf(instance, "provincial-review");
    Tasklist province = Tasklist.loginAs(browser, "hereviewer");
    province.filter("本单位待办").open(provincial);
    CamundaForm provinceReview = province.claim();
    assertThat(provinceReview.value("reviewHistory")).contains("石家庄市总工会", "sjzreviewer", "同意",
        "符合设岗条件，同意上报。");
    assertThat(provinceReview.value("gradeStructureSummary")).contains("初级岗");
    provinceReview.check("decision", "同意");
    assertChinese(browser, "post-application-provincial-review");
    province.complete(provincial);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
        .isEqualTo("end-approved");
    JsonNode posts = Api.as(rest, "zdclerk").get("/api/posts?org=" + UNIT).getBody();
    assertThat(posts).filteredOn(post -> post.path("createdByInstance").asText().equals(instance))
        .singleElement()
        .satisfies(post -> assertThat(post.path("grade").asText()).isEqualTo("ENTRY"));
  }

  private void registerTheZone() {
    var admin = Api.as(rest, "admin");
    if (admin.get("/api/orgs/" + UNIT).getStatusCode() == HttpStatus.OK) {
      return;
    }
    var registered = admin.put("/api/orgs/" + UNIT, Map.of("name", UNIT_NAME, "type", "DEV_ZONE",
        "legalEntityCount", 180, "employeeCount", 5200, "memberCount", 4900, "separateUnionCount", 120),
        MediaType.APPLICATION_JSON);
    assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.OK);
  }

  /** The page is the Chinese Tasklist, with no end-of-life banner and none of form-js's English. */
  private static void assertChinese(Browser browser, String screenshot) {
    browser.screenshot(screenshot);
    assertThat(browser.showsEndOfLifeBanner()).as("end-of-life banner shown").isFalse();
    assertThat(browser.pageText())
        .contains("工会社会工作岗位管理平台 任务列表")
        .doesNotContain("Select", "Field is required", "Complete", "Claim", "Start process");
  }

  /** The case the clerk has just started in Tasklist: the one newly waiting for them to fill in the application. */
  private String startedByClerkSince(Set<String> waitingBefore) {
    Set<String> started = waitingForClerk();
    started.removeAll(waitingBefore);
    assertThat(started).as("cases the clerk has just started").hasSize(1);
    return started.iterator().next();
  }

  private Set<String> waitingForClerk() {
    return tasks.createTaskQuery().processDefinitionKey("post-application").taskDefinitionKey("fill-application")
        .taskAssignee("zdclerk").list().stream().map(Task::getProcessInstanceId)
        .collect(Collectors.toCollection(HashSet::new));
  }

  private String taskOf(String instance, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    return task.getId();
  }
}
