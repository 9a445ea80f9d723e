package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.PostImport.Line;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostImportTest {

  final PostMapper posts = mock(PostMapper.class);
  final OrgService orgs = mock(OrgService.class);
  final PostImport postImport = new PostImport(posts, orgs);

  @BeforeEach
  void registry() {
    when(orgs.find(anyString())).thenReturn(Optional.empty());
    when(orgs.find("HE-SJZ-ZD-ZDZ")).thenReturn(org("HE-SJZ-ZD-ZDZ", OrgType.TOWNSHIP_STREET));
    when(orgs.find("HE-SJZ-ZD-FWZX")).thenReturn(org("HE-SJZ-ZD-FWZX", OrgType.SERVICE_CENTER_COUNTY_STANDARD));
    when(orgs.find("HE-SJZ-ZD")).thenReturn(org("HE-SJZ-ZD", OrgType.COUNTY));
  }

  @Test
  void shouldReadAnExcelExportWithItsByteOrderMarkSpacesAndBlankLines() {
    var lines = postImport.parse("\uFEFFunit_code, grade, posts\r\nHE-SJZ-ZD-ZDZ, ENTRY, 2\r\n\r\nHE-SJZ-ZD-FWZX,LEVEL_1,0\r\n");

    assertThat(lines).containsExactly(new Line(2, "HE-SJZ-ZD-ZDZ", Grade.ENTRY, 2),
        new Line(4, "HE-SJZ-ZD-FWZX", Grade.LEVEL_1, 0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no header             | HE-SJZ-ZD-ZDZ,ENTRY,1                                        | csv       | 第 1 行须为表头
      no lines              | unit_code,grade,posts\\n\\n                                   | csv       | 没有岗位行
      two columns           | unit_code,grade,posts\\nHE-SJZ-ZD-ZDZ,ENTRY                  | csv       | 第 2 行须为 unit_code,grade,posts 三列，实为 2 列
      unknown unit          | unit_code,grade,posts\\nHE-SJZ-ZD-XXX,ENTRY,1                | unit_code | 第 2 行：HE-SJZ-ZD-XXX 不是已登记的基层单位
      a county, not a unit  | unit_code,grade,posts\\nHE-SJZ-ZD,ENTRY,1                    | unit_code | 第 2 行：HE-SJZ-ZD 不是已登记的基层单位
      no grade              | unit_code,grade,posts\\nHE-SJZ-ZD-ZDZ,初级岗,1               | grade     | 第 2 行：须为 ENTRY、LEVEL_3、LEVEL_2、LEVEL_1 之一，收到 初级岗
      negative posts        | unit_code,grade,posts\\nHE-SJZ-ZD-ZDZ,ENTRY,-1               | posts     | 第 2 行：岗位数须为 0 到 999 的整数，收到 -1
      too many posts        | unit_code,grade,posts\\nHE-SJZ-ZD-ZDZ,ENTRY,1000             | posts     | 收到 1000
      posts not a number    | unit_code,grade,posts\\nHE-SJZ-ZD-ZDZ,ENTRY,两               | posts     | 收到 两
      a unit's grade twice  | unit_code,grade,posts\\nHE-SJZ-ZD-ZDZ,ENTRY,1\\nHE-SJZ-ZD-ZDZ,ENTRY,2 | grade | 第 3 行：HE-SJZ-ZD-ZDZ 的初级岗已在第 2 行
      """)
  void shouldRefuseABadFileNamingTheFieldAndLine(String why, String csv, String field, String reason) {
    assertThatThrownBy(() -> postImport.replace(csv.replace("\\n", "\n"), "admin"))
        .as(why)
        .isInstanceOfSatisfying(Refusal.class, e -> {
          assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID);
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(reason);
        });
    verify(posts, never()).insertImport(any());
    verify(posts, never()).deleteImports(any());
  }

  @Test
  void shouldRefuseToReplaceAUnitsImportOnceAnApplicationChangedIt() {
    when(posts.unitsWithChangedImports(any())).thenReturn(List.of("HE-SJZ-ZD-FWZX"));

    assertThatThrownBy(() -> postImport.replace("unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,ENTRY,1\n"
        + "HE-SJZ-ZD-FWZX,LEVEL_3,1\n", "admin"))
        .isInstanceOfSatisfying(Refusal.class, e -> {
          assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT);
          assertThat(e.getMessage()).contains("第 3 行", "HE-SJZ-ZD-FWZX", "请通过岗位开发设置申请变更");
        });
    verify(posts, never()).deleteImports(any());
  }

  private static Optional<Organisation> org(String code, OrgType type) {
    return Optional.of(new Organisation(code, null, code, type, null, null, null));
  }
}
