package cn.unionsw.platform.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTabTest {
  @Test
  void look() throws Exception {
    String base = System.getProperty("base");
    String task = System.getProperty("task");
    try (Browser browser = new Browser(base, Path.of("target", "screenshots", "scratch"))) {
      Tasklist city = Tasklist.loginAs(browser, "sjzreviewer");
      city.filter("本单位待办").show(task);
      CaseActionsTab tab = CaseActionsTab.open(browser);
      System.out.println("TARGETS " + tab.returnTargets());
      tab.addCoReviewer("sjzreviewer2", "AFTER");
      tab = CaseActionsTab.open(browser);
      System.out.println("ROWS " + tab.coReviewers());
      browser.screenshot("scratch-after");
      tab.removeCoReviewer("sjzreviewer2");
      tab = CaseActionsTab.open(browser);
      System.out.println("ROWS " + tab.coReviewers());
      tab.transfer("sjzreviewer2", "出差");
      System.out.println("URL " + browser.driver().getCurrentUrl());
      browser.screenshot("scratch-transferred");
    }
  }
}
