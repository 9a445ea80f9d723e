package cn.unionsw.platform.posts;

import static cn.unionsw.platform.policy.Grade.ENTRY;
import static cn.unionsw.platform.policy.Grade.LEVEL_1;
import static cn.unionsw.platform.policy.Grade.LEVEL_2;
import static cn.unionsw.platform.policy.Grade.LEVEL_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.GradeStructure.Assessment;
import cn.unionsw.platform.posts.GradeStructureMapper.GradeShare;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Art. 13: an approval that pushes a grade over the province's ceiling, or further over it, in the province or in the
 * applicant's city, is flagged to the provincial reviewer; the summary names every grade over its ceiling and says
 * whether this approval makes it worse, and reads "符合比例" only where every share is within. Ceilings 40/35/20/10
 * per cent.
 */
class GradeStructureTest {

  private static final int YEAR = 2026;

  final GradeStructureMapper mapper = mock(GradeStructureMapper.class);
  final PostRegistry registry = mock(PostRegistry.class);
  final OrgService orgs = mock(OrgService.class);
  final GradeStructure structure = new GradeStructure(mapper, registry, orgs);

  @BeforeEach
  void hebei() {
    when(mapper.find("HE", YEAR)).thenReturn(List.of(new GradeShare(ENTRY, 40), new GradeShare(LEVEL_3, 35),
        new GradeShare(LEVEL_2, 20), new GradeShare(LEVEL_1, 10)));
    when(orgs.find("HE")).thenReturn(org("HE", "河北省总工会", OrgType.PROVINCE));
    when(orgs.find("HE-SJZ")).thenReturn(org("HE-SJZ", "石家庄市总工会", OrgType.CITY));
    // The province: 36/34/20/10 of 100, every grade within its ceiling.
    registered("HE", 36, 34, 20, 10);
    // The city: 3/3/2/1 of 9; level 2 already stands over its ceiling (22.2 %).
    registered("HE-SJZ", 3, 3, 2, 1);
  }

  @Test
  void shouldSaySoWhenTheProvinceSetNoStructureForTheYear() {
    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, ENTRY, null), "HE", "HE-SJZ", 2031);

    assertThat(assessment).isEqualTo(new Assessment("2031 年岗位等级结构未设定，无法测算", false));
  }

  @Test
  void shouldPassAnApprovalThatKeepsEveryGradeWithinItsCeiling() {
    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, ENTRY, null), "HE", "HE-SJZ", YEAR);

    assertThat(assessment.breaks()).isFalse();
    assertThat(assessment.summary()).isEqualTo("""
        河北省总工会：批准后共 101 个岗位，初级岗 37 个（36.6%，上限 40%）、三级岗 34 个（33.7%，上限 35%）、\
        二级岗 20 个（19.8%，上限 20%）、一级岗 10 个（9.9%，上限 10%）；符合比例
        石家庄市总工会：批准后共 10 个岗位，初级岗 4 个（40.0%，上限 40%）、三级岗 3 个（30.0%，上限 35%）、\
        二级岗 2 个（20.0%，上限 20%）、一级岗 1 个（10.0%，上限 10%）；符合比例""");
  }

  @Test
  void shouldFlagNewPostsThatPushTheirGradeOverTheCeilingInProvinceAndCity() {
    Assessment assessment = structure.assess(application(ApplicationType.NEW, 2, LEVEL_1, null), "HE", "HE-SJZ",
        YEAR);

    assertThat(assessment.breaks()).isTrue();
    assertThat(assessment.summary().lines()).satisfiesExactly(
        province -> assertThat(province).endsWith("；超出上限：一级岗（批准前 10 个、10.0%，本次批准加重）"),
        city -> assertThat(city).endsWith("；超出上限：一级岗（批准前 1 个、11.1%，本次批准加重）"));
  }

  @Test
  void shouldFlagAnApprovalThatBreaksOnlyTheCitysStructure() {
    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, LEVEL_3, null), "HE", "HE-SJZ",
        YEAR);

    assertThat(assessment.breaks()).isTrue();
    assertThat(assessment.summary().lines()).satisfiesExactly(
        province -> assertThat(province).startsWith("河北省总工会：").endsWith("；符合比例"),
        city -> assertThat(city).startsWith("石家庄市总工会：批准后共 10 个岗位")
            .endsWith("；超出上限：三级岗（批准前 3 个、33.3%，本次批准加重）"));
  }

  @Test
  void shouldFlagACancellationThatPushesTheOtherGradesOver() {
    Assessment assessment = structure.assess(application(ApplicationType.CANCEL, 1, LEVEL_1, null), "HE", "HE-SJZ",
        YEAR);

    // The city keeps 3/3/2/0 of 8: level 3 rises to 37.5 %, level 2 (over already) to 25 %.
    assertThat(assessment.breaks()).isTrue();
    assertThat(assessment.summary().lines().toList().get(1)).contains("一级岗 0 个（0.0%，上限 10%）")
        .endsWith("；超出上限：三级岗（批准前 3 个、33.3%，本次批准加重）、二级岗（批准前 2 个、22.2%，本次批准加重）");
  }

  @Test
  void shouldNotBlameAnApprovalForAGradeItBringsBackTowardsItsCeiling() {
    registered("HE-SJZ", 2, 1, 2, 0); // level 2 at 40 %

    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, LEVEL_3, null), "HE", "HE-SJZ",
        YEAR);

    // Level 2 still stands over (33.3 %), but lower than before: named, and this approval does not break it.
    assertThat(assessment.summary().lines().toList().get(1)).contains("二级岗 2 个（33.3%，上限 20%）")
        .endsWith("；超出上限：二级岗（批准前 2 个、40.0%，本次批准未加重）").doesNotContain("符合比例");
    assertThat(assessment.breaks()).isFalse();
  }

  @Test
  void shouldMovePostsBetweenGradesForAGradeAdjustment() {
    Assessment assessment = structure.assess(application(ApplicationType.ADJUST_GRADE, 3, LEVEL_1, ENTRY), "HE",
        "HE-SJZ", YEAR);

    assertThat(assessment.breaks()).isTrue();
    assertThat(assessment.summary().lines()).satisfiesExactly(
        province -> assertThat(province).contains("批准后共 100 个岗位，初级岗 33 个", "一级岗 13 个（13.0%")
            .endsWith("；超出上限：一级岗（批准前 10 个、10.0%，本次批准加重）"),
        // Level 2 stood over before (2 of 9) and stands there still: named, not made worse.
        city -> assertThat(city).contains("初级岗 0 个", "一级岗 4 个（44.4%")
            .endsWith("；超出上限：二级岗（批准前 2 个、22.2%，本次批准未加重）、一级岗（批准前 1 个、11.1%，本次批准加重）"));
  }

  @Test
  void shouldNeverSayWithinTheRatiosBesideAShareOverItsCeiling() {
    registered("HE-SJZ", 1, 0, 0, 0);

    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, ENTRY, null), "HE", "HE-SJZ",
        YEAR);

    // 100 % before and after, but one more entry post over the ceiling: worse, and said so.
    assertThat(assessment.summary().lines().toList().get(1)).isEqualTo("石家庄市总工会：批准后共 2 个岗位，"
        + "初级岗 2 个（100.0%，上限 40%）、三级岗 0 个（0.0%，上限 35%）、二级岗 0 个（0.0%，上限 20%）、"
        + "一级岗 0 个（0.0%，上限 10%）；超出上限：初级岗（批准前 1 个、100.0%，本次批准加重）");
    assertThat(assessment.breaks()).isTrue();
  }

  @Test
  void shouldNameAGradeOverItsCeilingThatACancellationOfItsOwnEases() {
    registered("HE", 40, 30, 15, 5);
    registered("HE-SJZ", 3, 0, 0, 0);

    Assessment assessment = structure.assess(application(ApplicationType.CANCEL, 1, ENTRY, null), "HE", "HE-SJZ",
        YEAR);

    assertThat(assessment.summary().lines().toList().get(0))
        .endsWith("；超出上限：初级岗（批准前 40 个、44.4%，本次批准未加重）");
    assertThat(assessment.summary().lines().toList().get(1)).startsWith("石家庄市总工会：批准后共 2 个岗位，初级岗 2 个（100.0%")
        .endsWith("；超出上限：初级岗（批准前 3 个、100.0%，本次批准未加重）");
    assertThat(assessment.breaks()).isFalse();
  }

  @Test
  void shouldCallAShareExactlyAtItsCeilingWithinAndNameOnlyThoseOver() {
    registered("HE-SJZ", 1, 1, 1, 1);

    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, ENTRY, null), "HE", "HE-SJZ",
        YEAR);

    // 2/1/1/1 of 5: entry exactly at 40 %, level 2 exactly at 20 %: within; level 1 at 20 % of a 10 % ceiling is
    // over, as it was (25 %), and eased by this approval.
    assertThat(assessment.summary().lines().toList().get(1))
        .contains("初级岗 2 个（40.0%，上限 40%）", "二级岗 1 个（20.0%，上限 20%）")
        .endsWith("；超出上限：一级岗（批准前 1 个、25.0%，本次批准未加重）");
    assertThat(assessment.breaks()).isFalse();
  }

  @Test
  void shouldAssessOnlyTheProvinceForAUnitNoCityHolds() {
    Assessment assessment = structure.assess(application(ApplicationType.NEW, 1, ENTRY, null), "HE", null, YEAR);

    assertThat(assessment.summary().lines()).singleElement().asString().startsWith("河北省总工会：批准后共 101 个岗位");
  }

  private void registered(String org, int entry, int level3, int level2, int level1) {
    Map<Grade, Integer> posts = new EnumMap<>(Map.of(ENTRY, entry, LEVEL_3, level3, LEVEL_2, level2, LEVEL_1, level1));
    when(registry.activeByGrade(org)).thenReturn(posts);
  }

  private static Application application(ApplicationType type, int posts, Grade proposed, Grade current) {
    return new Application("HE-SJZ-ZD-GXQ", type, posts, proposed, current, null, null, null, null, "职责", null,
        "zdclerk");
  }

  private static Optional<Organisation> org(String code, String name, OrgType type) {
    return Optional.of(new Organisation(code, null, name, type, null, null, null));
  }
}
