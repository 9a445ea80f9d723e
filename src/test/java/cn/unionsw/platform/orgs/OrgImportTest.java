package cn.unionsw.platform.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.assertj.core.groups.Tuple;

/** The organisation file: each kind of bad row named by row, field and Chinese header; good files applied in order. */
class OrgImportTest {

  static final String HEADER = "组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n";

  final OrgMapper mapper = mock(OrgMapper.class);
  final IdentityService identity = mock(IdentityService.class);
  final GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
  final OrgImport orgImport = new OrgImport(mapper, identity, InOneCommandTest.direct());

  @BeforeEach
  void registry() {
    when(mapper.lock(OrgImport.LOCK)).thenReturn(OrgImport.LOCK);
    when(mapper.findAll()).thenReturn(List.of(
        org("HE", null, "河北省总工会", OrgType.PROVINCE),
        org("HE-SJZ", "HE", "石家庄市总工会", OrgType.CITY),
        org("HE-SJZ-ZD", "HE-SJZ", "正定县总工会", OrgType.COUNTY),
        new Organisation("HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD", "正定镇工会", OrgType.TOWNSHIP_STREET, 126, 1850, 1620)));
    when(identity.newGroup(anyString())).thenAnswer(call -> mock(Group.class));
    when(identity.createGroupQuery()).thenReturn(groups);
    when(groups.listPage(anyInt(), anyInt())).thenReturn(List.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown parent              | HE-SJZ-XX-YY,HE-SJZ-XX,某镇工会,TOWNSHIP_STREET,1,10,10 | parentCode        | 上级代码 | 上级组织 HE-SJZ-XX 未登记，文件中也没有
      code not under its parent   | HE-BD-ZZ,HE-SJZ,涿州市总工会,COUNTY,,,                 | code              | 组织代码 | 组织代码 HE-BD-ZZ 不在上级代码 HE-SJZ 之下
      parent left blank           | HE-SJZ-GC,,藁城区总工会,COUNTY,,,                      | parentCode        | 上级代码 | 上级代码不能为空：HE-SJZ-GC 的上级应为 HE-SJZ
      malformed code              | he-sjz-gc,HE-SJZ,藁城区总工会,COUNTY,,,                | code              | 组织代码 | 组织代码格式不正确：he-sjz-gc
      malformed parent            | HE-SJZ-GC,he-sjz,藁城区总工会,COUNTY,,,                | parentCode        | 上级代码 | 上级代码格式不正确：he-sjz
      blank name                  | HE-SJZ-GC,HE-SJZ,,COUNTY,,,                            | name              | 名称     | 组织名称必填
      unknown type                | HE-SJZ-ZD-X,HE-SJZ-ZD,某村工会,VILLAGE,1,10,10         | type              | 类型     | 类型无法识别：VILLAGE
      blank type                  | HE-SJZ-ZD-X,HE-SJZ-ZD,某村工会,,1,10,10                | type              | 类型     | 类型不能为空
      a type not allowed there    | HE-SJZ-ZD-X,HE-SJZ-ZD,某市总工会,CITY,,,               | type              | 类型     | 市级工会不能设在县级工会之下
      top level but no province   | JS,,江苏省某市总工会,CITY,,,                           | type              | 类型     | 市级工会不能设在顶层
      type of a registered one    | HE-SJZ-ZD-ZDZ,HE-SJZ-ZD,正定镇工会,DEV_ZONE,126,1850,1620 | type           | 类型     | 已登记为乡镇（街道）工会，类型不能修改
      negative legal entities     | HE-SJZ-ZD-X,HE-SJZ-ZD,某镇工会,TOWNSHIP_STREET,-1,10,10 | legalEntityCount | 法人单位数 | 法人单位数不能为负数，收到 -1
      negative employees          | HE-SJZ-ZD-X,HE-SJZ-ZD,某镇工会,TOWNSHIP_STREET,1,-10,10 | employeeCount    | 职工人数 | 职工人数不能为负数，收到 -10
      negative members            | HE-SJZ-ZD-X,HE-SJZ-ZD,某镇工会,TOWNSHIP_STREET,1,10,-3  | memberCount      | 会员人数 | 会员人数不能为负数，收到 -3
      a count not whole           | HE-SJZ-ZD-X,HE-SJZ-ZD,某镇工会,TOWNSHIP_STREET,1,10.5,10 | employeeCount   | 职工人数 | 职工人数须为整数，收到 10.5
      a count in words            | HE-SJZ-ZD-X,HE-SJZ-ZD,某镇工会,TOWNSHIP_STREET,1,一千,10 | employeeCount   | 职工人数 | 职工人数须为整数，收到 一千
      a count too large           | HE-SJZ-ZD-X,HE-SJZ-ZD,某镇工会,TOWNSHIP_STREET,1,99999999999,10 | employeeCount | 职工人数 | 职工人数须在 0 到 10000000 之间
      """)
  void shouldNameEachKindOfBadRow(String why, String row, String field, String header, String reason) {
    assertThatThrownBy(() -> load(HEADER + row + "\n"))
        .as(why)
        .isInstanceOfSatisfying(Refusal.class, e -> {
          assertThat(e.field()).isEqualTo("file");
          assertThat(e.rows()).containsExactly(new RowError(2, field, e.rows().get(0).reason(), header));
          assertThat(e.rows().get(0).reason()).contains(reason);
        });
    verify(mapper, never()).insert(any());
    verify(mapper, never()).update(any());
  }

  @Test
  void shouldNameARepeatedCodeAtItsSecondRow() {
    assertThatThrownBy(() -> load(HEADER + "HE-SJZ-GC,HE-SJZ,藁城区总工会,COUNTY,,,\nHE-SJZ-GC,HE-SJZ,藁城区,COUNTY,,,\n"))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.rows()).containsExactly(
            new RowError(3, "code", "组织代码 HE-SJZ-GC 与第 2 行重复", "组织代码")));
  }

  @Test
  void shouldNameEveryBadRowAtOnceInRowOrderAndWriteNothing() {
    String file = HEADER
        + "HE-SJZ-GC-LJZ,HE-SJZ-GC,梁家庄镇工会,TOWNSHIP_STREET,10,1200,1100\n" // fine: its parent is in the file
        + "HE-SJZ-GC,HE-SJZ,藁城区总工会,COUNTY,,,\n"
        + "HE-SJZ-GC-X,HE-SJZ-GC,某镇工会,VILLAGE,-1,10,10\n"
        + "HE-SJZ-GC-X-Y,HE-SJZ-GC-X,某村,TOWNSHIP_STREET,1,1,1\n"; // its parent is bad, not missing: no second error

    assertThatThrownBy(() -> load(file)).isInstanceOfSatisfying(Refusal.class, e -> {
      assertThat(e.rows()).extracting(RowError::row, RowError::field).containsExactly(
          Tuple.tuple(4, "type"), Tuple.tuple(4, "legalEntityCount"));
      assertThat(e.getMessage()).contains("文件有 2 处错误，未导入任何数据", "第 4 行");
    });
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldRefuseAFileWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> load("组织代码,名称\nHE-SJZ-GC,藁城区总工会\n"))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.rows()).extracting(RowError::reason)
            .anySatisfy(reason -> assertThat(reason).contains("缺少必填列「上级代码」"))
            .anySatisfy(reason -> assertThat(reason).contains("缺少必填列「类型」")));
  }

  @Test
  void shouldInsertParentsBeforeChildrenAndLeaveUnchangedRowsAlone() {
    String file = HEADER
        + "HE-SJZ-GC-LJZ,HE-SJZ-GC,梁家庄镇工会,乡镇（街道）工会,10,1200,1100\n"
        + "HE-SJZ-GC,HE-SJZ,藁城区总工会,县级工会,,,\n"
        + "HE-SJZ-ZD-ZDZ,HE-SJZ-ZD,正定镇工会,TOWNSHIP_STREET,126,1850,1620\n"
        + "HE-SJZ-ZD,HE-SJZ,正定县总工会,COUNTY,,,\n"
        + "HE-SJZ,HE,石家庄市总工会,CITY,,,\n"
        + "HE-SJZ-ZD-XCP,HE-SJZ-ZD,新城铺镇工会,TOWNSHIP_STREET,98,2100,1710\n";

    OrgImport.Result result = load(file);

    assertThat(result).isEqualTo(new OrgImport.Result(6, 3, 0, 3));
    var order = inOrder(mapper);
    order.verify(mapper).insert(new Organisation("HE-SJZ-GC", "HE-SJZ", "藁城区总工会", OrgType.COUNTY, null, null, null));
    order.verify(mapper).insert(new Organisation("HE-SJZ-GC-LJZ", "HE-SJZ-GC", "梁家庄镇工会", OrgType.TOWNSHIP_STREET,
        10, 1200, 1100));
    order.verify(mapper).insert(new Organisation("HE-SJZ-ZD-XCP", "HE-SJZ-ZD", "新城铺镇工会", OrgType.TOWNSHIP_STREET,
        98, 2100, 1710));
    verify(mapper, never()).update(any());
  }

  @Test
  void shouldUpdateChangedCountsAndNames() {
    OrgImport.Result result = load(HEADER + "HE-SJZ-ZD-ZDZ,HE-SJZ-ZD,正定镇总工会,TOWNSHIP_STREET,130,1900,1650\n");

    assertThat(result).isEqualTo(new OrgImport.Result(1, 0, 1, 0));
    verify(mapper).update(new Organisation("HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD", "正定镇总工会", OrgType.TOWNSHIP_STREET, 130,
        1900, 1650));
  }

  private OrgImport.Result load(String csv) {
    return orgImport.load(csv.getBytes(StandardCharsets.UTF_8), "组织.csv");
  }

  private static Organisation org(String code, String parent, String name, OrgType type) {
    return new Organisation(code, parent, name, type, null, null, null);
  }
}
