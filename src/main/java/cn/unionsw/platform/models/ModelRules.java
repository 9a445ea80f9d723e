package cn.unionsw.platform.models;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every model of the platform keeps (STYLE.md "Models", CONTRACT.md "Decisions"), in one place for the
 * model tests, which hold the repository's files to them, and for the engine, which refuses at run time a
 * deployment that breaks them, whichever door it came through (engine REST and so the desktop Modeler, the
 * platform's own {@code /api/models}, the auto-deployment at start; {@link ModelRulesPlugin}). Before, a model
 * deployed at run time bypassed every rule the tests enforced: a renamed contract output or a {@code camunda:class}
 * went live unseen.
 *
 * <p>Only what a model says is checked here; where the repository keeps its files (a file named after its id, a
 * table test per decision) stays with the tests.
 */
public final class ModelRules {

  /** Ids that code, tests, conditions and logs refer to: lower case words joined by hyphens. */
  static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  /** What the Modeler generates ({@code Activity_0x1abcd}, {@code Flow_1c9d2ef}). */
  static final Pattern GENERATED_ID = Pattern.compile("(?i).*_[0-9][0-9a-z]{6}$");
  static final Pattern CHINESE = Pattern.compile("(?s).*\\p{IsHan}.*");

  private ModelRules() {
  }

  /** One broken rule: its name (e.g. {@code meaningful-id}), the element at fault and what is wrong, in Chinese. */
  public record Violation(String rule, String element, String message) {

    @Override
    public String toString() {
      return rule + " @ " + element + ": " + message;
    }
  }

  /**
   * What a model refers to outside itself: the Spring beans its delegates name, the platform's embedded form
   * pages, the forms deployed beside it. The engine answers from the running application, the tests from the
   * repository.
   */
  public interface Surroundings {

    boolean beanExists(String name);

    /** The page under {@code /forms/} ({@code static/forms/<page>}), if the platform has it. */
    Optional<String> embeddedForm(String page);

    /** Whether a Camunda Form with this id is deployed together with the model (binding "deployment"). */
    boolean formInDeployment(String formId);
  }

  /** The kinds of resource the rules know; others pass unchecked (a picture beside a model, say). */
  public enum Kind {
    BPMN, DMN, FORM;

    /**
     * By the resource's name, as the engine's deployers tell them apart: by the suffix alone, without a dot
     * ({@code x.xbpmn} and {@code probexdmn} are deployed as models too), and in any case.
     */
    public static Optional<Kind> of(String resourceName) {
      String name = lower(resourceName);
      if (name.endsWith("bpmn") || name.endsWith("bpmn20.xml")) {
        return Optional.of(BPMN);
      }
      if (name.endsWith("dmn") || name.endsWith("dmn11.xml")) {
        return Optional.of(DMN);
      }
      if (name.endsWith("form")) {
        return Optional.of(FORM);
      }
      return Optional.empty();
    }
  }

  /** A case model (CMMN), which the engine would deploy and the platform never runs. */
  static boolean isCaseModel(String resourceName) {
    String name = lower(resourceName);
    return name.endsWith("cmmn") || name.endsWith("cmmn10.xml") || name.endsWith("cmmn11.xml");
  }

  private static String lower(String resourceName) {
    return resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
  }

  /** Every rule one resource breaks, none when it keeps them all or is of a kind the rules do not know. */
  public static List<Violation> check(String resourceName, byte[] content, Surroundings surroundings) {
    if (isCaseModel(resourceName)) {
      return List.of(violation("no-case-models", resourceName, "平台不运行 CMMN 案例模型，不可部署"));
    }
    return Kind.of(resourceName).map(kind -> switch (kind) {
      case BPMN -> ProcessRules.check(resourceName, content, surroundings);
      case DMN -> DecisionRules.check(resourceName, content);
      case FORM -> FormRules.check(resourceName, content);
    }).orElse(List.of());
  }

  /** The id of a Camunda Form (its JSON's {@code id}), or empty when it has none or does not parse. */
  public static Optional<String> formId(byte[] content) {
    return FormRules.id(content);
  }

  static Violation violation(String rule, String element, String message) {
    return new Violation(rule, element == null || element.isBlank() ? "(无 id)" : element, message);
  }
}
