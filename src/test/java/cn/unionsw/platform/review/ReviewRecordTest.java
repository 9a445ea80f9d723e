package cn.unionsw.platform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.review.ReviewRecord.Actor;
import cn.unionsw.platform.review.ReviewRecord.Kind;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.junit.jupiter.api.Test;

/** The record takes a review as its step allows, and shows it on a form within one variable. */
class ReviewRecordTest {

  final ProcessTestKernel.InMemoryReviews rows = new ProcessTestKernel.InMemoryReviews();
  final ReviewRecord record = new ReviewRecord(rows, mock(OrgService.class),
      new Declarations(List.of(PostApplicationProcess.DECLARATION), new DefaultListableBeanFactory()));
  final Step returnable = Step.review("municipal-review", "市级初审", "reviewer", Step.Action.RETURN);
  final Step final_ = Step.review("final-review", "终审", "reviewer");

  @Test
  void shouldRefuseAReturnWhereTheStepDeclaresNone() {
    assertThatThrownBy(() -> record.record("p1", "k", final_, "t1", "u", "HE", ReviewDecision.RETURN, "请修改"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("decision"));
    record.record("p1", "k", returnable, "t1", "u", "HE", ReviewDecision.RETURN, "请修改");

    assertThat(rows.rows).extracting(ReviewRecord.Entry::decision).containsExactly(ReviewDecision.RETURN);
  }

  @Test
  void shouldAskAReasonForAnythingButAnApproval() {
    assertThatThrownBy(() -> record.record("p1", "k", returnable, "t1", "u", "HE", ReviewDecision.REJECT, " "))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("comment:");
    assertThatThrownBy(() -> record.record("p1", "k", returnable, "t1", "u", "HE", null, null))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("decision:");
    assertThat(rows.rows).isEmpty();
  }

  @Test
  void shouldTellReturnsCoReviewersAndTransfersInTheText() {
    String key = PostApplicationProcess.KEY;
    Step provincial = PostApplicationProcess.DECLARATION.step("provincial-review").orElseThrow();
    Step municipal = PostApplicationProcess.DECLARATION.step("municipal-review").orElseThrow();
    record.act(Kind.CO_REVIEWER_ADDED, "p1", key, municipal, "t1", new Actor("sjzreviewer", "reviewer", null),
        "lcclerk", "前加签：先提出意见，再由本人审核");
    record.opinion(Kind.CO_REVIEW, "p1", key, municipal, "t1", new Actor("lcclerk", "clerk", null),
        ReviewDecision.APPROVE, "无异议", null);
    record.act(Kind.TRANSFER, "p1", key, municipal, "t1", new Actor("sjzreviewer", "reviewer", null),
        "sjzreviewer2", "出差");
    record.opinion(Kind.REVIEW, "p1", key, provincial, "t2", new Actor("hereviewer", "reviewer", null),
        ReviewDecision.RETURN, "请重新初审", "municipal-review");
    record.opinion(Kind.REVIEW, "p1", key, provincial, "t3", new Actor("hereviewer", "reviewer", null),
        ReviewDecision.RETURN, "请补充", "revise-application");

    assertThat(record.text("p1").lines()).containsExactly(
        "市级初审  sjzreviewer：加签 lcclerk（前加签：先提出意见，再由本人审核）",
        "市级初审  lcclerk（加签）：同意。意见：无异议",
        "市级初审  sjzreviewer：转办给 sjzreviewer2。理由：出差",
        "省级核定  hereviewer：退回至 市级初审。意见：请重新初审",
        "省级核定  hereviewer：退回至 申请人（修改申请）。意见：请补充");
    assertThat(record.opinions("p1")).extracting(ReviewRecord.Entry::reviewerId)
        .containsExactly("lcclerk", "hereviewer", "hereviewer");
  }

  @Test
  void shouldRefuseAReasonThatIsNoText() {
    assertThatThrownBy(() -> ReviewRecord.comment("请\u0000补充", "reason"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("reason"));
    assertThat(ReviewRecord.comment("第一行\n第二行\t", "reason")).isEqualTo("第一行\n第二行");
  }

  @Test
  void shouldShowTheNewestOnAFormAndSayWhatWasLeftOut() {
    for (int i = 0; i < 12; i++) {
      rows.insert(new ReviewRecord.Entry("p1", "k", "municipal-review", "市级初审", "t" + i, "sjzreviewer",
          "reviewer", null, ReviewRecord.Kind.REVIEW, ReviewDecision.RETURN, "第" + i + "条" + "请补充".repeat(600),
          null, null, LocalDateTime.of(2026, 11, 1, 9, i)));
    }

    String text = record.text("p1");

    assertThat(text.length()).isLessThanOrEqualTo(Variable.MAX_TEXT);
    assertThat(text).startsWith("（较早的").contains("第11条").doesNotContain("第0条");
  }
}
