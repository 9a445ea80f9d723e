package cn.unionsw.platform.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese user guide ({@code docs/guide/}) shows the screens as the browser tests see them: every picture it
 * shows is in {@code docs/guide/images/} and is one a browser test takes by name (so a screen that changes is a
 * test that changes, and {@code docs/guide/refresh-images.sh} brings the picture up to date); every page it links
 * exists; every picture in the folder is shown somewhere.
 */
class GuideTest {

  private static final Path GUIDE = Path.of("docs", "guide");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(images/([a-z0-9-]+)\\.png\\)");
  private static final Pattern PAGE = Pattern.compile("\\]\\(([a-z0-9-]+\\.md)(#[^)]*)?\\)");
  /** A screenshot taken by name in a browser test: {@code screenshot("x")} or a helper taking (browser, "x"). */
  private static final Pattern TAKEN = Pattern.compile("(?:screenshot\\(|\\(browser, )\"([a-z0-9-]+)\"");

  @Test
  void shouldShowOnlyPicturesTheBrowserTestsTake() throws IOException {
    Set<String> shown = matches(IMAGE, pages());
    Set<String> taken = matches(TAKEN, browserTests());
    assertThat(shown).as("pictures the guide shows").isNotEmpty();
    assertThat(taken).as("screenshots the browser tests take by name").containsAll(shown);
    for (String name : shown) {
      assertThat(GUIDE.resolve("images").resolve(name + ".png")).as("refresh-images.sh copies it").isRegularFile();
    }
  }

  @Test
  void shouldKeepNoPictureItDoesNotShow() throws IOException {
    Set<String> shown = matches(IMAGE, pages());
    try (Stream<Path> files = Files.list(GUIDE.resolve("images"))) {
      assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.png$", "")))
          .as("pictures in docs/guide/images/").allMatch(shown::contains);
    }
  }

  @Test
  void shouldLinkOnlyPagesThatExist() throws IOException {
    for (String page : matches(PAGE, pages())) {
      assertThat(GUIDE.resolve(page)).as("linked page").isRegularFile();
    }
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(GUIDE)) {
      return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static List<Path> browserTests() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }

  private static Set<String> matches(Pattern pattern, List<Path> files) throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path file : files) {
      Matcher matcher = pattern.matcher(Files.readString(file));
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
    }
    return found;
  }
}
