package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleNameTest {

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(nullValues = "-", textBlock = """
      省级审核,     reviewer,      省级
      市级审核员,   reviewer,      市级
      审核人员,     reviewer,      -
      reviewer,     reviewer,      -
      县级经办,     clerk,         县级
      市级经办人员, clerk,         市级
      经办人,       clerk,         -
      社工,         worker,        -
      工会社工,     worker,        -
      平台管理员,   camunda-admin, -
      camunda-admin, camunda-admin, -
      """)
  void shouldReadTheRolesAsAdministratorsWriteThem(String text, String group, String level) {
    assertThat(RoleName.parse(text)).isEqualTo(new RoleName(group, level));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"科长", "省级社工", "乡级审核", "Reviewer", "省级", "''"})
  void shouldKnowNoOtherRole(String text) {
    assertThat(RoleName.parse(text)).isNull();
  }
}
