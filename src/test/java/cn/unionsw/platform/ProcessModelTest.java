package cn.unionsw.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.models.ModelRules;
import cn.unionsw.platform.models.RepositorySurroundings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STYLE.md "Models" as a test: every process and form in the repository keeps {@link ModelRules} (the rules the
 * engine holds every deployment to at run time), and is filed under its own id.
 */
class ProcessModelTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final RepositorySurroundings REPOSITORY = RepositorySurroundings.read();

  static Stream<Path> processes() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  static Stream<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void shouldNameTheFileAfterItsProcess(Path file) {
    Process process = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).iterator().next();

    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void shouldKeepTheModelRules(Path file) throws IOException {
    assertThat(ModelRules.check(file.getFileName().toString(), Files.readAllBytes(file), REPOSITORY)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void shouldNameTheFormFileAfterItsId(Path file) throws IOException {
    assertThat(file.getFileName().toString())
        .isEqualTo(new ObjectMapper().readTree(file.toFile()).path("id").asText() + ".form");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void shouldKeepTheFormRules(Path file) throws IOException {
    assertThat(ModelRules.check(file.getFileName().toString(), Files.readAllBytes(file), REPOSITORY)).isEmpty();
  }
}
