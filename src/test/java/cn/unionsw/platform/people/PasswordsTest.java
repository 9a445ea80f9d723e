package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  final IdentityService identity = mock(IdentityService.class);
  final Passwords passwords = new Passwords(identity);
  final UserSpec spec = new UserSpec("zhangsan", "张三", "HE-SJZ-ZD", "县级经办", null, "short");

  @BeforeEach
  void users() {
    when(identity.newUser(anyString())).thenAnswer(call -> new UserEntity(call.getArgument(0)));
  }

  @Test
  void shouldGenerateAPasswordOfEveryKindOfCharacterWithoutLookAlikes() {
    String password = passwords.generate(spec);

    assertThat(password).hasSize(14).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
        .containsPattern("[^A-Za-z0-9]").doesNotContainPattern("[0O1lI]");
    assertThat(passwords.generate(spec)).isNotEqualTo(password);
  }

  @Test
  void shouldNameTheRulesAPasswordBreaksInChinese() {
    PasswordPolicyResult result = mock(PasswordPolicyResult.class);
    when(result.isValid()).thenReturn(false);
    List<PasswordPolicyRule> broken = List.of(rule("PASSWORD_POLICY_LENGTH", "10"), rule("PASSWORD_POLICY_DIGIT", "1"),
        rule("PASSWORD_POLICY_USER_DATA", null));
    when(result.getViolatedRules()).thenReturn(broken);
    when(identity.checkPasswordAgainstPolicy(anyString(), any())).thenReturn(result);

    assertThat(passwords.fault(spec)).hasValue(
        "初始密码不符合密码策略：至少 10 个字符，至少 1 个数字，不能包含账号、姓名或邮箱（可留空，由平台生成）");
  }

  private static PasswordPolicyRule rule(String placeholder, String parameter) {
    PasswordPolicyRule rule = mock(PasswordPolicyRule.class);
    when(rule.getPlaceholder()).thenReturn(placeholder);
    when(rule.getParameters()).thenReturn(parameter == null ? null : Map.of("min", parameter));
    return rule;
  }
}
