package cn.unionsw.platform.people;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Initial passwords under the engine's password policy: one an administrator gives is checked against it (and named
 * in Chinese where it falls short); one generated for a user without meets it, and is shown once, never stored but
 * hashed by the engine.
 */
@Component
class Passwords {

  /** Without the look-alikes (0 O, 1 l I), so that a password read out or copied from paper works first time. */
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIAL = "!#$%*+-=?@_";
  private static final int LENGTH = 14;
  private static final Map<String, String> RULES = Map.of(
      "PASSWORD_POLICY_LENGTH", "至少 %s 个字符",
      "PASSWORD_POLICY_LOWERCASE", "至少 %s 个小写字母",
      "PASSWORD_POLICY_UPPERCASE", "至少 %s 个大写字母",
      "PASSWORD_POLICY_DIGIT", "至少 %s 个数字",
      "PASSWORD_POLICY_SPECIAL", "至少 %s 个特殊字符",
      "PASSWORD_POLICY_USER_DATA", "不能包含账号、姓名或邮箱");

  private final IdentityService identityService;
  private final SecureRandom random = new SecureRandom();

  Passwords(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Why the spec's initial password does not meet the policy, or nothing. */
  Optional<String> fault(UserSpec spec) {
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(spec.password(), asUser(spec));
    if (result == null || result.isValid()) {
      return Optional.empty();
    }
    return Optional.of("初始密码不符合密码策略：" + result.getViolatedRules().stream().map(Passwords::chinese)
        .collect(Collectors.joining("，")) + "（可留空，由平台生成）");
  }

  /** A password meeting the policy for this user. */
  String generate(UserSpec spec) {
    for (int attempt = 0; ; attempt++) {
      List<Character> chars = new ArrayList<>();
      for (String kind : List.of(UPPER, LOWER, DIGITS, SPECIAL)) {
        chars.add(pick(kind));
      }
      String all = UPPER + LOWER + DIGITS + SPECIAL;
      while (chars.size() < LENGTH) {
        chars.add(pick(all));
      }
      Collections.shuffle(chars, random);
      String password = chars.stream().map(String::valueOf).collect(Collectors.joining());
      PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, asUser(spec));
      if (result == null || result.isValid() || attempt > 100) {
        return password;
      }
    }
  }

  private char pick(String from) {
    return from.charAt(random.nextInt(from.length()));
  }

  private User asUser(UserSpec spec) {
    User user = identityService.newUser(spec.userId() == null ? "" : spec.userId());
    user.setFirstName(spec.name());
    user.setLastName("");
    user.setEmail(spec.email());
    return user;
  }

  private static String chinese(PasswordPolicyRule rule) {
    String text = RULES.get(rule.getPlaceholder());
    String parameter = rule.getParameters() == null ? "" : String.join("", rule.getParameters().values());
    return text == null ? rule.getPlaceholder() : String.format(text, parameter);
  }
}
