package cn.unionsw.platform.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The task tab "审批操作" (app/platform/case-actions.js, ADR 0016) as a user works it: return the case, add or remove
 * a co-reviewer, transfer the task. Each action reloads Tasklist; the methods wait until it has.
 */
public final class CaseActionsTab {

  private static final By TAB = By.xpath(
      "//*[contains(@class,'task-details')]//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='审批操作']");
  private static final By LOADED = By.cssSelector("#case-actions[data-loaded='true']");
  private static final By MESSAGE = By.id("case-actions-message");

  private final Browser browser;

  private CaseActionsTab(Browser browser) {
    this.browser = browser;
  }

  /** Opens the tab of the task shown and waits until it knows what the user may do. */
  public static CaseActionsTab open(Browser browser) {
    browser.click(TAB);
    browser.waitFor(LOADED);
    browser.settled();
    return new CaseActionsTab(browser);
  }

  /** The return targets offered, by their labels. */
  public List<String> returnTargets() {
    return browser.waitUntil(driver -> new Select(driver.findElement(By.id("case-actions-return-target"))).getOptions()
        .stream().map(WebElement::getText).toList());
  }

  public void returnTo(String targetLabel, String reason) {
    new Select(browser.waitFor(By.id("case-actions-return-target"))).selectByVisibleText(targetLabel);
    enter(By.id("case-actions-return-reason"), reason);
    act(By.id("case-actions-return-submit"));
  }

  /** Adds a co-reviewer, {@code BEFORE} or {@code AFTER} oneself. */
  public void addCoReviewer(String userId, String position) {
    enter(By.id("case-actions-co-reviewer-user"), userId);
    new Select(browser.waitFor(By.id("case-actions-co-reviewer-position"))).selectByValue(position);
    act(By.id("case-actions-co-reviewer-add"));
  }

  public void removeCoReviewer(String userId) {
    act(By.cssSelector(".case-actions-co-reviewer-remove[data-user-id='" + userId + "']"));
  }

  /** Each co-reviewer's row as the tab shows it. */
  public List<String> coReviewers() {
    return browser.waitUntil(driver -> driver.findElements(By.cssSelector("tr.case-actions-co-reviewer")).stream()
        .map(WebElement::getText).toList());
  }

  public void transfer(String userId, String reason) {
    enter(By.id("case-actions-transfer-user"), userId);
    enter(By.id("case-actions-transfer-reason"), reason);
    act(By.id("case-actions-transfer-submit"));
  }

  /** Whether the tab offers a section ({@code return}, {@code co-reviewers}, {@code transfer}). */
  public boolean offers(String section) {
    return browser.isDisplayed(By.id("case-actions-" + section));
  }

  public String text() {
    return browser.text(By.id("case-actions"));
  }

  /** Presses an action's button; answers once Tasklist has reloaded, or with the refusal the tab shows. */
  private void act(By button) {
    WebElement container = browser.waitFor(By.id("case-actions"));
    browser.clickCentered(browser.waitFor(button));
    browser.waitUntil(ExpectedConditions.or(
        ExpectedConditions.attributeToBe(By.id("case-actions"), "data-done", "true"),
        ExpectedConditions.attributeContains(MESSAGE, "class", "alert-danger")));
    if (browser.driver().findElement(MESSAGE).getAttribute("class").contains("alert-danger")) {
      throw new IllegalStateException("refused: " + browser.text(MESSAGE));
    }
    browser.waitUntil(ExpectedConditions.stalenessOf(container));
    browser.waitForReload();
  }

  /** Text entered as one input event, as a user's input method commits it (see {@link CamundaForm#type}). */
  private void enter(By locator, String text) {
    WebElement field = browser.scrollTo(browser.waitFor(locator));
    browser.driver().executeScript("""
        const field = arguments[0];
        field.focus();
        field.select();
        document.execCommand('insertText', false, arguments[1]);
        field.blur();
        """, field, text);
  }
}
