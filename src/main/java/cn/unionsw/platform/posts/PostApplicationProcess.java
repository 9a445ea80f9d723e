package cn.unionsw.platform.posts;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.util.List;

/**
 * The ids, typed variables and kernel declaration of {@code processes/post-application.bpmn}, used by its
 * delegates, services and tests alike (CONTRACT.md names the public ones). The declaration is what the approval
 * kernel enforces at every door: who starts it with which variables, and who acts on each step, writing what.
 */
public final class PostApplicationProcess {

  public static final String KEY = "post-application";
  public static final String WITHDRAW_MESSAGE = "post-application-withdrawn";
  public static final int MAX_REQUESTED_POSTS = 50;
  static final int MAX_COUNT = 10_000_000;
  static final int MAX_TEXT = 2000;

  private PostApplicationProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-application";
    public static final String FILL_APPLICATION = "fill-application";
    public static final String PREPARE_APPLICATION = "prepare-application";
    public static final String MUNICIPAL_REVIEW = "municipal-review";
    public static final String ASSESS_GRADE_STRUCTURE = "assess-grade-structure";
    public static final String PROVINCIAL_REVIEW = "provincial-review";
    public static final String REGISTER_POSTS = "register-posts";
    public static final String REVISE_APPLICATION = "revise-application";
    public static final String END_APPROVED = "end-approved";
    public static final String END_REJECTED = "end-rejected";
    public static final String END_WITHDRAWN = "end-withdrawn";
    public static final String END_WITHDRAWN_BY_APPLICANT = "end-withdrawn-by-applicant";
    public static final String MUNICIPAL_REMINDER = "municipal-review-reminder";
    public static final String MUNICIPAL_OVERDUE = "municipal-review-overdue";
    public static final String MUNICIPAL_ESCALATION = "municipal-review-escalation";
    public static final String PROVINCIAL_REMINDER = "provincial-review-reminder";
    public static final String PROVINCIAL_OVERDUE = "provincial-review-overdue";
    public static final String PROVINCIAL_ESCALATION = "provincial-review-escalation";
    public static final String REMIND_REVIEWER = "remind-reviewer";
    public static final String MARK_REVIEW_OVERDUE = "mark-review-overdue";
    public static final String ESCALATE_REVIEW = "escalate-review";

    private Elements() {
    }
  }

  /** What the applicant does with a returned application. */
  public enum RevisionAction { RESUBMIT, WITHDRAW }

  /** Process variables, typed. */
  public static final class Vars {
    // Start variables (CONTRACT.md) and the rest of the application form
    public static final Variable<String> UNIT_CODE = Variable.text("unitCode", 64);
    public static final Variable<ApplicationType> APPLICATION_TYPE =
        Variable.choice("applicationType", ApplicationType.class);
    public static final Variable<Integer> REQUESTED_POSTS =
        Variable.integer("requestedPosts", 1, MAX_REQUESTED_POSTS);
    public static final Variable<Grade> PROPOSED_GRADE = Variable.choice("proposedGrade", Grade.class);
    public static final Variable<Integer> EMPLOYEE_COUNT = Variable.integer("employeeCount", 0, MAX_COUNT);
    public static final Variable<String> JUSTIFICATION = Variable.text("justification", MAX_TEXT);
    public static final Variable<Grade> CURRENT_GRADE = Variable.choice("currentGrade", Grade.class);
    public static final Variable<Integer> LEGAL_ENTITY_COUNT = Variable.integer("legalEntityCount", 0, MAX_COUNT);
    public static final Variable<Integer> MEMBER_COUNT = Variable.integer("memberCount", 0, MAX_COUNT);
    public static final Variable<String> COUNTS_CHANGED_REASON = Variable.text("countsChangedReason", MAX_TEXT);
    public static final Variable<String> DUTIES = Variable.text("duties", MAX_TEXT);
    // Set by the kernel (the authenticated starter) and by fill-application's listener
    public static final Variable<String> APPLICANT = Variable.text("applicant", 64);
    public static final String UNIT_OPTIONS = "unitOptions";
    // Set by prepare-application
    public static final Variable<String> UNIT_NAME = Variable.text("unitName", 200);
    public static final Variable<String> UNIT_TYPE = Variable.text("unitType", 64);
    public static final Variable<String> APPLICANT_ORG = Variable.text("applicantOrg", 64);
    public static final Variable<Route> ROUTE = Variable.choice("route", Route.class);
    public static final Variable<String> MUNICIPAL_GROUP = Variable.text("municipalGroup", 64);
    /** The city whose grade structure the application touches: the reviewing city, or the applying one. */
    public static final Variable<String> CITY_CODE = Variable.text("cityCode", 64);
    public static final Variable<String> PROVINCIAL_GROUP = Variable.text("provincialGroup", 64);
    public static final Variable<Integer> MAX_POSTS = Variable.integer("maxPosts", 0, MAX_COUNT);
    public static final Variable<Integer> ACTIVE_POSTS = Variable.integer("activePosts", 0, MAX_COUNT);
    /** Posts the other open applications for the unit ask for, counted against its quota (Art. 10). */
    public static final Variable<Integer> PENDING_POSTS = Variable.integer("pendingPosts", 0, MAX_COUNT);
    public static final Variable<Boolean> OVER_QUOTA = Variable.flag("overQuota");
    public static final Variable<String> APPLICATION_SUMMARY = Variable.text("applicationSummary", Variable.MAX_TEXT);
    /** The counts the applicant stated beside the registry's, for the reviewers. */
    public static final Variable<String> UNIT_COUNTS = Variable.text("unitCounts", 1000);
    public static final Variable<Integer> REVIEW_DUE_DAYS = Variable.integer("reviewDueDays", 1, 365);
    public static final Variable<Integer> ESCALATION_DAYS = Variable.integer("escalationDays", 1, 365);
    // Set by assess-grade-structure
    public static final Variable<String> GRADE_STRUCTURE_SUMMARY =
        Variable.text("gradeStructureSummary", Variable.MAX_TEXT);
    public static final Variable<Boolean> BREAKS_GRADE_STRUCTURE = Variable.flag("breaksGradeStructure");
    // revise-application
    public static final Variable<RevisionAction> REVISION_ACTION =
        Variable.choice("revisionAction", RevisionAction.class);

    /** What the applicant states: at the start, on the form, and again on revision (with the unit fixed). */
    static final List<Variable<?>> APPLICATION = List.of(UNIT_CODE, APPLICATION_TYPE, REQUESTED_POSTS,
        PROPOSED_GRADE, CURRENT_GRADE, LEGAL_ENTITY_COUNT, EMPLOYEE_COUNT, MEMBER_COUNT, COUNTS_CHANGED_REASON,
        DUTIES, JUSTIFICATION);
    static final List<Variable<?>> REVISION = List.of(APPLICATION_TYPE, REQUESTED_POSTS, PROPOSED_GRADE,
        CURRENT_GRADE, LEGAL_ENTITY_COUNT, EMPLOYEE_COUNT, MEMBER_COUNT, COUNTS_CHANGED_REASON, DUTIES,
        JUSTIFICATION, REVISION_ACTION);
    static final List<Variable<?>> PREPARED = List.of(UNIT_NAME, UNIT_TYPE, APPLICANT_ORG, ROUTE, MUNICIPAL_GROUP,
        CITY_CODE, PROVINCIAL_GROUP, MAX_POSTS, ACTIVE_POSTS, PENDING_POSTS, OVER_QUOTA, APPLICATION_SUMMARY,
        UNIT_COUNTS, REVIEW_DUE_DAYS, ESCALATION_DAYS, GRADE_STRUCTURE_SUMMARY, BREAKS_GRADE_STRUCTURE);

    private Vars() {
    }
  }

  /**
   * Clerks, and a city's reviewers for the city's own posts, apply (Art. 9); the applicant fills and revises;
   * the city's reviewers review first (初审), the province's approve (核定, Art. 12), each within the working days of
   * {@code review-deadline}; either may return the case for revision (the province also to the city's review), delegate
   * or transfer it to a colleague of the same role, or add a co-reviewer; the applicant may withdraw it while no one
   * has reviewed it. A city's clerks and reviewers may also apply for a grade adjustment of a county's unit, reviewed
   * by the province alone; the province's reviewers adjust a grade directly, a case with no review step (Art. 11,
   * {@link Route}).
   */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("岗申")
      .startedBy(Roles.CLERK, Roles.REVIEWER)
      .starterIn(Vars.APPLICANT)
      .startVariables(Vars.APPLICATION)
      .requiredAtStart(Vars.APPLICATION_TYPE)
      .step(Step.applicant(Elements.FILL_APPLICATION, "填写申请表", Vars.APPLICATION))
      .step(Step.applicant(Elements.REVISE_APPLICATION, "修改申请", Vars.REVISION))
      .step(Step.review(Elements.MUNICIPAL_REVIEW, "市级初审", Roles.REVIEWER, Step.Action.DELEGATE,
          Step.Action.RETURN, Step.Action.TRANSFER))
      .step(Step.review(Elements.PROVINCIAL_REVIEW, "省级核定", Roles.REVIEWER, Step.Action.DELEGATE,
          Step.Action.RETURN, Step.Action.TRANSFER))
      .returnsToApplicant(Elements.REVISE_APPLICATION)
      .deadlines("review-deadline")
      .withdrawnBy(WITHDRAW_MESSAGE)
      .internal(Vars.PREPARED)
      .build();
}
