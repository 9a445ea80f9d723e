package cn.unionsw.platform.posts;

/**
 * The ids and variables of {@code processes/post-application.bpmn}, used by its delegates, services and tests
 * alike (CONTRACT.md names the public ones).
 */
public final class PostApplicationProcess {

  public static final String KEY = "post-application";
  public static final String WITHDRAW_MESSAGE = "post-application-withdrawn";

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

  /** Process variables. */
  public static final class Vars {
    // Start variables (CONTRACT.md)
    public static final String UNIT_CODE = "unitCode";
    public static final String APPLICATION_TYPE = "applicationType";
    public static final String REQUESTED_POSTS = "requestedPosts";
    public static final String PROPOSED_GRADE = "proposedGrade";
    public static final String EMPLOYEE_COUNT = "employeeCount";
    public static final String JUSTIFICATION = "justification";
    // Further application details
    public static final String CURRENT_GRADE = "currentGrade";
    public static final String LEGAL_ENTITY_COUNT = "legalEntityCount";
    public static final String MEMBER_COUNT = "memberCount";
    public static final String COUNTS_CHANGED_REASON = "countsChangedReason";
    public static final String DUTIES = "duties";
    public static final String APPLICANT = "applicant";
    public static final String UNIT_OPTIONS = "unitOptions";
    // Set by prepare-application
    public static final String UNIT_NAME = "unitName";
    public static final String UNIT_TYPE = "unitType";
    public static final String APPLICANT_ORG = "applicantOrg";
    public static final String ROUTE = "route";
    public static final String MUNICIPAL_GROUP = "municipalGroup";
    /** The city whose grade structure the application touches: the reviewing city, or the applying one. */
    public static final String CITY_CODE = "cityCode";
    public static final String PROVINCIAL_GROUP = "provincialGroup";
    public static final String MAX_POSTS = "maxPosts";
    public static final String ACTIVE_POSTS = "activePosts";
    public static final String OVER_QUOTA = "overQuota";
    public static final String APPLICATION_SUMMARY = "applicationSummary";
    public static final String REVIEW_DUE_DAYS = "reviewDueDays";
    public static final String ESCALATION_DAYS = "escalationDays";
    // Set by assess-grade-structure
    public static final String GRADE_STRUCTURE_SUMMARY = "gradeStructureSummary";
    public static final String BREAKS_GRADE_STRUCTURE = "breaksGradeStructure";
    // Review tasks (CONTRACT.md) and revision
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String REVIEW_HISTORY = "reviewHistory";
    /** Reviews recorded so far; withdrawal correlates only while it is 0. */
    public static final String REVIEW_COUNT = "reviewCount";
    public static final String REVISION_ACTION = "revisionAction";
    // Task-local, set by the deadline timers; the Tasklist filters read it
    public static final String DEADLINE_STATE = "deadlineState";
    public static final String DEADLINE_STAGE = "deadlineStage";

    private Vars() {
    }
  }
}
