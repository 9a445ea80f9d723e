package cn.unionsw.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform's Chinese labels ({@code app/<app>/locales/zh.json}) against the English ones of the Camunda
 * web-app jar in use. After a Camunda upgrade this test lists every key to translate (docs/webapps.md).
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)");
  private static final Pattern LINK = Pattern.compile("href=\"([^\"]*)\"");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  /** Labels that read the same in Chinese: identifiers, formats, file types, product names. */
  private static final Set<String> SAME_IN_CHINESE = Set.of("ID", "ID*", "CSV", "JSON", "<null>", "<undefined>",
      "YYYY-MM-DDTHH:mm:ss", "Camunda", "Camunda Cockpit");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldTranslateEveryLabelOfTheCamundaVersionInUse(String app) throws IOException {
    Map<String, String> english = labels(camundaEnglish(app));
    Map<String, String> chinese = labels(platformChinese(app));

    Map<String, String> untranslated = new LinkedHashMap<>(english);
    untranslated.keySet().removeAll(chinese.keySet());

    assertThat(untranslated)
        .as("Labels of %s that Camunda has and zh.json lacks; add them, translated:%n%s", app, lines(untranslated))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldHoldNoLabelCamundaNoLongerHas(String app) throws IOException {
    Set<String> obsolete = new TreeSet<>(labels(platformChinese(app)).keySet());
    obsolete.removeAll(labels(camundaEnglish(app)).keySet());

    assertThat(obsolete).as("Labels of %s in zh.json that Camunda no longer has", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldKeepEveryPlaceholderAndLink(String app) throws IOException {
    Map<String, String> english = labels(camundaEnglish(app));
    Map<String, String> chinese = labels(platformChinese(app));

    Map<String, String> broken = new LinkedHashMap<>();
    english.forEach((key, text) -> {
      String translation = chinese.get(key);
      if (translation != null && (!matches(PLACEHOLDER, text).equals(matches(PLACEHOLDER, translation))
          || !matches(LINK, text).equals(matches(LINK, translation)))) {
        broken.put(key, text + "  ≠  " + translation);
      }
    });

    // A lost {{message}} hides the server's reason, e.g. why the password policy refused a password.
    assertThat(broken).as("Labels of %s whose {{placeholders}} or links differ:%n%s", app, lines(broken))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldLeaveNoLabelInEnglish(String app) throws IOException {
    Map<String, String> english = labels(camundaEnglish(app));
    Map<String, String> chinese = labels(platformChinese(app));

    Map<String, String> copied = english.entrySet().stream()
        .filter(label -> label.getValue().equals(chinese.get(label.getKey())))
        .filter(label -> LATIN.matcher(label.getValue()).find())
        .filter(label -> !SAME_IN_CHINESE.contains(label.getValue()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

    assertThat(copied).as("Labels of %s still in English:%n%s", app, lines(copied)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldFormatDatesInChineseWhereCamundaFormatsThem(String app) throws IOException {
    JsonNode english = camundaEnglish(app).path("dateLocales");
    JsonNode chinese = platformChinese(app).path("dateLocales");

    assertThat(fieldNames(chinese)).isEqualTo(fieldNames(english));
    if (!english.isMissingNode()) {
      assertThat(chinese.path("longDateFormat").path("LL").asText()).isEqualTo("YYYY年M月D日");
    }
  }

  private JsonNode camundaEnglish(String app) throws IOException {
    // The jar's own file, even if a project resource of the same name should ever shadow it.
    for (URL url : Collections.list(getClass().getClassLoader().getResources(LOCALES.formatted(app, "en")))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        return read(url);
      }
    }
    throw new IllegalStateException("No en.json of " + app + " in the Camunda web-app jar");
  }

  private JsonNode platformChinese(String app) throws IOException {
    URL url = getClass().getClassLoader().getResource(LOCALES.formatted(app, "zh"));
    assertThat(url).as("zh.json of %s", app).isNotNull();
    return read(url);
  }

  private JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's own files start with a byte-order mark, which Jackson does not skip.
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Map<String, String> labels(JsonNode locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    locale.path("labels").properties().forEach(label -> labels.put(label.getKey(), label.getValue().asText()));
    return labels;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String lines(Map<String, String> labels) {
    return labels.entrySet().stream().map(label -> "  \"" + label.getKey() + "\": \"" + label.getValue() + "\"")
        .collect(Collectors.joining("\n"));
  }
}
