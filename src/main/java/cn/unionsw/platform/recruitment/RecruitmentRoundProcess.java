package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids, typed variables and kernel declaration of {@code processes/recruitment-round.bpmn}: one per awarded
 * purchase round. The city's clerk starts it naming the round; imports the candidates; then signs off each stage once
 * for the whole round, which moves every candidate waiting there on by one engine batch.
 */
public final class RecruitmentRoundProcess {

  public static final String KEY = "recruitment-round";

  private RecruitmentRoundProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String OPEN = "open-recruitment";
    public static final String IMPORT_CANDIDATES = "import-candidates";

    private Elements() {
    }

    /** The city's one task for a stage. */
    public static String signOff(Stage stage) {
      return "sign-off-" + stage.name().toLowerCase().replace('_', '-');
    }
  }

  /** Process variables. */
  public static final class Vars {
    public static final Variable<Integer> PROCUREMENT_ROUND_ID =
        Variable.integer("procurementRoundId", 1, Integer.MAX_VALUE);
    public static final Variable<Integer> RECRUITMENT_ROUND_ID = RecruitmentProcess.Vars.RECRUITMENT_ROUND_ID;
    public static final Variable<String> CITY_CODE = Variable.text("cityCode", 64);
    public static final Variable<String> STAGE_SUMMARY = Variable.text("stageSummary", Variable.MAX_TEXT);
    public static final Variable<String> SIGN_OFF_NOTE = Variable.text("signOffNote", 500);

    private Vars() {
    }
  }

  /** The city's clerks start it and work every step. */
  public static final CaseDeclaration DECLARATION = declaration();

  private static CaseDeclaration declaration() {
    CaseDeclaration.Builder builder = CaseDeclaration.process(KEY)
        .casePrefix("招聘")
        .startedBy(Roles.CLERK)
        .startVariables(List.of(Vars.PROCUREMENT_ROUND_ID))
        .requiredAtStart(Vars.PROCUREMENT_ROUND_ID)
        .step(Step.task(Elements.IMPORT_CANDIDATES, "导入考生名单", Roles.CLERK, List.of()));
    for (Stage stage : Stage.values()) {
      builder.step(Step.task(Elements.signOff(stage), "确认" + stage.label() + "结果", Roles.CLERK,
          List.of(Vars.SIGN_OFF_NOTE)));
    }
    List<Variable<?>> internal = new ArrayList<>(List.of(Vars.RECRUITMENT_ROUND_ID, Vars.CITY_CODE,
        Vars.STAGE_SUMMARY));
    return builder.internal(internal).build();
  }
}
