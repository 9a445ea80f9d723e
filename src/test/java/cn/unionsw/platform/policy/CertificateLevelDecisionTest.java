package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code certificate-level}: Art. 15, every certificate the article names. */
class CertificateLevelDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.CERTIFICATE_LEVEL);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "劳动关系协调员,     LEVEL_3, labour-relations-coordinator",
      "人力资源管理员,     LEVEL_3, hr-administrator",
      "心理咨询师三级,     LEVEL_3, psychological-counsellor-3",
      "助理社会工作师,     LEVEL_3, assistant-social-worker",
      "劳动关系协调师,     LEVEL_2, labour-relations-specialist",
      "人力资源管理师,     LEVEL_2, hr-manager",
      "助理人力资源管理师, LEVEL_2, assistant-hr-manager",
      "心理咨询师二级,     LEVEL_2, psychological-counsellor-2",
      "社会工作师,         LEVEL_2, social-worker",
      "高级劳动关系协调师, LEVEL_1, senior-labour-relations-specialist",
      "高级人力资源管理师, LEVEL_1, senior-hr-manager",
      "心理咨询师一级,     LEVEL_1, psychological-counsellor-1",
      "高级社会工作师,     LEVEL_1, senior-social-worker",
  })
  void shouldGiveTheLevelOfEachCertificate(String certificate, String level, String rule) {
    var evaluation = TABLE.evaluate("certificate", certificate);

    assertThat(evaluation.output("certificateLevel")).isEqualTo(level);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "\"{0}\" → no level")
  @NullAndEmptySource
  @ValueSource(strings = {"教师资格证", "社会工作者", "心理咨询师", "LEVEL_1"})
  void shouldGiveNoLevelForCertificatesTheArticleDoesNotName(String certificate) {
    assertThat(TABLE.evaluate("certificate", certificate).isEmpty()).isTrue();
  }
}
