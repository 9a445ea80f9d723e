package cn.unionsw.platform.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The system's Chromium and chromedriver (Debian packages {@code chromium} and {@code chromium-driver}), started
 * headless with everything that would reach the network off. Paths are explicit so that Selenium Manager never
 * runs: it would download a browser, which fails here and is not what a test should do.
 */
final class Chromium {

  static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver fonts-wqy-microhei";

  private static final String BROWSER_PROPERTY = "browser.binary";
  private static final String DRIVER_PROPERTY = "webdriver.chrome.driver";
  private static final List<String> BROWSER_CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVER_CANDIDATES = List.of("/usr/bin/chromedriver");

  private Chromium() {
  }

  /** Why the browser cannot start here, or empty when it can. */
  static Optional<String> missing() {
    if (browser().isEmpty()) {
      return Optional.of("no Chromium at " + where(BROWSER_PROPERTY, BROWSER_CANDIDATES));
    }
    if (driver().isEmpty()) {
      return Optional.of("no chromedriver at " + where(DRIVER_PROPERTY, DRIVER_CANDIDATES));
    }
    return Optional.empty();
  }

  /** A fresh browser with its own profile directory, asking web pages for {@code language} first. */
  static ChromeDriver start(String language, Path profile) {
    String driver = driver().orElseThrow();
    System.setProperty(DRIVER_PROPERTY, driver);
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
        // Dates on the pages in the same zone as the server's (the build runs with -Duser.timezone).
        .withEnvironment(Map.of("TZ", TimeZone.getDefault().getID()))
        .build();
    var options = new ChromeOptions();
    options.setBinary(browser().orElseThrow());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=" + language, "--window-size=1440,900", "--user-data-dir=" + profile);
    // --lang sets the browser's own locale; this preference sets Accept-Language and navigator.languages,
    // which the web apps read to choose zh or en.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    // The page's console (errors, failed requests), kept for the report of a failed test.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    var chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  static Path newProfile() {
    try {
      return Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> browser() {
    return executable(System.getProperty(BROWSER_PROPERTY), BROWSER_CANDIDATES);
  }

  private static Optional<String> driver() {
    return executable(System.getProperty(DRIVER_PROPERTY), DRIVER_CANDIDATES);
  }

  private static String where(String property, List<String> candidates) {
    String configured = System.getProperty(property);
    return configured != null && !configured.isBlank() ? configured + " (-D" + property + ")"
        : candidates + " (or set -D" + property + ")";
  }

  private static Optional<String> executable(String configured, List<String> candidates) {
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured).filter(path -> Files.isExecutable(Path.of(path)));
    }
    return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
  }
}
