package cn.unionsw.platform.people;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgRules;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.sheets.SheetRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * What makes a user's spec good, every fault named by its field: an account Camunda takes as a user id (its
 * configured pattern, letters and digits by default), a name, a role known in Chinese and fitting the organisation,
 * a registered organisation (none for administrators), a well-formed e-mail, an initial password meeting the
 * policy; and no administrator's role taken from themselves or from the last administrator.
 */
@Component
class UserChecks {

  static final int MAX_ID = 64;
  static final int MAX_NAME = 64;
  static final int MAX_EMAIL = 128;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final IdentityService identityService;
  private final Passwords passwords;
  private final Pattern userIds;

  UserChecks(IdentityService identityService, Passwords passwords, ProcessEngineConfiguration engineConfiguration) {
    this.identityService = identityService;
    this.passwords = passwords;
    // As the engine decides (EnsureUtil.ensureWhitelistedResourceId): the user pattern if set, else the general one.
    String pattern = engineConfiguration.getUserResourceWhitelistPattern();
    this.userIds = Pattern.compile(pattern == null || pattern.isEmpty()
        ? engineConfiguration.getGeneralResourceWhitelistPattern() : pattern);
  }

  /** A fault of one field of a user. */
  record Fault(String field, String reason) {
  }

  /** Every fault of the spec, on its own and against the registry, the users and the password policy. */
  List<Fault> faults(UserSpec spec, String caller, Function<String, Optional<Organisation>> orgs) {
    List<Fault> faults = new ArrayList<>();
    String id = spec.userId();
    if (id == null) {
      faults.add(new Fault("userId", "平台账号不能为空"));
    } else if (id.length() > MAX_ID || !userIds.matcher(id).matches() || UserAccounts.ROLE_GROUPS.contains(id)) {
      faults.add(new Fault("userId", "平台账号 " + echo(id) + " 不能用作 Camunda 用户 ID：只能由英文字母和数字组成（不能有"
          + "连字符、空格或中文），最多 " + MAX_ID + " 个字符"));
    }
    if (spec.name() == null) {
      faults.add(new Fault("name", "姓名不能为空"));
    } else if (spec.name().codePointCount(0, spec.name().length()) > MAX_NAME) {
      faults.add(new Fault("name", "姓名最多 " + MAX_NAME + " 个字"));
    } else if (OrgRules.hasControl(spec.name())) {
      faults.add(new Fault("name", "姓名不能含控制字符"));
    }
    RoleName role = RoleName.parse(spec.role());
    if (role == null) {
      faults.add(new Fault("role", spec.role() == null ? "角色不能为空"
          : "角色无法识别：" + echo(spec.role()) + "（须为 " + RoleName.CHOICES + "）"));
    }
    orgFault(spec.orgCode(), role, orgs).ifPresent(faults::add);
    if (spec.email() != null && (spec.email().length() > MAX_EMAIL || !EMAIL.matcher(spec.email()).matches()
        || OrgRules.hasControl(spec.email()))) {
      faults.add(new Fault("email", "电子邮箱格式不正确：" + echo(spec.email())));
    }
    if (spec.password() != null) {
      passwords.fault(spec).ifPresent(reason -> faults.add(new Fault("password", reason)));
    }
    if (id != null && role != null && !role.admin() && isAdmin(id)) {
      if (id.equals(caller)) {
        faults.add(new Fault("role", "不能取消自己的平台管理员角色"));
      } else if (identityService.createUserQuery().memberOfGroup(Roles.ADMIN).count() <= 1) {
        faults.add(new Fault("role", "不能取消最后一位平台管理员的角色"));
      }
    }
    return faults;
  }

  private static Optional<Fault> orgFault(String code, RoleName role, Function<String, Optional<Organisation>> orgs) {
    if (role != null && role.admin()) {
      return code == null ? Optional.empty()
          : Optional.of(new Fault("orgCode", "平台管理员不属于任何组织，组织代码须留空"));
    }
    if (code == null) {
      return Optional.of(new Fault("orgCode", "组织代码不能为空"));
    }
    if (!Codes.isValid(code)) {
      return Optional.of(new Fault("orgCode", "组织代码格式不正确：" + echo(code) + "（如 HE-SJZ-ZD）"));
    }
    Optional<Organisation> org = orgs.apply(code);
    if (org.isEmpty()) {
      return Optional.of(new Fault("orgCode", "组织 " + code + " 未登记（请先导入组织）"));
    }
    String misfit = role == null ? null : role.misfit(org.get().type());
    return misfit == null ? Optional.empty() : Optional.of(new Fault("role", org.get().name() + "（" + code + "）："
        + misfit));
  }

  private boolean isAdmin(String userId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(Roles.ADMIN).count() > 0;
  }

  private static String echo(String text) {
    return SheetRows.echo(text);
  }
}
