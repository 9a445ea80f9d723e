package cn.unionsw.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.WebApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The web apps as their users see them: Chinese for a zh-CN browser, the platform's name instead of Camunda's,
 * no "migrate to Camunda 8" banner; English for a browser that asks for it. Screenshots of every page under
 * {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class ChineseWebappsIT {

  private static final String PLATFORM_NAME = "工会社会工作岗位管理平台";
  private static final By LOGIN_BANNER = By.cssSelector(".form-signin .platform-name");
  private static final By APP_MENU = By.cssSelector("[cam-widget-header] .app-switch .dropdown-toggle");

  @Test
  void shouldGreetAChineseBrowserWithThePlatformsNameOnTheLoginPage(Browser browser) {
    browser.openLogin(WebApp.TASKLIST);
    browser.screenshot("tasklist-login");

    assertThat(browser.text(LOGIN_BANNER)).isEqualTo(PLATFORM_NAME);
    browser.waitForText(Browser.SIGN_IN, "登录");
    assertThat(browser.title()).isEqualTo(PLATFORM_NAME + " 任务列表");
    assertNoEndOfLifeBanner(browser);
  }

  @Test
  void shouldShowTasklistInChineseToAClerk(Browser browser) {
    browser.login(WebApp.TASKLIST, "zdclerk");
    browser.screenshot("tasklist-zdclerk");

    assertThat(browser.text(Browser.BRAND)).isEqualTo(PLATFORM_NAME + " 任务列表");
    assertThat(browser.title()).isEqualTo(PLATFORM_NAME + " 任务列表");
    // Header actions, the user's Chinese name and the footer, all from zh.json or the identity service.
    assertThat(browser.pageText())
        .contains("启动流程", "创建任务", "键盘快捷键", "正定县总工会 经办人", "日期和时间的显示时区")
        .doesNotContain("Start process", "Camunda Tasklist");
    assertThat(pageLanguage(browser)).isEqualTo("zh-CN");
    assertNoEndOfLifeBanner(browser);

    browser.click(By.linkText("启动流程")).waitForText(By.cssSelector(".modal-title"), "启动流程").settled();
    browser.screenshot("tasklist-zdclerk-start-process");
    assertThat(browser.waitFor(By.cssSelector(".modal-header input")).getDomAttribute("placeholder"))
        .isEqualTo("以流程名称搜索。");
  }

  @Test
  void shouldShowCockpitInChineseToAReviewer(Browser browser) {
    browser.login(WebApp.COCKPIT, "sjzreviewer");
    browser.screenshot("cockpit-sjzreviewer");

    assertThat(browser.text(Browser.BRAND)).isEqualTo(PLATFORM_NAME + " 驾驶舱");
    // Cockpit adds the page: "<brand> | 仪表盘".
    assertThat(browser.title()).startsWith(PLATFORM_NAME + " 驾驶舱");
    assertThat(browser.pageText())
        .contains("流程", "决策", "人工任务", "当前概况", "石家庄市总工会 审核员")
        .doesNotContain("Processes", "Decisions", "Camunda Cockpit");
    assertNoEndOfLifeBanner(browser);

    browser.driver().findElement(APP_MENU).click();
    browser.waitFor(By.cssSelector("[cam-widget-header] .app-switch li.tasklist > a"));
    browser.screenshot("cockpit-sjzreviewer-app-menu");
    assertThat(shownLabel(browser, "[cam-widget-header] .app-switch li.tasklist > a")).isEqualTo("任务列表");
  }

  @Test
  void shouldShowAdminAndWelcomeInChineseToTheAdministrator(Browser browser) {
    browser.login(WebApp.ADMIN, "admin");
    browser.screenshot("admin-admin");
    assertThat(browser.text(Browser.BRAND)).isEqualTo(PLATFORM_NAME + " 管理台");
    assertThat(browser.pageText()).contains("用户", "分组", "授权").doesNotContain("Users", "Authorizations");
    assertNoEndOfLifeBanner(browser);

    browser.open(WebApp.WELCOME);
    browser.screenshot("welcome-admin");
    assertThat(browser.text(Browser.BRAND)).isEqualTo(PLATFORM_NAME + " 首页");
    assertNoEndOfLifeBanner(browser);
  }

  @Test
  void shouldShowEnglishToABrowserThatAsksForIt(Browser browser) {
    browser.language("en-US").login(WebApp.TASKLIST, "zdclerk");
    browser.screenshot("tasklist-zdclerk-en");

    assertThat(browser.text(Browser.BRAND)).isEqualTo(PLATFORM_NAME + " 任务列表");
    assertThat(browser.pageText()).contains("Start process", "Create task").doesNotContain("启动流程");
    assertThat(pageLanguage(browser)).isEqualTo("en");
    assertNoEndOfLifeBanner(browser);
  }

  /** The page's declared language ({@code <html lang>}), which screen readers follow. */
  private static Object pageLanguage(Browser browser) {
    return browser.driver().executeScript("return document.documentElement.lang;");
  }

  /** Text that CSS puts after an element (the app menu's names come from platform.css). */
  private static String shownLabel(Browser browser, String selector) {
    String content = (String) browser.driver().executeScript(
        "return getComputedStyle(document.querySelector(arguments[0]), '::after').content;", selector);
    return content.replace("\"", "");
  }

  private static void assertNoEndOfLifeBanner(Browser browser) {
    assertThat(browser.showsEndOfLifeBanner()).as("end-of-life banner shown").isFalse();
  }
}
