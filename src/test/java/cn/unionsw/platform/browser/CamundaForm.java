package cn.unionsw.platform.browser;

import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form (form-js) as Tasklist renders it, in a start dialog or beside a task. Fields are found by their
 * key: form-js gives each input the id {@code <form id>-field-<key>}.
 */
public final class CamundaForm {

  private static final By CONTAINER = By.cssSelector(".fjs-container");

  private final Browser browser;

  CamundaForm(Browser browser) {
    this.browser = browser;
    browser.waitFor(CONTAINER);
  }

  /**
   * Picks the option of a select whose label contains the text, and checks the select shows it. The list opens with
   * a click on the select; the option is then picked by the events form-js listens to, dispatched on the option
   * itself, not by a click at its coordinates: on a busy machine the list was still moving when the pointer came
   * down, and the click took the neighbouring option (CI: 三级岗 for 初级岗) or landed on the field beneath the list
   * (ElementClickInterceptedException). The pick is made again, as a user would, if the select shows another.
   */
  public CamundaForm choose(String key, String optionText) {
    for (int attempt = 1; ; attempt++) {
      chooseOnce(key, optionText);
      String shown = shown(key);
      if (shown.contains(optionText)) {
        return this;
      }
      if (attempt == 3) {
        throw new AssertionError(key + ": chose \"" + optionText + "\" three times, the select shows \"" + shown + "\"");
      }
      browser.settled();
    }
  }

  private void chooseOnce(String key, String optionText) {
    By list = By.cssSelector(".fjs-dropdownlist");
    if (browser.driver().findElements(list).stream().noneMatch(WebElement::isDisplayed)) {
      browser.clickCentered(browser.waitFor(By.id(id(key) + "-display")));
    }
    By option = By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),"
        + literal(optionText) + ")]");
    browser.driver().executeScript("""
        const item = arguments[0];
        for (const type of ['mouseenter', 'mousedown', 'mouseup', 'click']) {
          item.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, button: 0}));
        }
        """, browser.waitFor(option));
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(list));
  }

  /** Checks the radio button with the label. */
  public CamundaForm check(String key, String label) {
    browser.clickCentered(browser.waitFor(By.xpath("//label[starts-with(@for," + literal(id(key) + "-") + ")]"
        + "[normalize-space(.)=" + literal(label) + "]")));
    return this;
  }

  /** Ticks or unticks a checkbox. */
  public CamundaForm tick(String key, boolean ticked) {
    try {
      return tickOnce(key, ticked);
    } catch (StaleElementReferenceException e) {
      browser.settled(); // rendered again, as for type
      return tickOnce(key, ticked);
    }
  }

  private CamundaForm tickOnce(String key, boolean ticked) {
    WebElement box = field(key);
    if (box.isSelected() != ticked) {
      browser.clickCentered(box);
      browser.waitUntil(ExpectedConditions.elementSelectionStateToBe(box, ticked));
    }
    return this;
  }

  /**
   * Enters text into a text field, number field or text area and leaves it, as a user does with an input method:
   * the whole phrase arrives in one input event ({@code insertText}, what an IME commit or a paste produces).
   * ChromeDriver's key-by-key typing of Chinese raced form-js, which takes typed text into the form after a short
   * pause and then renders the field again: on a busy machine a pause fell mid-phrase and the re-render dropped
   * the characters typed since.
   */
  public CamundaForm type(String key, String text) {
    Objects.requireNonNull(text, "text: to empty a field, type \"\"");
    try {
      return typeOnce(key, text);
    } catch (StaleElementReferenceException e) {
      // Tasklist rendered the form again (after a claim, on a busy machine) between finding the field and typing.
      browser.settled();
      return typeOnce(key, text);
    }
  }

  private CamundaForm typeOnce(String key, String text) {
    WebElement field = field(key);
    browser.scrollTo(field);
    browser.driver().executeScript("""
        const field = arguments[0], text = arguments[1];
        field.focus();
        field.select();
        document.execCommand(text ? 'insertText' : 'delete', false, text);
        field.blur();
        """, field, text);
    browser.waitUntil(new ExpectedCondition<Boolean>() {
      @Override
      public Boolean apply(WebDriver driver) {
        return text.equals(value(key));
      }

      @Override
      public String toString() {
        return key + " to read \"" + text + "\" (reads \"" + value(key) + "\")";
      }
    });
    return this;
  }

  /** What a field shows (a read-only text area's text, an input's value). */
  public String value(String key) {
    return field(key).getDomProperty("value");
  }

  /** The text shown in place of a select's value ("请选择" while none is chosen). */
  public String shown(String key) {
    return browser.waitFor(By.id(id(key) + "-display")).getText();
  }

  /** Whether the form shows the field (form-js leaves a hidden field out of the page). */
  public boolean shows(String key) {
    return browser.driver().findElements(By.cssSelector("[id$='-field-" + key + "']")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** The validation messages under a field. */
  public List<String> errors(String key) {
    return browser.driver().findElements(By.cssSelector("[id='" + id(key) + "-error-message'] li")).stream()
        .map(WebElement::getText).toList();
  }

  /** The whole form's text as the user reads it. */
  public String text() {
    return browser.waitFor(CONTAINER).getText();
  }

  private WebElement field(String key) {
    return browser.waitFor(By.id(id(key)));
  }

  /** {@code <form id>-field-<key>}; the form id is new each time Tasklist renders the form. */
  private String id(String key) {
    String any = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".fjs-container [id*='-field-']"))).getAttribute("id");
    return any.substring(0, any.indexOf("-field-")) + "-field-" + key;
  }

  /** An XPath string literal for text without both kinds of quotes. */
  private static String literal(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
