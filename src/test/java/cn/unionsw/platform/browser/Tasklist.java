package cn.unionsw.platform.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Tasklist as a user works in it: start a process, pick a filter and a task, claim it, fill its form, complete. */
public final class Tasklist {

  private static final By START_BUTTON = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
  private static final By COMPLETE_BUTTON = By.cssSelector("button[ng-click='complete()']");
  private static final By CLAIM_BUTTON = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='认领']");
  private static final By ERROR = By.cssSelector(".notifications .alert-danger");
  private static final By NOTIFICATION_CLOSE = By.cssSelector(".page-notifications .alert .close");

  private final Browser browser;

  private Tasklist(Browser browser) {
    this.browser = browser;
  }

  /** Logs in to Tasklist as a demo user. */
  public static Tasklist loginAs(Browser browser, String user) {
    browser.login(WebApp.TASKLIST, user);
    return new Tasklist(browser);
  }

  /** Opens "启动流程", picks the process by its name and waits for its start form. */
  public CamundaForm openStartForm(String processName) {
    browser.click(By.linkText("启动流程"));
    // The dialog fades in and then asks for the processes; a click before both have ended can land on a list that is
    // being rendered again, and the dialog stays on the list (seen once in CI on MariaDB).
    browser.settled();
    browser.clickCentered(By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)='" + processName
        + "']"));
    CamundaForm form = new CamundaForm(browser);
    browser.settled();
    return form;
  }

  /** Starts the process with the start form as filled, and waits until the dialog has closed. */
  public Tasklist start() {
    browser.click(START_BUTTON);
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    browser.settled();
    return this;
  }

  /** Shows a filter's tasks. */
  public Tasklist filter(String name) {
    browser.click(By.xpath("//*[contains(@class,'filters')]//a[contains(normalize-space(.),'" + name + "')]"));
    browser.settled();
    return this;
  }

  /** Opens a task from the list shown, waits for its form and returns it. */
  public CamundaForm open(String taskId) {
    show(taskId);
    CamundaForm form = new CamundaForm(browser);
    browser.settled();
    return form;
  }

  /**
   * The form of the task already open (after a case action reloaded Tasklist on it, for instance): shows the tab
   * 表单 and waits for the form.
   */
  public CamundaForm shownForm() {
    browser.click(By.xpath("//*[contains(@class,'task-details')]//ul[contains(@class,'nav-tabs')]"
        + "//a[normalize-space(.)='表单']"));
    CamundaForm form = new CamundaForm(browser);
    browser.settled();
    return form;
  }

  /** Opens a task from the list shown, whatever its form (an embedded form is the caller's to wait for). */
  public Tasklist show(String taskId) {
    browser.clickCentered(taskLink(taskId));
    browser.waitUntil(ExpectedConditions.urlContains("task=" + taskId));
    browser.settled();
    return this;
  }

  /** Claims the open task; its form becomes editable. */
  public CamundaForm claim() {
    claimShown();
    CamundaForm form = new CamundaForm(browser);
    browser.settled();
    return form;
  }

  /** Claims the open task, whatever its form. */
  public Tasklist claimShown() {
    browser.click(CLAIM_BUTTON);
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(CLAIM_BUTTON));
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    browser.settled();
    return this;
  }

  /** Presses 完成 and waits until the task has left the list. */
  public Tasklist complete(String taskId) {
    pressComplete();
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(taskLink(taskId)));
    browser.settled();
    return this;
  }

  /** Presses 完成 and returns the error Tasklist shows, for a form the server refuses. */
  public String completeRefused() {
    pressComplete();
    return browser.waitFor(ERROR).getText();
  }

  /** Presses 完成 and returns without waiting: for a form the browser itself holds back (a required field). */
  public Tasklist pressComplete() {
    dismissNotifications();
    browser.clickCentered(browser.waitFor(COMPLETE_BUTTON));
    browser.settled();
    return this;
  }

  /** Closes the notices in the page's corner (e.g. "您还被分配了以下任务"); they cover the form's buttons. */
  public Tasklist dismissNotifications() {
    for (var close : browser.driver().findElements(NOTIFICATION_CLOSE)) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(NOTIFICATION_CLOSE));
    return this;
  }

  /** Whether the list shown holds the task. */
  public boolean lists(String taskId) {
    return browser.isDisplayed(taskLink(taskId));
  }

  private static By taskLink(String taskId) {
    return By.cssSelector("li.task a[href='#/?task=" + taskId + "']");
  }
}
