package cn.unionsw.platform.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Following a case in Tasklist (app/platform/case-follow.js, ADR 0017) as a user does it: the task tab 案件进展 with
 * its 催办 and 抄送, and the header's 案件跟踪 panel with the notifications and the lists 我发起的 / 我经办的 / 抄送我的.
 */
public final class CaseFollow {

  public static final By PROGRESS = By.id("case-follow-progress");
  public static final By MESSAGE = By.id("case-follow-message");
  public static final By UNREAD = By.id("case-follow-unread");
  private static final By PANEL = By.id("case-follow-panel");

  private final Browser browser;

  private CaseFollow(Browser browser) {
    this.browser = browser;
  }

  public static CaseFollow in(Browser browser) {
    return new CaseFollow(browser);
  }

  /** Opens the tab 案件进展 of the task shown and waits until it shows the case. */
  public CaseFollow openProgressTab() {
    browser.click(By.xpath("//*[contains(@class,'task-details')]//a[normalize-space(.)='案件进展']"));
    browser.waitFor(By.cssSelector("#case-follow-progress .case-follow-progress"));
    browser.settled();
    return this;
  }

  public String progress() {
    return browser.text(PROGRESS);
  }

  /** Urges the holders of the open task, with a message, and waits for the tab to confirm. */
  public CaseFollow urge(String taskId, String message, String stepName) {
    type(By.id("case-follow-urge-message"), message);
    browser.clickCentered(browser.waitFor(By.cssSelector("button.case-follow-urge[data-task-id='" + taskId + "']")));
    browser.waitForText(MESSAGE, "已催办「" + stepName + "」");
    return this;
  }

  public boolean offersUrge() {
    return browser.isDisplayed(By.cssSelector("button.case-follow-urge"));
  }

  public boolean offersCopy() {
    return browser.isDisplayed(By.id("case-follow-copy-submit"));
  }

  /** Copies the case to users (comma-separated ids), with a note, and waits for the tab to confirm. */
  public CaseFollow copyTo(String users, String note) {
    type(By.id("case-follow-copy-users"), users);
    type(By.id("case-follow-copy-note"), note);
    browser.clickCentered(browser.waitFor(By.id("case-follow-copy-submit")));
    browser.waitForText(MESSAGE, "已抄送给 " + users);
    return this;
  }

  /** Opens the 案件跟踪 panel on a list ({@code STARTED}, {@code HANDLED}, {@code COPIED}) or, null, the notices. */
  public CaseFollow openPanel(String list) {
    if (!browser.isDisplayed(PANEL)) {
      browser.click(By.id("case-follow-open"));
    }
    if (list != null) {
      browser.click(By.id("case-follow-tab-" + list));
    }
    String tab = list == null ? "NOTIFICATIONS" : list;
    browser.waitFor(By.cssSelector("#case-follow-panel-body[data-tab='" + tab + "'] table, #case-follow-panel-body"
        + "[data-tab='" + tab + "'] p"));
    return this;
  }

  /** Closes the 案件跟踪 panel, which lies over the task's header (its 认领 button among others). */
  public CaseFollow closePanel() {
    if (browser.isDisplayed(PANEL)) {
      browser.click(By.cssSelector("#case-follow-panel .case-follow-close"));
      browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(PANEL));
    }
    return this;
  }

  /** A case's row in the panel's list, as shown. */
  public String caseRow(String processInstanceId) {
    return browser.text(By.cssSelector("tr.case-follow-case[data-case='" + processInstanceId + "']"));
  }

  /** A notification's row in the panel that mentions all the given texts. */
  public WebElement notification(String... texts) {
    StringBuilder xpath = new StringBuilder("//tr[contains(@class,'case-follow-notification')]");
    for (String text : texts) {
      xpath.append("[contains(normalize-space(.),'").append(text).append("')]");
    }
    return browser.waitFor(By.xpath(xpath.toString()));
  }

  /** Text as one input event, like the other browser tests (the fields are plain inputs of the platform). */
  private void type(By field, String text) {
    WebElement input = browser.waitFor(field);
    browser.driver().executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.scrollTo(input), text);
    browser.waitUntil(ExpectedConditions.attributeToBe(input, "value", text));
  }
}
