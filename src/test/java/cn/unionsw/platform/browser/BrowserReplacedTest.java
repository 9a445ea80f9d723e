package cn.unionsw.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/** Which WebDriver errors a wait takes as "the page replaced the element, ask again". */
class BrowserReplacedTest {

  @Test
  void shouldAskAgainWhenChromiumLosesTheNodeWhileReadingIt() {
    assertThat(Browser.replaced(new WebDriverException(
        "unknown error: unhandled inspector error: {\"code\":-32000,\"message\":\"Node with given id does not belong"
            + " to the document\"}"))).isTrue();
    assertThat(Browser.replaced(new StaleElementReferenceException("stale element reference"))).isTrue();
    assertThat(Browser.replaced(new NoSuchElementException("no such element"))).isTrue();
  }

  @Test
  void shouldFailAtOnceOnAnyOtherError() {
    assertThat(Browser.replaced(new WebDriverException("unknown error: session deleted because of page crash")))
        .isFalse();
  }
}
