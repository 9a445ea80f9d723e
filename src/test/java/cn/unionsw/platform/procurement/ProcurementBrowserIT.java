package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.CamundaForm;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Dingzhou's clerk runs a purchase round in Tasklist, in headless Chromium: files the estimate, publishes the plan,
 * records three bids with the experts' scores, reads the ranking and awards. Screenshots under
 * {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class ProcurementBrowserIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 2;

  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  TestRestTemplate rest;

  @Test
  void shouldLetDingzhousClerkScoreTheBidsAndAwardInTasklist(Browser browser) {
    Procurements rounds = new Procurements(rest);
    rounds.closeOpenRounds("HE-DZ");
    rounds.unboughtPosts("HE-DZ", "定州市清风街道工会", "ENTRY", 2);
    String first = rounds.contractor("定州市益民社会工作服务中心");
    String second = rounds.contractor("定州市博爱社工服务社");
    String third = rounds.contractor("定州市康宁社会服务中心");
    ResponseEntity<JsonNode> started = rounds.start("dzclerk", YEAR, YEAR + "-01-01");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();

    Tasklist clerk = Tasklist.loginAs(browser, "dzclerk");
    clerk.filter("本单位待办");
    CamundaForm estimate = clerk.open(taskOf(instance, Elements.ESTIMATE_COST));
    estimate = clerk.claim();
    assertThat(estimate.value("estimateSummary")).contains("定州市清风街道工会", "初级岗", "三年合计");
    estimate.type("contactPerson", "刘敏").type("contactPhone", "0312-2381234")
        .type("fundingNote", "省、市按比例分担");
    shot(browser, "procurement-estimate");
    clerk.complete(taskOf(instance, Elements.ESTIMATE_COST));

    String publishTask = taskOf(instance, Elements.PUBLISH_PLAN);
    clerk.open(publishTask);
    CamundaForm publish = clerk.claim();
    assertThat(publish.value("planSummary")).contains("定州市总工会", "采购预算");
    // Single source needs its reason (Government Procurement Law Art. 31): refused, in Chinese, the task stays.
    publish.check("procurementMethod", "单一来源");
    assertThat(clerk.completeRefused()).contains("单一来源采购须说明理由").doesNotContain("ENGINE-");
    publish.check("procurementMethod", "公开招标").type("priceWeight", "20");
    shot(browser, "procurement-publish");
    clerk.complete(publishTask);

    long budget = round(instance).path("budget").decimalValue().longValue();
    bid(browser, clerk, instance, first, budget * 9 / 10, "92 90 94", "95 93 91", "90 90 90", true);
    bid(browser, clerk, instance, second, budget * 8 / 10, "80 82 78", "80 80 80", "75 79 77", true);
    bid(browser, clerk, instance, third, budget * 85 / 100, "85 85 85", "86 84 85", "80 80 80", false);

    String awardTask = taskOf(instance, Elements.AWARD_CONTRACT);
    clerk.open(awardTask);
    CamundaForm award = clerk.claim();
    assertThat(award.value("scoringSummary")).contains("第 1 名 定州市益民社会工作服务中心", "第 2 名", "第 3 名",
        "推荐中标人");
    award.check("awardDecision", "定标（排名第一的投标人中标）");
    shot(browser, "procurement-award");
    clerk.complete(awardTask);

    JsonNode round = round(instance);
    assertThat(round.path("status").asText()).isEqualTo("AWARDED");
    assertThat(round.path("winnerCreditCode").asText()).isEqualTo(first);
  }

  private void bid(Browser browser, Tasklist clerk, String instance, String creditCode, long price, String capability,
      String quality, String benefit, boolean more) {
    String task = taskOf(instance, Elements.RECORD_BID);
    clerk.open(task);
    CamundaForm form = clerk.claim();
    form.type("bidderCreditCode", creditCode).type("bidPrice", String.valueOf(price))
        .type("capabilityScores", capability).type("qualityScores", quality).type("benefitScores", benefit)
        .tick("moreBids", more);
    if (!more) {
      shot(browser, "procurement-bid");
    }
    clerk.complete(task);
  }

  private JsonNode round(String instance) {
    JsonNode all = Api.as(rest, "dzclerk").get("/api/procurement/rounds").getBody();
    for (JsonNode round : all) {
      if (round.path("processInstanceId").asText().equals(instance)) {
        return round;
      }
    }
    throw new AssertionError("round of " + instance + " not listed for dzclerk");
  }

  private String taskOf(String instance, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    return task.getId();
  }

  /** A screenshot, and the page is the Chinese Tasklist without form-js's English. */
  private static void shot(Browser browser, String name) {
    browser.screenshot(name);
    assertThat(browser.pageText()).contains("工会社会工作岗位管理平台 任务列表")
        .doesNotContain("Field is required", "Complete", "Claim");
  }
}
