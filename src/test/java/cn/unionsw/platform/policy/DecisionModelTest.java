package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.models.DecisionContract;
import cn.unionsw.platform.models.ModelRules;
import cn.unionsw.platform.models.RepositorySurroundings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the models in {@code dmn/} against drift: every table keeps {@link ModelRules} (the contract decisions'
 * keys, inputs, outputs and enumerations; a history time to live, FEEL, a stated hit policy, meaningful ids, an
 * annotation citing the article on every rule), which the engine also holds every deployment to; and the
 * repository files each decision under its key, beside a table test of its own.
 */
class DecisionModelTest {

  static final Path DMN = Path.of("dmn");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(DMN)) {
      return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList().stream();
    }
  }

  @Test
  void shouldHaveAFileForEveryContractDecision() {
    for (String key : DecisionContract.COLUMNS.keySet()) {
      assertThat(DMN.resolve(key + ".dmn")).as("dmn/%s.dmn", key).exists();
    }
    assertThat(DMN.resolve("post-quota-jiangsu.dmn")).exists();
    assertThat(DMN.resolve("post-quota-mianyang.dmn")).exists();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldNameTheFileAfterItsOneDecision(Path file) {
    Collection<Decision> decisions = Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class);

    assertThat(decisions).hasSize(1);
    assertThat(file.getFileName().toString()).isEqualTo(decisions.iterator().next().getId() + ".dmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldKeepTheModelRules(Path file) throws IOException {
    assertThat(ModelRules.check(file.getFileName().toString(), Files.readAllBytes(file),
        RepositorySurroundings.read())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldCheckItsOwnTest(Path file) {
    String key = Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class).iterator().next().getId();
    String name = Stream.of(key.split("-")).map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
        .reduce("", String::concat);
    boolean ownTest = Files.exists(Path.of("src/test/java/cn/unionsw/platform/policy", name + "DecisionTest.java"));
    boolean variantTest = key.startsWith("post-quota-")
        && Files.exists(Path.of("src/test/java/cn/unionsw/platform/policy/PostQuotaVariantsDecisionTest.java"));
    assertThat(ownTest || variantTest).as("a table test for %s", key).isTrue();
  }
}
