package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.QuotaCheck.Standing;
import cn.unionsw.platform.web.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Art. 10 counted twice: at application with the other open applications, at provincial approval against the
 * registry as it then stands, each after taking the unit's turn. 正定镇: quota 1.
 */
class QuotaCheckTest {

  private static final String UNIT = "HE-SJZ-ZD-ZDZ";
  private static final String REASON = "镇内新建产业园区，职工服务需求成倍增长";
  private static final Organisation ZHENGDING = new Organisation(UNIT, "HE-SJZ-ZD", "正定镇工会",
      OrgType.TOWNSHIP_STREET, 126, 1850, 1620, 88);

  final PostRegistry registry = mock(PostRegistry.class);
  final PostQuota quota = mock(PostQuota.class);
  final OpenApplications open = mock(OpenApplications.class);
  final QuotaCheck check = new QuotaCheck(registry, quota, open);

  @BeforeEach
  void oneFreePost() {
    when(quota.maxPosts(UNIT, 1850)).thenReturn(1);
    when(quota.maxPosts(UNIT, null)).thenReturn(1);
  }

  @Test
  void shouldCountTheOtherOpenApplicationsAfterTakingTheUnitsTurn() {
    when(open.requestedPosts(UNIT, "case-2")).thenReturn(1);

    Standing standing = check.atApplication(application(ApplicationType.NEW, REASON), ZHENGDING, "case-2");

    assertThat(standing).isEqualTo(new Standing(1, 0, 1, 1));
    assertThat(standing.after()).isEqualTo(2);
    assertThat(standing.over()).isTrue();
    var turn = inOrder(registry, open);
    turn.verify(registry).lockUnit(UNIT);
    turn.verify(open).requestedPosts(UNIT, "case-2");
  }

  @Test
  void shouldAskTheSecondApplicationForTheLastFreePostForAReason() {
    when(open.requestedPosts(UNIT, "case-2")).thenReturn(1);

    assertThatThrownBy(() -> check.atApplication(application(ApplicationType.NEW, null), ZHENGDING, "case-2"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("justification"))
        .hasMessageContaining("申请后岗位数 2（含其他在办申请 1 个） 超出定额 1");
  }

  @Test
  void shouldLeaveTheFirstApplicationUnflagged() {
    Standing standing = check.atApplication(application(ApplicationType.NEW, null), ZHENGDING, "case-1");

    assertThat(standing.over()).isFalse();
  }

  @Test
  void shouldCountNothingOpenForAGradeAdjustmentAndNotNeedAQuotaForIt() {
    when(quota.maxPosts(UNIT, 1850)).thenThrow(new Refusal("separateUnionCount", "需要 separateUnionCount"));

    Standing standing = check.atApplication(application(ApplicationType.ADJUST_GRADE, null), ZHENGDING, "case-3");

    assertThat(standing).isEqualTo(new Standing(null, 0, 0, 0));
    verify(registry, never()).lockUnit(anyString());
    verify(open, never()).requestedPosts(anyString(), any());
  }

  @Test
  void shouldAskTheAdministratorForAMissingSeparateUnionCountOfANewPost() {
    when(quota.maxPosts(UNIT, 1850)).thenThrow(new Refusal("separateUnionCount", "需要 separateUnionCount"));

    assertThatThrownBy(() -> check.atApplication(application(ApplicationType.NEW, null), ZHENGDING, "case-4"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("separateUnionCount"))
        .hasMessageContaining("请管理员在组织登记中补录");
  }

  @Test
  void shouldApproveWithinTheQuota() {
    assertThatCode(() -> check.atApproval(application(ApplicationType.NEW, null), 1)).doesNotThrowAnyException();
    verify(registry).lockUnit(UNIT);
  }

  @Test
  void shouldApproveOverTheQuotaAsFarAsTheReviewersWereShown() {
    when(registry.activeCount(UNIT)).thenReturn(1);

    assertThatCode(() -> check.atApproval(application(ApplicationType.NEW, REASON), 2)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAnApprovalThatWouldExceedTheQuotaUnseen() {
    when(registry.activeCount(UNIT)).thenReturn(1);

    assertThatThrownBy(() -> check.atApproval(application(ApplicationType.NEW, null), 1))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("decision"))
        .hasMessageContaining("批准后本单位岗位将有 2 个，超出定额 1 个；报送时为 1 个");
    var turn = inOrder(registry);
    turn.verify(registry).lockUnit(UNIT);
    turn.verify(registry).activeCount(UNIT);
  }

  @Test
  void shouldNotCountAgainForAGradeAdjustment() {
    check.atApproval(application(ApplicationType.ADJUST_GRADE, null), 0);

    verify(registry, never()).lockUnit(anyString());
  }

  private static Application application(ApplicationType type, String justification) {
    return new Application(UNIT, type, 1, Grade.LEVEL_3, type == ApplicationType.ADJUST_GRADE ? Grade.ENTRY : null,
        null, null, null, null, "职工维权", justification, "zdclerk");
  }
}
