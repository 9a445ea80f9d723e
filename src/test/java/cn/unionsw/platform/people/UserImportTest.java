package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.InOneCommandTest;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.people.UserAccounts.Outcome;
import cn.unionsw.platform.people.UserChecks.Fault;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The users file: read in any column order, every bad row named by its header, applied only when all are good. */
class UserImportTest {

  static final String HEADER = "平台账号,姓名,组织代码,角色,电子邮箱,初始密码\n";

  final UserAccounts accounts = mock(UserAccounts.class);
  final UserChecks checks = mock(UserChecks.class);
  final UserImport userImport = new UserImport(accounts, checks, mock(OrgService.class), InOneCommandTest.direct());

  @BeforeEach
  void allGood() {
    when(checks.faults(any(), eq("admin"), any())).thenReturn(List.of());
  }

  @Test
  void shouldReadColumnsInAnyOrderWithBlankOptionalCells() {
    List<RowError> errors = new ArrayList<>();
    var lines = UserImport.read(bytes("角色, 姓名 ,*平台账号,组织代码\n县级经办,张三,zhangsan,HE-SJZ-ZD\n\n社工,孙七,sunqi,"
        + "HE-SJZ-ZD-ZDZ\n"), "用户.csv", errors);

    assertThat(errors).isEmpty();
    assertThat(lines).containsExactly(
        new UserImport.Line(2, new UserSpec("zhangsan", "张三", "HE-SJZ-ZD", "县级经办", null, null)),
        new UserImport.Line(4, new UserSpec("sunqi", "孙七", "HE-SJZ-ZD-ZDZ", "社工", null, null)));
  }

  @Test
  void shouldNameARepeatedAccountWhateverItsCase() {
    List<RowError> errors = new ArrayList<>();
    UserImport.read(bytes(HEADER + "zhangsan,张三,HE-SJZ-ZD,县级经办,,\nZhangSan,张三,HE-SJZ-LC,县级经办,,\n"),
        "用户.csv", errors);

    assertThat(errors).containsExactly(new RowError(3, "userId", "平台账号 ZhangSan 与第 2 行重复（不分大小写）",
        "平台账号"));
  }

  @Test
  void shouldRefuseAFileWithoutItsRequiredColumns() {
    assertThatThrownBy(() -> load(HEADER.replace("角色,", "") + "zhangsan,张三,HE-SJZ-ZD,,\n"))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.rows()).extracting(RowError::reason)
            .containsExactly("缺少必填列「角色」（第 1 行须为表头：平台账号、姓名、组织代码、角色、电子邮箱、初始密码，顺序不限）"));
  }

  @Test
  void shouldRefuseAFileWithoutUsers() {
    assertThatThrownBy(() -> load(HEADER + "\n,,,,,\n"))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.getMessage()).contains("文件中没有用户"));
  }

  @Test
  void shouldNameEveryBadRowWithItsHeaderAndWriteNobody() {
    when(checks.faults(eq(new UserSpec("lisi", "李四", "HE-XX", "市级审核", null, null)), eq("admin"), any()))
        .thenReturn(List.of(new Fault("orgCode", "组织 HE-XX 未登记（请先导入组织）")));
    when(checks.faults(eq(new UserSpec("wangwu", "王五", "HE", "科长", null, null)), eq("admin"), any()))
        .thenReturn(List.of(new Fault("role", "角色无法识别：科长")));

    assertThatThrownBy(() -> load(HEADER + "zhangsan,张三,HE-SJZ-ZD,县级经办,,\nlisi,李四,HE-XX,市级审核,,\n"
        + "wangwu,王五,HE,科长,,\nlisi,李四,HE-XX,市级审核,,\n"))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.rows()).containsExactly(
            new RowError(3, "orgCode", "组织 HE-XX 未登记（请先导入组织）", "组织代码"),
            new RowError(4, "role", "角色无法识别：科长", "角色"),
            new RowError(5, "userId", "平台账号 lisi 与第 3 行重复（不分大小写）", "平台账号"),
            new RowError(5, "orgCode", "组织 HE-XX 未登记（请先导入组织）", "组织代码")));
    verify(accounts, never()).write(any());
  }

  @Test
  void shouldCountWhatItDidAndAnswerGeneratedPasswordsOnce() {
    UserSpec zhang = new UserSpec("zhangsan", "张三", "HE-SJZ-ZD", "县级经办", null, null);
    UserSpec li = new UserSpec("lisi", "李四", "HE-SJZ", "市级审核", "lisi@unionsw.cn", "Li-Si-Passw0rd!");
    UserSpec wang = new UserSpec("wangwu", "王五", "HE", "省级审核", null, null);
    when(accounts.write(zhang)).thenReturn(new Outcome(null, true, false, "Gen-Passw0rd-1", List.of(), List.of()));
    when(accounts.write(li)).thenReturn(new Outcome(null, false, true, null, List.of("task-1"), List.of("task-2")));
    when(accounts.write(wang)).thenReturn(new Outcome(null, false, false, null, List.of(), List.of()));

    var result = load(HEADER + "zhangsan,张三,HE-SJZ-ZD,县级经办,,\nlisi,李四,HE-SJZ,市级审核,lisi@unionsw.cn,"
        + "Li-Si-Passw0rd!\nwangwu,王五,HE,省级审核,,\n");

    assertThat(result).isEqualTo(new UserImport.Result(3, 1, 1, 1,
        List.of(new UserImport.Password("zhangsan", "Gen-Passw0rd-1")),
        List.of(new UserImport.Moved("lisi", List.of("task-1"), List.of("task-2")))));
    verify(accounts).lock();
  }

  private UserImport.Result load(String csv) {
    return userImport.load(bytes(csv), "用户.csv", "admin");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
