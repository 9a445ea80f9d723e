package cn.unionsw.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STYLE.md "Models" as a test: every process and form in the repository, checked without an engine.
 */
class ProcessModelTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Path EMBEDDED_FORMS = Path.of("src/main/resources/static/forms");
  static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final Pattern GENERATED_ID = Pattern.compile("(?i).*_[0-9][0-9a-z]{6}$");
  static final Pattern BEAN = Pattern.compile("^\\$\\{([a-zA-Z][a-zA-Z0-9]*)}$");
  static final Pattern COMPONENT = Pattern.compile("@Component\\(\"([a-zA-Z0-9]+)\"\\)");

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
  void shouldNameTheFileAfterItsProcessAndKeepHistoryBounded(Path file) {
    Process process = process(file);

    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
    // Removal times are counted from the start (application.yml, history-removal-time-strategy): a time to live
    // shorter than a process can run would let the history cleanup remove a running instance's history.
    assertThat(org.camunda.bpm.engine.impl.util.ParseUtil.parseHistoryTimeToLive(
        process.getCamundaHistoryTimeToLiveString()))
        .as("historyTimeToLive in days, at least half a year").isGreaterThanOrEqualTo(180);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getName()).as("a Chinese name").matches(".*\\p{IsHan}.*");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void shouldUseMeaningfulIds(Path file) {
    for (BaseElement element : read(file).getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id == null) {
        continue;
      }
      assertThat(id).as("id in %s", file).doesNotMatch(GENERATED_ID);
      if (!(element instanceof org.camunda.bpm.model.bpmn.instance.Definitions)) {
        assertThat(id).as("id in %s", file).matches(MEANINGFUL_ID);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void shouldCallSpringBeansThatExist(Path file) throws IOException {
    Set<String> beans = componentNames();
    BpmnModelInstance model = read(file);
    Set<String> referenced = new HashSet<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as("camunda:class on %s", task.getId()).isNull();
      assertThat(task.getCamundaDelegateExpression()).as("delegateExpression on %s", task.getId()).isNotNull();
      referenced.add(bean(task.getCamundaDelegateExpression(), task.getId()));
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      assertThat(listener.getCamundaClass()).as("camunda:class on a task listener").isNull();
      referenced.add(bean(listener.getCamundaDelegateExpression(), "task listener"));
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      assertThat(listener.getCamundaClass()).as("camunda:class on an execution listener").isNull();
    }
    assertThat(beans).containsAll(referenced);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void shouldLinkDeployedCamundaFormsThatExist(Path file) throws IOException {
    BpmnModelInstance model = read(file);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormKey() != null) {
        assertEmbeddedForm(task.getId(), task.getCamundaFormKey());
      } else {
        assertForm(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
      }
      if (task.getCamundaCandidateGroups() != null) {
        assertThat(task.getCamundaDueDate()).as("due date of group task %s", task.getId()).isNotBlank();
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      // A process the platform starts itself (camunda:isStartableInTasklist="false") has no start form.
      if (start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist()) {
        assertForm(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void shouldNameTheFormFileAfterItsIdAndLabelInChinese(Path file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(file.toFile());

    assertThat(file.getFileName().toString()).isEqualTo(form.path("id").asText() + ".form");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    for (JsonNode component : form.path("components")) {
      if (component.has("key")) {
        // form-js labels a date field by dateLabel (datetime component), every other field by label.
        String label = component.path("datetime".equals(component.path("type").asText()) ? "dateLabel" : "label")
            .asText();
        assertThat(label).as("label of %s", component.path("key").asText()).matches(".*\\p{IsHan}.*");
        assertThat(component.path("key").asText()).matches("[a-z][a-zA-Z0-9]*");
      }
    }
  }

  /**
   * The one exception to Camunda Forms (ADR 0013): a task whose clerk uploads a file (form-js 1.8 has no file
   * picker) has an embedded form, a static page of the platform under /forms/, in Chinese.
   */
  private static void assertEmbeddedForm(String id, String formKey) throws IOException {
    assertThat(formKey).as("camunda:formKey of %s", id).matches("embedded:/forms/[a-z][a-z0-9-]*\\.html");
    Path page = EMBEDDED_FORMS.resolve(formKey.substring("embedded:/forms/".length()));
    assertThat(page).as("embedded form of %s", id).exists();
    assertThat(Files.readString(page)).as("embedded form of %s", id).contains("cam-script").matches("(?s).*\\p{IsHan}.*");
  }

  private static void assertForm(ModelElementInstance element, String formRef, String binding) throws IOException {
    String id = element.getAttributeValue("id");
    assertThat(formRef).as("camunda:formRef of %s", id).isNotBlank();
    assertThat(binding).as("formRefBinding of %s", id).isEqualTo("deployment");
    Path form = FORMS.resolve(formRef + ".form");
    assertThat(form).as("form of %s", id).exists();
    assertThat(new ObjectMapper().readTree(form.toFile()).path("id").asText()).isEqualTo(formRef);
  }

  private static String bean(String expression, String where) {
    Matcher matcher = BEAN.matcher(expression == null ? "" : expression);
    assertThat(matcher.matches()).as("%s calls a bean by name: %s", where, expression).isTrue();
    return matcher.group(1);
  }

  private static Set<String> componentNames() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = COMPONENT.matcher(Files.readString(source));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  private static Process process(Path file) {
    return read(file).getModelElementsByType(Process.class).iterator().next();
  }

  private static BpmnModelInstance read(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }
}
