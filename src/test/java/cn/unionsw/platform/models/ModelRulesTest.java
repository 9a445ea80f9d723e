package cn.unionsw.platform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.unionsw.platform.models.ModelRules.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ModelRules} refuses what it is there to refuse, naming itself and the element. */
class ModelRulesTest {

  static final RepositorySurroundings REPOSITORY = RepositorySurroundings.read();

  static String bpmn(String processAttributes, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="urn:unionsw:rules">
          <process id="rules-probe" name="规则探针" isExecutable="true" camunda:isStartableInTasklist="false" %s>
            <startEvent id="probe-start"/>
            <sequenceFlow id="probe-flow" sourceRef="probe-start" targetRef="probe-end"/>
            <endEvent id="probe-end"/>
            %s
          </process>
        </definitions>
        """.formatted(processAttributes, body);
  }

  static List<Violation> checkBpmn(String processAttributes, String body) {
    return ModelRules.check("rules-probe.bpmn", bpmn(processAttributes, body).getBytes(StandardCharsets.UTF_8),
        REPOSITORY);
  }

  static List<Violation> checkFile(String file, String from, String to) throws IOException {
    String text = Files.readString(Path.of(file));
    assertThat(text).contains(from);
    return ModelRules.check(Path.of(file).getFileName().toString(),
        text.replace(from, to).getBytes(StandardCharsets.UTF_8), REPOSITORY);
  }

  @Test
  void shouldPassAModelThatKeepsTheRules() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"", "")).isEmpty();
  }

  @Test
  void shouldRefuseAGeneratedId() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"", "<userTask id=\"Activity_0x1abcd\"/>"))
        .extracting(Violation::rule, Violation::element).contains(tuple("meaningful-id", "Activity_0x1abcd"));
  }

  @Test
  void shouldRefuseCamundaClass() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"",
        "<serviceTask id=\"approve-by-class\" camunda:class=\"cn.unionsw.platform.posts.Approve\"/>"))
        .extracting(Violation::rule, Violation::element).contains(tuple("no-camunda-class", "approve-by-class"));
  }

  @Test
  void shouldRefuseCamundaClassOnAListener() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"", "<userTask id=\"listened-task\"><extensionElements>"
        + "<camunda:taskListener class=\"cn.unionsw.platform.Listener\" event=\"create\"/></extensionElements>"
        + "</userTask>"))
        .extracting(Violation::rule, Violation::element).contains(tuple("no-camunda-class", "listened-task"));
  }

  @Test
  void shouldRefuseAnUnknownBean() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"",
        "<serviceTask id=\"call-nobody\" camunda:delegateExpression=\"${noSuchDelegate}\"/>"))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("known-bean", "call-nobody"));
  }

  @Test
  void shouldRefuseAShortHistoryTimeToLive() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"30\"", ""))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("history-time-to-live", "rules-probe"));
  }

  @Test
  void shouldRefuseAUserTaskWithoutAFormOrAGroupTaskWithoutADueDate() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"",
        "<userTask id=\"review-somehow\" camunda:candidateGroups=\"HE\"/>"))
        .extracting(Violation::rule, Violation::element)
        .containsExactly(tuple("form-ref", "review-somehow"), tuple("due-date", "review-somehow"));
  }

  @Test
  void shouldRefuseAFormThatIsNotDeployedWithTheProcess() {
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"", "<userTask id=\"fill-something\" "
        + "camunda:formRef=\"no-such-form\" camunda:formRefBinding=\"deployment\"/>"))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("form-in-deployment", "fill-something"));
  }

  @Test
  void shouldRefuseARenamedContractOutput() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "name=\"maxPosts\"", "name=\"postLimit\""))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("contract-outputs", "post-quota"));
  }

  @Test
  void shouldRefuseARenamedContractInput() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "<text>employeeCount</text>", "<text>staff</text>"))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("contract-inputs", "post-quota"));
  }

  @Test
  void shouldRefuseAValueOutsideTheContractEnumeration() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "<text>\"UNION_OFFICE\"</text>", "<text>\"UNION_HQ\"</text>"))
        .extracting(Violation::rule, Violation::element)
        .containsExactly(tuple("contract-enumeration", "rule-union-office"));
  }

  @Test
  void shouldRefuseARuleWithoutItsArticle() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "冀工发〔2017〕30号 第十条 (Art. 10)：市、县总工会机关", "市、县总工会机关"))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("rule-annotation", "rule-union-office"));
  }

  @Test
  void shouldRefuseAnUnexplainedHitPolicy() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "hitPolicy=\"UNIQUE\"", "hitPolicy=\"ANY\""))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("hit-policy", "post-quota"));
  }

  @Test
  void shouldRefuseADecisionWithoutHistoryTimeToLive() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "camunda:historyTimeToLive=\"P1095D\"", ""))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("history-time-to-live", "post-quota"));
  }

  @Test
  void shouldRefuseAFormLabelledInEnglish() throws IOException {
    String form = Files.readString(Path.of("forms/post-application-review.form"));
    String label = form.replaceFirst("(?s).*?\"label\"\\s*:\\s*\"([^\"]*)\".*", "$1");

    assertThat(ModelRules.check("post-application-review.form",
        form.replace("\"" + label + "\"", "\"Decision\"").getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule).contains("chinese-label");
  }

  @Test
  void shouldCheckAModelWhateverItsNameEndsInAsTheEngineDeploysIt() {
    // The engine's deployers take a name by its suffix alone: x.xbpmn is a process, probexdmn a decision.
    byte[] generated = bpmn("camunda:historyTimeToLive=\"P180D\"", "<userTask id=\"Activity_0x1abcd\"/>")
        .getBytes(StandardCharsets.UTF_8);

    for (String name : List.of("x.xbpmn", "badbpmn", "x.BPMN20.XML")) {
      assertThat(ModelRules.check(name, generated, REPOSITORY)).as(name).extracting(Violation::rule)
          .contains("meaningful-id");
    }
    assertThat(ModelRules.Kind.of("probexdmn")).contains(ModelRules.Kind.DMN);
    assertThat(ModelRules.Kind.of("badxform")).contains(ModelRules.Kind.FORM);
  }

  @Test
  void shouldRefuseACaseModel() {
    assertThat(ModelRules.check("probe.cmmn", "<definitions/>".getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("no-case-models", "probe.cmmn"));
  }

  @Test
  void shouldRefuseCodeInAModelWhereverItIsWritten() {
    String activiti = bpmn("camunda:historyTimeToLive=\"P180D\"", "<sendTask id=\"send-one\" "
        + "activiti:class=\"does.not.Exist\"/>").replace("<definitions ",
            "<definitions xmlns:activiti=\"http://activiti.org/bpmn\" ");

    assertThat(ModelRules.check("rules-probe.bpmn", activiti.getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule).contains("no-code-in-models");
    assertThat(checkBpmn("camunda:historyTimeToLive=\"P180D\"", "<sendTask id=\"send-expression\" "
        + "camunda:expression=\"${1}\"/><businessRuleTask id=\"rule-by-bean\" "
        + "camunda:delegateExpression=\"${noSuchDelegate}\"/><scriptTask id=\"run-script\" scriptFormat=\"javascript\">"
        + "<script>1</script></scriptTask><userTask id=\"listened-task\"><extensionElements>"
        + "<camunda:executionListener event=\"start\" expression=\"${execution.processEngineServices}\"/>"
        + "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
        + "</camunda:executionListener></extensionElements></userTask>"))
        .extracting(Violation::rule, Violation::element).contains(tuple("no-code-in-models", "send-expression"),
            tuple("known-bean", "rule-by-bean"), tuple("no-code-in-models", "run-script"),
            tuple("no-code-in-models", "listened-task"));
  }

  @Test
  void shouldRefuseAContractDecisionThatIsNoTable() throws IOException {
    String literal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="definitions-post-quota" name="岗位上限" namespace="urn:unionsw:rules">
          <decision id="post-quota" name="岗位上限" camunda:historyTimeToLive="P1095D">
            <variable id="quota-variable" name="quota"/>
            <literalExpression id="quota-literal"><text>99</text></literalExpression>
          </decision>
        </definitions>
        """;

    assertThat(ModelRules.check("post-quota.dmn", literal.getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule, Violation::element).contains(tuple("contract-outputs", "post-quota"));
  }

  @Test
  void shouldRefuseADefaultLanguageOtherThanFeel() throws IOException {
    assertThat(checkFile("dmn/post-quota.dmn", "namespace=\"http://unionsw.cn/schema/dmn/policy\">",
        "namespace=\"http://unionsw.cn/schema/dmn/policy\" expressionLanguage=\"juel\">"))
        .extracting(Violation::rule, Violation::element).contains(tuple("feel", "definitions-post-quota"));
  }

  @Test
  void shouldCheckTheFieldsInsideAGroupOfAForm() {
    String form = """
        {"id": "grouped-form", "executionPlatform": "Camunda Platform", "components": [
          {"type": "group", "id": "group-one", "label": "分组", "components": [
            {"type": "textfield", "key": "Bad_Key!", "label": "english only"}]}]}
        """;
    String notAList = """
        {"id": "odd-form", "executionPlatform": "Camunda Platform", "components": {"key": 1}}
        """;

    assertThat(ModelRules.check("grouped-form.form", form.getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule).contains("chinese-label", "field-key");
    assertThat(ModelRules.check("odd-form.form", notAList.getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule).containsExactly("form-components");
  }

  @Test
  void shouldNameTheResourceThatDoesNotParse() {
    assertThat(ModelRules.check("broken.dmn", "<definitions".getBytes(StandardCharsets.UTF_8), REPOSITORY))
        .extracting(Violation::rule, Violation::element).containsExactly(tuple("parse", "broken.dmn"));
  }

  @Test
  void shouldLeaveOtherResourcesAlone() {
    assertThat(ModelRules.check("diagram.png", new byte[] {1, 2, 3}, REPOSITORY)).isEmpty();
  }
}
