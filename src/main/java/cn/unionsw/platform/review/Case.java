package cn.unionsw.platform.review;

import java.util.List;

/** What the kernel keeps on every case, whatever its process. */
public final class Case {

  /** The readable case number (岗申〔2026〕正定 0001), also the process instance's business key. */
  public static final Variable<String> CASE_NUMBER = Variable.text("caseNumber", 64);
  /** Reviews recorded so far; an applicant's withdrawal correlates only while it is 0. */
  public static final Variable<Integer> REVIEW_COUNT = Variable.integer("reviewCount", 0, 100_000);
  /** Task-local, set by the deadline timers: DUE_SOON or OVERDUE; Tasklist filters read it. */
  public static final Variable<String> DEADLINE_STATE = Variable.text("deadlineState", 16);
  /** Task-local: the task was escalated to the next level. */
  public static final Variable<Boolean> ESCALATED = Variable.flag("escalated");
  /** Input parameter of the deadline delegate: which timer fired. */
  public static final Variable<String> DEADLINE_STAGE = Variable.text("deadlineStage", 16);

  static final List<Variable<?>> VARIABLES = List.of(CASE_NUMBER, REVIEW_COUNT, DEADLINE_STATE, ESCALATED, DEADLINE_STAGE,
      Review.DECISION, Review.COMMENT, Review.HISTORY);

  private Case() {
  }
}
