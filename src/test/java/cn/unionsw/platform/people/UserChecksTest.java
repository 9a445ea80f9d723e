package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.UserChecks.Fault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad user, by field and reason, as a file's row and a single create alike get them. */
class UserChecksTest {

  static final Map<String, Organisation> ORGS = Map.of(
      "HE", org("HE", OrgType.PROVINCE, "河北省总工会"),
      "HE-SJZ", org("HE-SJZ", OrgType.CITY, "石家庄市总工会"),
      "HE-DZ", org("HE-DZ", OrgType.DIRECT_CITY, "定州市总工会"),
      "HE-SJZ-ZD", org("HE-SJZ-ZD", OrgType.COUNTY, "正定县总工会"),
      "HE-SJZ-ZD-ZDZ", org("HE-SJZ-ZD-ZDZ", OrgType.TOWNSHIP_STREET, "正定镇工会"));

  final IdentityService identity = mock(IdentityService.class);
  final UserQuery users = mock(UserQuery.class, RETURNS_SELF);
  final Passwords passwords = mock(Passwords.class);
  final ProcessEngineConfiguration engine = mock(ProcessEngineConfiguration.class);
  UserChecks checks;

  @BeforeEach
  void engine() {
    when(engine.getGeneralResourceWhitelistPattern()).thenReturn("[a-zA-Z0-9]+|camunda-admin");
    when(identity.createUserQuery()).thenReturn(users);
    when(users.count()).thenReturn(0L);
    when(passwords.fault(any())).thenReturn(Optional.empty());
    checks = new UserChecks(identity, passwords, engine);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a county clerk             | zhangsan | 张三 | HE-SJZ-ZD     | 县级经办
      a city reviewer            | lisi     | 李四 | HE-SJZ        | 市级审核
      a provincial reviewer      | wangwu   | 王五 | HE            | 省级审核
      Dingzhou's clerk (county)  | zhaoliu  | 赵六 | HE-DZ         | 县级经办
      Dingzhou's clerk (city)    | zhaoliu  | 赵六 | HE-DZ         | 市级经办人员
      a worker in a township     | sunqi    | 孙七 | HE-SJZ-ZD-ZDZ | 社工
      a reviewer by group id     | zhouba   | 周八 | HE-SJZ        | reviewer
      an administrator           | wujiu    | 吴九 | -             | 平台管理员
      """)
  void shouldAcceptWhatTheRegistryAndTheRolesAllow(String why, String id, String name, String org, String role) {
    assertThat(faults(new UserSpec(id, name, org, role, "x@unionsw.cn", null))).as(why).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      no account              | -            | 张三 | HE-SJZ-ZD     | 县级经办   | userId  | 平台账号不能为空
      a hyphen in the id      | zhang-san    | 张三 | HE-SJZ-ZD     | 县级经办   | userId  | 平台账号 zhang-san 不能用作 Camunda 用户 ID
      Chinese in the id       | 张三         | 张三 | HE-SJZ-ZD     | 县级经办   | userId  | 不能用作 Camunda 用户 ID
      a role group's id       | reviewer     | 张三 | HE-SJZ-ZD     | 县级经办   | userId  | 不能用作 Camunda 用户 ID
      no name                 | zhangsan     | -    | HE-SJZ-ZD     | 县级经办   | name    | 姓名不能为空
      no role                 | zhangsan     | 张三 | HE-SJZ-ZD     | -          | role    | 角色不能为空
      an unknown role         | zhangsan     | 张三 | HE-SJZ-ZD     | 科长       | role    | 角色无法识别：科长
      a levelled worker       | zhangsan     | 张三 | HE-SJZ-ZD-ZDZ | 县级社工   | role    | 角色无法识别：县级社工
      no organisation         | zhangsan     | 张三 | -             | 县级经办   | orgCode | 组织代码不能为空
      an unknown organisation | zhangsan     | 张三 | HE-SJZ-XX     | 县级经办   | orgCode | 组织 HE-SJZ-XX 未登记（请先导入组织）
      a malformed code        | zhangsan     | 张三 | he-sjz        | 县级经办   | orgCode | 组织代码格式不正确：he-sjz
      an admin in an org      | zhangsan     | 张三 | HE            | 平台管理员 | orgCode | 平台管理员不属于任何组织，组织代码须留空
      a level not the org's   | zhangsan     | 张三 | HE-SJZ        | 省级审核   | role    | 石家庄市总工会（HE-SJZ）：「省级审核」须属省级工会，该组织是市级工会
      a worker in a county    | zhangsan     | 张三 | HE-SJZ-ZD     | 社工       | role    | 工会社工须属基层单位
      a clerk in a township   | zhangsan     | 张三 | HE-SJZ-ZD-ZDZ | 经办人员   | role    | 经办人员须属省、市、县级工会，该组织是基层单位（乡镇（街道）工会）
      """)
  void shouldNameEachKindOfBadUser(String why, String id, String name, String org, String role, String field,
      String reason) {
    List<Fault> faults = faults(new UserSpec(id, name, org, role, null, null));

    assertThat(faults).as(why).hasSize(1);
    assertThat(faults.get(0).field()).isEqualTo(field);
    assertThat(faults.get(0).reason()).contains(reason);
  }

  @Test
  void shouldRefuseAnIdLongerThanAUserIdColumn() {
    assertThat(faults(new UserSpec("a".repeat(65), "张三", "HE-SJZ-ZD", "县级经办", null, null)))
        .extracting(Fault::field).containsExactly("userId");
  }

  @Test
  void shouldRefuseAMalformedEmail() {
    assertThat(faults(new UserSpec("zhangsan", "张三", "HE-SJZ-ZD", "县级经办", "zhangsan.unionsw.cn", null)))
        .containsExactly(new Fault("email", "电子邮箱格式不正确：zhangsan.unionsw.cn"));
  }

  @Test
  void shouldNameAPasswordThePolicyRefuses() {
    when(passwords.fault(any())).thenReturn(Optional.of("初始密码不符合密码策略：至少 10 个字符"));

    assertThat(faults(new UserSpec("zhangsan", "张三", "HE-SJZ-ZD", "县级经办", null, "short")))
        .containsExactly(new Fault("password", "初始密码不符合密码策略：至少 10 个字符"));
  }

  @Test
  void shouldKeepAnAdministratorFromTakingTheirOwnRole() {
    when(users.count()).thenReturn(1L, 3L);

    assertThat(checks.faults(new UserSpec("admin", "管理员", "HE-SJZ", "市级审核", null, null), "admin",
        code -> Optional.ofNullable(ORGS.get(code))))
        .containsExactly(new Fault("role", "不能取消自己的平台管理员角色"));
  }

  @Test
  void shouldKeepTheLastAdministrator() {
    when(users.count()).thenReturn(1L, 1L);

    assertThat(checks.faults(new UserSpec("admin2", "管理员", "HE-SJZ", "市级审核", null, null), "admin",
        code -> Optional.ofNullable(ORGS.get(code))))
        .containsExactly(new Fault("role", "不能取消最后一位平台管理员的角色"));
  }

  @Test
  void shouldNameEveryFaultOfOneUser() {
    when(passwords.fault(any())).thenReturn(Optional.of("初始密码不符合密码策略"));

    assertThat(faults(new UserSpec("zhang san", null, "HE-XX", "科长", "x", "weak")))
        .extracting(Fault::field).containsExactly("userId", "name", "role", "orgCode", "email", "password");
  }

  private List<Fault> faults(UserSpec spec) {
    return checks.faults(spec, "admin", code -> Optional.ofNullable(ORGS.get(code)));
  }

  private static Organisation org(String code, OrgType type, String name) {
    return new Organisation(code, null, name, type, null, null, null);
  }
}
