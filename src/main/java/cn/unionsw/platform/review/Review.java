package cn.unionsw.platform.review;

/** The variables every review step completes with (CONTRACT.md), and the record's view on later forms. */
public final class Review {

  public static final int MAX_COMMENT = 2000;

  /** APPROVE, REJECT or RETURN. */
  public static final Variable<ReviewDecision> DECISION = Variable.choice("decision", ReviewDecision.class);
  /** Required unless APPROVE. */
  public static final Variable<String> COMMENT = Variable.text("comment", MAX_COMMENT);
  /**
   * Task-local, set when a step's task is created: the case's review record as text for the form to show, cut to
   * fit one variable. The record itself is rows ({@link ReviewRecord}); this never grows with the case.
   */
  public static final Variable<String> HISTORY = Variable.text("reviewHistory", Variable.MAX_TEXT);

  private Review() {
  }
}
