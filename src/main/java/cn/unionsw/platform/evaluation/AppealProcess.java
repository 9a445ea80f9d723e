package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.util.List;
import java.util.Set;

/**
 * The ids, typed variables and kernel declaration of {@code processes/evaluation-appeal.bpmn} (Art. 28): a worker who
 * disputes a published annual outcome appeals to the superior union, which answers in writing within ten working
 * days; an upheld appeal revises the outcome and its consequences (Art. 29).
 */
public final class AppealProcess {

  public static final String KEY = "evaluation-appeal";
  /** What annual-evaluation waits for at {@link #WAIT_ACTIVITY} when the window ended before the answer. */
  public static final String ANSWERED_MESSAGE = EvaluationProcess.APPEAL_ANSWERED_MESSAGE;
  /** The activity of annual-evaluation that waits for {@link #ANSWERED_MESSAGE}. */
  public static final String WAIT_ACTIVITY = EvaluationProcess.Elements.WAIT_APPEAL_ANSWER;
  static final int MAX_REASON = 2000;
  static final int MAX_REPLY = 4000;
  static final int FIRST_YEAR = 2017;
  static final int LAST_YEAR = 2100;

  private AppealProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-appeal";
    public static final String FILE_APPEAL = "file-appeal";
    public static final String APPEAL_REVIEW = "appeal-review";
    public static final String REVIEW_DEADLINE = "appeal-review-deadline";
    public static final String ESCALATE_APPEAL = "escalate-appeal";
    public static final String END_ESCALATED = "end-escalated";
    public static final String ANSWER_APPEAL = "answer-appeal";
    public static final String READ_REPLY = "read-reply";
    public static final String END_ANSWERED = "end-answered";

    private Elements() {
    }
  }

  /** Process variables, typed. */
  public static final class Vars {
    // Start variables (CONTRACT.md). workerId may be left out by a worker appealing for themself.
    public static final Variable<String> WORKER_ID = Variable.text("workerId", 64);
    public static final Variable<Integer> YEAR = Variable.integer("year", FIRST_YEAR, LAST_YEAR);
    public static final Variable<String> REASON = Variable.text("reason", MAX_REASON);
    // Set by the kernel: the authenticated starter (the worker, or a clerk for them)
    public static final Variable<String> FILED_BY = Variable.text("filedBy", 64);
    // Set by file-appeal
    public static final Variable<Integer> APPEAL_ID = Variable.integer("appealId", 1, Integer.MAX_VALUE);
    public static final Variable<String> WORKER_NAME = Variable.text("workerName", 50);
    public static final Variable<Outcome> ORIGINAL_OUTCOME = Variable.choice("originalOutcome", Outcome.class);
    public static final Variable<String> REVIEWER_CODE = Variable.text("reviewerCode", 64);
    /** The end of the tenth working day after the day filed, ISO 8601 with offset: the task's due date and timer. */
    public static final Variable<String> APPEAL_DUE_AT = Variable.text("appealDueAt", 32);
    public static final Variable<String> APPEAL_SUMMARY = Variable.text("appealSummary", 1000);
    // appeal-review (CONTRACT.md)
    public static final Variable<AppealDecision> DECISION = Variable.choice("decision", AppealDecision.class);
    public static final Variable<String> REPLY = Variable.text("reply", MAX_REPLY);
    public static final Variable<Outcome> REVISED_OUTCOME = Variable.choice("revisedOutcome", Outcome.class);

    static final List<Variable<?>> START = List.of(WORKER_ID, YEAR, REASON);
    static final List<Variable<?>> REVIEWED = List.of(DECISION, REPLY, REVISED_OUTCOME);
    static final List<Variable<?>> SET_BY_PROCESS = List.of(APPEAL_ID, WORKER_NAME, ORIGINAL_OUTCOME, REVIEWER_CODE,
        APPEAL_DUE_AT, APPEAL_SUMMARY);

    private Vars() {
    }
  }

  /**
   * The worker appeals for themself, or a clerk of the worker's proposer for them (the start's own check, {@link
   * Appeals#file}); the superior union's reviewers answer (and the union above after an escalation), delegating to a
   * colleague or transferring to one if need be; the worker reads the reply as the task's assignee.
   */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("申诉")
      .startedBy(Roles.WORKER, Roles.CLERK)
      .starterIn(Vars.FILED_BY)
      .startVariables(Vars.START)
      .requiredAtStart(Vars.YEAR, Vars.REASON)
      .step(new Step(Elements.APPEAL_REVIEW, "申诉复核", Roles.REVIEWER, Step.Actor.CANDIDATE_ORGANISATION,
          Vars.REVIEWED, false, Set.of(Step.Action.DELEGATE, Step.Action.TRANSFER)))
      .step(Step.applicant(Elements.READ_REPLY, "阅知书面答复", List.of()))
      .internal(Vars.SET_BY_PROCESS)
      .build();
}
