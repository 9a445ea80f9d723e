package cn.unionsw.platform.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The test cases kept beside the tables ({@code dmn/<key>.cases.json}) hold for the tables as they are. */
class DecisionCasesTest {

  static Stream<String> keys() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("dmn"))) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cases.json"))
          .map(f -> f.substring(0, f.length() - ".cases.json".length())).sorted().toList().stream();
    }
  }

  @Test
  void shouldKeepCasesForThePostQuotaAtLeast() throws IOException {
    assertThat(keys()).contains("post-quota");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void shouldAnswerAsTheCasesExpect(String key) throws IOException {
    byte[] table = Files.readAllBytes(Path.of("dmn", key + ".dmn"));

    List<DecisionCases.Result> results = DecisionCases.run(key, table, table);

    assertThat(results).isNotEmpty().allSatisfy(result -> {
      assertThat(result.asExpected()).as("%s: %s", result.name(), result.after()).isTrue();
      assertThat(result.changed()).as(result.name()).isFalse();
    });
  }

  @Test
  void shouldShowEachChangedAnswer() throws IOException {
    byte[] table = Files.readAllBytes(Path.of("dmn/post-quota.dmn"));
    byte[] changed = new String(table, StandardCharsets.UTF_8)
        .replace("<text>3</text>\n        </outputEntry>\n      </rule>\n      <rule id=\"rule-service-center-county-standard\">",
            "<text>4</text>\n        </outputEntry>\n      </rule>\n      <rule id=\"rule-service-center-county-standard\">")
        .getBytes(StandardCharsets.UTF_8);

    List<DecisionCases.Result> results = DecisionCases.run("post-quota", table, changed);

    assertThat(results).filteredOn(DecisionCases.Result::changed).extracting(DecisionCases.Result::name)
        .containsExactly("总工会机关");
    assertThat(results).filteredOn(r -> !r.asExpected()).extracting(DecisionCases.Result::name)
        .containsExactly("总工会机关");
  }
}
