package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the models in {@code dmn/} against drift: the contract decisions keep CONTRACT.md's keys, inputs, outputs
 * and enumerations, and every decision has a history time to live, FEEL only, a stated hit policy, meaningful ids
 * and an annotation citing the article on every rule.
 */
class DecisionModelTest {

  static final Path DMN = Path.of("dmn");

  /** CONTRACT.md "Decisions": key → inputs, outputs (in column order). */
  static final Map<String, List<List<String>>> CONTRACT = Map.of(
      "post-quota", List.of(List.of("unitType", "employeeCount"), List.of("maxPosts")),
      "certificate-level", List.of(List.of("certificate"), List.of("certificateLevel")),
      "grade-eligibility", List.of(List.of("aptitudeTestPassed", "certificateLevel", "examEligible",
          "socialWorkBachelor", "workYears", "yearsInLevel3", "yearsInLevel2"), List.of("eligibleGrade")),
      "candidate-eligibility", List.of(List.of("age", "education", "unionWorkYears"), List.of("eligible", "reason")),
      "evaluation-outcome", List.of(List.of("score", "satisfactionRate", "unreportedIncidents", "keyTasksCompleted",
          "seriousMisconduct", "incompetent", "severe"), List.of("outcome")),
      "evaluation-consequences", List.of(List.of("outcome", "previousOutcome", "allowanceTier"),
          List.of("bonusPercent", "nextAllowanceTier", "retrainingRequired", "replaceWorker")),
      "post-pay", List.of(List.of("postGrade", "allowanceTier", "minimumWage"),
          List.of("monthlyWage", "monthlyAllowance")),
      "funding-split", List.of(List.of("postLocation"),
          List.of("provinceParts", "cityParts", "countyParts", "excessBorneBy")));

  static final Set<String> UNIT_TYPES = Set.of("TOWNSHIP_STREET", "DEV_ZONE", "UNION_OFFICE",
      "SERVICE_CENTER_COUNTY_STANDARD", "SERVICE_CENTER_COUNTY_MODEL", "SERVICE_CENTER_CITY");
  static final Set<String> LEVELS = Set.of("LEVEL_3", "LEVEL_2", "LEVEL_1");
  static final Set<String> GRADES = Set.of("ENTRY", "LEVEL_3", "LEVEL_2", "LEVEL_1");
  static final Set<String> OUTCOMES = Set.of("EXCELLENT", "QUALIFIED", "BASIC", "FAILED");

  /** CONTRACT.md enumerations, by decision and variable: every string literal used there must be one of them. */
  static final Map<String, Map<String, Set<String>>> ENUMERATIONS = Map.of(
      "post-quota", Map.of("unitType", UNIT_TYPES),
      "certificate-level", Map.of(
          "certificate", Set.of("劳动关系协调员", "人力资源管理员", "心理咨询师三级", "助理社会工作师", "劳动关系协调师", "人力资源管理师",
              "助理人力资源管理师", "心理咨询师二级", "社会工作师", "高级劳动关系协调师", "高级人力资源管理师", "心理咨询师一级", "高级社会工作师"),
          "certificateLevel", LEVELS),
      "grade-eligibility", Map.of("certificateLevel", union(LEVELS, Set.of("NONE")),
          "eligibleGrade", union(GRADES, Set.of("NONE"))),
      "candidate-eligibility", Map.of("education", Set.of("BELOW_COLLEGE", "COLLEGE", "BACHELOR", "MASTER", "DOCTOR")),
      "evaluation-outcome", Map.of("outcome", OUTCOMES),
      "evaluation-consequences", Map.of("outcome", OUTCOMES, "previousOutcome", union(OUTCOMES, Set.of("NONE"))),
      "post-pay", Map.of("postGrade", GRADES),
      "funding-split", Map.of("postLocation", Set.of("CITY_LEVEL", "COUNTY_LEVEL", "DIRECT_CITY"),
          "excessBorneBy", Set.of("CITY", "COUNTY")));

  /**
   * An annotation cites the article: 第十条, Art. 10, or a document number (the Jiangsu and Mianyang variants; the
   * Ministry of Finance's Order 87 and circular 财库〔2007〕2号 for bid scoring).
   */
  static final Pattern CITATION = Pattern.compile(
      "第[一二三四五六七八九十]+条|Art\\. ?\\d+|苏政办发〔2020〕41号|绵工发〔2017〕52号|财政部令第87号|财库〔2007〕2号");
  static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final Set<String> FEEL = Set.of("feel", "feel-scala", "https://www.omg.org/spec/DMN/20191111/FEEL/");
  static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(DMN)) {
      return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList().stream();
    }
  }

  @Test
  void shouldHaveAFileForEveryContractDecision() {
    for (String key : CONTRACT.keySet()) {
      assertThat(DMN.resolve(key + ".dmn")).as("dmn/%s.dmn", key).exists();
    }
    assertThat(DMN.resolve("post-quota-jiangsu.dmn")).exists();
    assertThat(DMN.resolve("post-quota-mianyang.dmn")).exists();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldNameTheFileAfterItsOneDecision(Path file) {
    Collection<Decision> decisions = read(file).getModelElementsByType(Decision.class);

    assertThat(decisions).hasSize(1);
    assertThat(file.getFileName().toString()).isEqualTo(decisions.iterator().next().getId() + ".dmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldSetAHistoryTimeToLive(Path file) {
    Decision decision = decision(file);

    assertThat(decision.getCamundaHistoryTimeToLiveString()).as("camunda:historyTimeToLive of %s", decision.getId())
        .isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldAnnotateEveryRuleWithItsArticle(Path file) {
    for (Rule rule : table(file).getRules()) {
      String annotation = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
      assertThat(annotation).as("annotation of %s in %s", rule.getId(), file).containsPattern(CITATION);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldUseUniqueOrExplainTheHitPolicy(Path file) {
    Decision decision = decision(file);
    DecisionTable table = table(file);
    HitPolicy hitPolicy = table.getHitPolicy();
    if (hitPolicy == HitPolicy.UNIQUE) {
      return;
    }
    assertThat(decision.getDescription().getTextContent()).as("why %s uses %s", decision.getId(), hitPolicy)
        .containsIgnoringCase("hit policy " + hitPolicy.name());
    if (hitPolicy == HitPolicy.FIRST) {
      List<Rule> rules = List.copyOf(table.getRules());
      Rule last = rules.get(rules.size() - 1);
      assertThat(last.getInputEntries()).as("the last rule of a FIRST table catches all")
          .allSatisfy(entry -> assertThat(entry.getTextContent().trim()).isIn("-", ""));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldUseFeelAndTypesAndMeaningfulIds(Path file) {
    DmnModelInstance model = read(file);
    DecisionTable table = table(file);
    for (Input input : table.getInputs()) {
      assertThat(input.getInputExpression().getTypeRef()).as("typeRef of input %s", input.getId()).isNotBlank();
      assertFeel(input.getInputExpression().getExpressionLanguage(), input.getId());
    }
    for (Output output : table.getOutputs()) {
      assertThat(output.getTypeRef()).as("typeRef of output %s", output.getName()).isNotBlank();
    }
    for (UnaryTests entry : model.getModelElementsByType(InputEntry.class)) {
      assertFeel(entry.getExpressionLanguage(), entry.getId());
    }
    for (LiteralExpression entry : model.getModelElementsByType(OutputEntry.class)) {
      assertFeel(entry.getExpressionLanguage(), entry.getId());
    }
    for (Rule rule : table.getRules()) {
      assertThat(rule.getId()).as("rule id").startsWith("rule-").matches(MEANINGFUL_ID);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractKeys")
  void shouldKeepTheContractInputsAndOutputs(String key) {
    DecisionTable table = table(DMN.resolve(key + ".dmn"));

    assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent().trim())
        .as("inputs of %s", key).containsExactlyElementsOf(CONTRACT.get(key).get(0));
    assertThat(table.getOutputs()).extracting(Output::getName)
        .as("outputs of %s", key).containsExactlyElementsOf(CONTRACT.get(key).get(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractKeys")
  void shouldKeepTheContractEnumerations(String key) {
    DecisionTable table = table(DMN.resolve(key + ".dmn"));
    List<Input> inputs = List.copyOf(table.getInputs());
    List<Output> outputs = List.copyOf(table.getOutputs());
    ENUMERATIONS.getOrDefault(key, Map.of()).forEach((variable, allowed) -> {
      for (Rule rule : table.getRules()) {
        for (int i = 0; i < inputs.size(); i++) {
          if (variable.equals(inputs.get(i).getInputExpression().getText().getTextContent().trim())) {
            assertThat(literals(List.copyOf(rule.getInputEntries()).get(i))).as("%s of %s", variable, rule.getId())
                .isSubsetOf(allowed);
          }
        }
        for (int i = 0; i < outputs.size(); i++) {
          if (variable.equals(outputs.get(i).getName())) {
            assertThat(literals(List.copyOf(rule.getOutputEntries()).get(i))).as("%s of %s", variable, rule.getId())
                .isSubsetOf(allowed);
          }
        }
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void shouldCheckItsOwnTest(Path file) {
    String key = decision(file).getId();
    String name = Stream.of(key.split("-")).map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
        .reduce("", String::concat);
    boolean ownTest = Files.exists(Path.of("src/test/java/cn/unionsw/platform/policy", name + "DecisionTest.java"));
    boolean variantTest = key.startsWith("post-quota-")
        && Files.exists(Path.of("src/test/java/cn/unionsw/platform/policy/PostQuotaVariantsDecisionTest.java"));
    assertThat(ownTest || variantTest).as("a table test for %s", key).isTrue();
  }

  static Stream<String> contractKeys() {
    return CONTRACT.keySet().stream().sorted();
  }

  private static Set<String> literals(ModelElementInstance entry) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = STRING_LITERAL.matcher(entry.getTextContent());
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static void assertFeel(String expressionLanguage, String id) {
    if (expressionLanguage != null) {
      assertThat(expressionLanguage.toLowerCase()).as("expression language of %s", id).isIn(FEEL);
    }
  }

  private static DmnModelInstance read(Path file) {
    return Dmn.readModelFromFile(file.toFile());
  }

  private static Decision decision(Path file) {
    return read(file).getModelElementsByType(Decision.class).iterator().next();
  }

  private static DecisionTable table(Path file) {
    return (DecisionTable) decision(file).getExpression();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
