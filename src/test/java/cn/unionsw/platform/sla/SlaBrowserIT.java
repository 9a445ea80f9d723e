package cn.unionsw.platform.sla;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.WebApp;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.support.PostApplications;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 时限监控 in Cockpit (app/platform/sla-board.js, ADR 0020): a post application whose city review is five days
 * overdue shows on the dashboard to the province (hereviewer) and to the city (sjzreviewer), with its case number,
 * and on the tab of the post application's definition; 保定's reviewer does not see it. Screenshots under
 * {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class SlaBrowserIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;

  @Test
  void shouldShowTheOverdueReviewToTheProvinceAndTheCity(Browser browser) {
    PostApplications applications = new PostApplications(rest);
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String municipal = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    Task task = tasks.createTaskQuery().taskId(municipal).singleResult();
    task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(5))));
    tasks.saveTask(task);
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
    By row = By.cssSelector("#sla-overdue tr[data-task-id='" + municipal + "']");

    browser.login(WebApp.COCKPIT, "hereviewer");
    assertThat(rowText(browser, row)).contains(caseNumber, "市级工会初审", "石家庄");
    assertThat(browser.text(By.id("sla-counts"))).contains("HE-SJZ");
    browser.screenshot("sla-dashboard-hereviewer");

    browser.login(WebApp.COCKPIT, "sjzreviewer");
    assertThat(rowText(browser, row)).contains(caseNumber);
    assertThat(browser.text(By.id("sla-counts"))).doesNotContain("HE-BD");
    browser.driver().findElement(By.id("sla-breaches"));
    browser.screenshot("sla-dashboard-sjzreviewer");

    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PostApplicationProcess.KEY)
        .latestVersion().singleResult().getId();
    String app = browser.driver().getCurrentUrl().replaceFirst("#.*", "");
    browser.driver().get(app + "#/process-definition/" + definition
        + "/runtime?detailsTab=platform.sla.processDefinition");
    assertThat(rowText(browser, row)).contains(caseNumber);
    browser.settled();
    browser.screenshot("sla-process-definition");

    browser.login(WebApp.COCKPIT, "bdreviewer");
    browser.waitFor(By.id("sla-board"));
    assertThat(browser.isDisplayed(row)).as("保定 does not reach 石家庄").isFalse();
  }

  /**
   * The row's text once it is there, scrolled into view. Cockpit may render a plugin twice (the definition's tab
   * when the URL names it), so a row found once can be replaced: it is looked up again until read.
   */
  private static String rowText(Browser browser, By row) {
    return browser.waitUntil(driver -> {
      try {
        WebElement element = driver.findElement(row);
        browser.scrollTo(element);
        String text = element.getText();
        return text.isBlank() ? null : text;
      } catch (NoSuchElementException | StaleElementReferenceException e) {
        return null;
      }
    });
  }
}
