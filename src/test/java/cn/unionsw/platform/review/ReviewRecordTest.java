package cn.unionsw.platform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.junit.jupiter.api.Test;

/** The record takes a review as its step allows, and shows it on a form within one variable. */
class ReviewRecordTest {

  final ProcessTestKernel.InMemoryReviews rows = new ProcessTestKernel.InMemoryReviews();
  final ReviewRecord record = new ReviewRecord(rows, mock(OrgService.class),
      new Declarations(List.of(), new DefaultListableBeanFactory()));
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
