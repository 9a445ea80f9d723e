package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.browser.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The embedded form of a recruitment round's task in Tasklist ({@code static/forms/recruitment-round.html}): upload a
 * file, read the refused rows, watch the progress, follow the list's link. Waits on the state the page writes into
 * its root's data attributes.
 */
final class RecruitmentRoundForm {

  private static final By ROOT = By.id("recruitment-round");
  /** Background work of a few hundred candidates, on a busy machine: more than Browser's 30 seconds. */
  private static final Duration BACKGROUND = Duration.ofSeconds(180);

  private final Browser browser;

  RecruitmentRoundForm(Browser browser) {
    this.browser = browser;
    browser.waitFor(ROOT);
    browser.waitUntil(driver -> !"loading".equals(root().getDomAttribute("data-state"))
        && root().getDomAttribute("data-state") != null);
  }

  /** Chooses the file (written to a temporary file of that name) and presses 上传; waits for the answer. */
  RecruitmentRoundForm upload(byte[] content, String fileName) {
    Path file;
    try {
      Path directory = Files.createTempDirectory("recruitment-upload-");
      file = Files.write(directory.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.driver().findElement(By.id("rr-file")).sendKeys(file.toAbsolutePath().toString());
    browser.clickCentered(browser.waitFor(By.id("rr-send")));
    browser.waitUntil(driver -> {
      String upload = root().getDomAttribute("data-upload");
      return upload != null && !upload.equals("sending");
    });
    return this;
  }

  /** imported, refused or failed: the answer to the last upload. */
  String uploadOutcome() {
    return root().getDomAttribute("data-upload");
  }

  String uploadStatus() {
    return browser.text(By.id("rr-upload-status"));
  }

  String refusal() {
    return browser.text(By.id("rr-refused-message"));
  }

  /** The refused rows as the table shows them: row number, field, reason. */
  List<List<String>> errorRows() {
    return browser.driver().findElements(By.cssSelector("#rr-errors tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
  }

  /** Waits until the page has shown no background work left (it refreshes itself until then). */
  RecruitmentRoundForm awaitSettled() {
    new WebDriverWait(browser.driver(), BACKGROUND).until(driver -> "settled".equals(root().getDomAttribute(
        "data-state")));
    return this;
  }

  /** Every count of background work left the page has shown, in order. */
  List<Integer> readings() {
    String readings = root().getDomAttribute("data-readings");
    return readings == null || readings.isEmpty() ? List.of()
        : Arrays.stream(readings.split(",")).map(Integer::valueOf).toList();
  }

  /** The progress table: "STAGE/OUTCOME" → candidates, as shown. */
  Map<String, Integer> progress() {
    Map<String, Integer> shown = new LinkedHashMap<>();
    for (WebElement row : browser.driver().findElements(By.cssSelector("#rr-progress tbody tr"))) {
      shown.put(row.getDomAttribute("data-stage") + "/" + row.getDomAttribute("data-outcome"),
          Integer.valueOf(row.findElement(By.className("rr-count")).getText()));
    }
    return shown;
  }

  String progressText() {
    return browser.text(By.id("rr-progress")) + "\n" + browser.text(By.id("rr-pending"));
  }

  /** The list's link: its address and text. */
  WebElement downloadLink() {
    return browser.waitFor(By.id("rr-download"));
  }

  /** Fetches the list the link names, in the page (the clerk's session): status and content type. */
  String fetchDownload() {
    return (String) browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.getElementById('rr-download').getAttribute('href'), {credentials: 'same-origin'})
          .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength)))
          .catch(e => done('error ' + e));
        """);
  }

  RecruitmentRoundForm note(String text) {
    WebElement note = browser.waitFor(By.id("rr-note"));
    browser.scrollTo(note);
    browser.driver().executeScript("""
        const field = arguments[0];
        field.focus();
        document.execCommand('insertText', false, arguments[1]);
        field.blur();
        """, note, text);
    return this;
  }

  private WebElement root() {
    return browser.driver().findElement(ROOT);
  }
}
