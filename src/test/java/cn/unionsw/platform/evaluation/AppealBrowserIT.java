package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.CamundaForm;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.support.PublishedEvaluations;
import cn.unionsw.platform.talent.TalentDatabase;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The appeal as its users do it in Tasklist, in headless Chromium: the demo worker appeals against a published
 * outcome with the start form, Shijiazhuang's reviewer claims the review and upholds it with a written reply, and the
 * worker reads the reply and fetches its PDF from the form's link. Each form is saved as a screenshot under
 * {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class AppealBrowserIT {

  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  DataSource dataSource;
  @Autowired
  TalentDatabase talent;
  @Autowired
  Consequences consequences;
  @Autowired
  IdentityService identity;
  @Autowired
  OrgService orgs;
  @Autowired
  EvaluationChain.Resolver chains;

  @Test
  void shouldAppealInTasklistAndReadTheWrittenReply(Browser browser) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    PublishedEvaluations evaluations = new PublishedEvaluations(jdbc, talent, consequences, identity, orgs, chains);
    int year = PublishedEvaluations.year();
    long evaluation = evaluations.published(evaluations.demoWorker(), year, Outcome.BASIC, 1);

    // The worker appeals with the start form: the year and the reason.
    Tasklist worker = Tasklist.loginAs(browser, "zdworker");
    CamundaForm start = worker.openStartForm("年度评价申诉");
    assertThat(start.text()).contains("评价年度", "申诉理由", "十个工作日");
    start.type("year", String.valueOf(year)).type("reason", "全年无未报告事件，满意度测评百分之九十五，不应评为基本合格。");
    assertChinese(browser, "evaluation-appeal-start");
    worker.start();

    String instance = jdbc.queryForObject("select process_instance_id from evaluation_appeal where evaluation_id = ?",
        String.class, evaluation);
    long appealId = jdbc.queryForObject("select id from evaluation_appeal where evaluation_id = ?", Long.class,
        evaluation);

    // The city's reviewer claims the review, upholds the appeal and writes the reply.
    String review = taskOf(instance, AppealProcess.Elements.APPEAL_REVIEW);
    Tasklist city = Tasklist.loginAs(browser, "sjzreviewer");
    city.filter("本单位待办").open(review);
    CamundaForm reviewForm = city.claim();
    assertThat(reviewForm.value("appealSummary")).contains("赵晓雪", year + " 年度", "基本合格");
    assertThat(reviewForm.value("reason")).contains("满意度测评百分之九十五");
    assertThat(reviewForm.shows("revisedOutcome")).as("only when upheld").isFalse();
    reviewForm.check("decision", "申诉成立，予以改判");
    reviewForm.choose("revisedOutcome", "合格")
        .type("reply", "经复核，满意度测评汇总有误，改判为合格。");
    assertChinese(browser, "evaluation-appeal-review");
    city.complete(review);

    // The worker reads the reply and fetches the written reply's PDF through the form's link.
    String read = taskOf(instance, AppealProcess.Elements.READ_REPLY);
    Tasklist again = Tasklist.loginAs(browser, "zdworker");
    CamundaForm reply = again.filter("我的待办").open(read);
    assertThat(reply.value("reply")).isEqualTo("经复核，满意度测评汇总有误，改判为合格。");
    assertThat(reply.text()).contains("下载书面答复（PDF）", "申诉成立，予以改判");
    By link = By.xpath("//*[contains(@class,'fjs-container')]//a[contains(normalize-space(.),'下载书面答复')]");
    assertThat(browser.waitFor(link).getDomAttribute("href"))
        .isEqualTo("/api/evaluations/appeals/" + appealId + "/reply.pdf");
    assertThat(fetch(browser, link)).startsWith("200 application/pdf");
    assertChinese(browser, "evaluation-appeal-read-reply");
    again.complete(read);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndActivityId()).isEqualTo(AppealProcess.Elements.END_ANSWERED);
    assertThat(jdbc.queryForObject("select outcome from annual_evaluation where id = ?", String.class, evaluation))
        .isEqualTo("QUALIFIED");
  }

  /** The link's target fetched with the page's session, as a click would: status, type and size. */
  private static String fetch(Browser browser, By link) {
    return (String) browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0].getAttribute('href'), {credentials: 'same-origin'})
          .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength)))
          .catch(e => done('error ' + e));
        """, browser.waitFor(link));
  }

  /** The page is the Chinese Tasklist, with no end-of-life banner and none of form-js's English. */
  private static void assertChinese(Browser browser, String screenshot) {
    browser.screenshot(screenshot);
    assertThat(browser.showsEndOfLifeBanner()).as("end-of-life banner shown").isFalse();
    assertThat(browser.pageText())
        .contains("工会社会工作岗位管理平台 任务列表")
        .doesNotContain("Select", "Field is required", "Complete", "Claim", "Start process");
  }

  private String taskOf(String instance, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    return task.getId();
  }
}
