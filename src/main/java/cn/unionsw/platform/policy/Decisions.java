package cn.unionsw.platform.policy;

/**
 * The one place that names the policy decisions of {@code dmn/} and their variables (CONTRACT.md "Decisions"),
 * for services, delegates and tests alike. Decision keys and variable names are public contract: never rename.
 */
public final class Decisions {

  /** Hebei post quota (Art. 10); the default of every province's {@code quota-decision} setting. */
  public static final String POST_QUOTA = "post-quota";
  public static final String POST_QUOTA_JIANGSU = "post-quota-jiangsu";
  public static final String POST_QUOTA_MIANYANG = "post-quota-mianyang";
  public static final String CERTIFICATE_LEVEL = "certificate-level";
  public static final String GRADE_ELIGIBILITY = "grade-eligibility";
  public static final String CANDIDATE_ELIGIBILITY = "candidate-eligibility";
  public static final String EVALUATION_OUTCOME = "evaluation-outcome";
  public static final String EVALUATION_CONSEQUENCES = "evaluation-consequences";
  public static final String EVALUATION_DEADLINES = "evaluation-deadlines";
  public static final String POST_PAY = "post-pay";
  public static final String FUNDING_SPLIT = "funding-split";
  /** Price weight bounds and default factor weights of comprehensive scoring (§4.3, Order 87 Art. 55). */
  public static final String BID_SCORING_WEIGHTS = "bid-scoring-weights";

  // post-quota and its variants
  public static final String UNIT_TYPE = "unitType";
  public static final String EMPLOYEE_COUNT = "employeeCount";
  /** Jiangsu only: separate grassroots unions (单独工会组织) in the area. */
  public static final String SEPARATE_UNION_COUNT = "separateUnionCount";
  public static final String MAX_POSTS = "maxPosts";

  // evaluation-consequences
  public static final String OUTCOME = "outcome";
  public static final String PREVIOUS_OUTCOME = "previousOutcome";
  public static final String ALLOWANCE_TIER = "allowanceTier";
  public static final String BONUS_PERCENT = "bonusPercent";
  public static final String NEXT_ALLOWANCE_TIER = "nextAllowanceTier";
  public static final String RETRAINING_REQUIRED = "retrainingRequired";
  public static final String REPLACE_WORKER = "replaceWorker";
  /** {@code previousOutcome} of a worker's first year. */
  public static final String NO_PREVIOUS_OUTCOME = "NONE";

  // post-pay
  public static final String POST_GRADE = "postGrade";
  public static final String MINIMUM_WAGE = "minimumWage";
  public static final String MONTHLY_WAGE = "monthlyWage";
  public static final String MONTHLY_ALLOWANCE = "monthlyAllowance";

  // funding-split
  public static final String POST_LOCATION = "postLocation";
  public static final String PROVINCE_PARTS = "provinceParts";
  public static final String CITY_PARTS = "cityParts";
  public static final String COUNTY_PARTS = "countyParts";
  public static final String EXCESS_BORNE_BY = "excessBorneBy";

  // bid-scoring-weights: weights in percent of the total score
  public static final String PROCUREMENT_METHOD = "procurementMethod";
  public static final String MIN_PRICE_WEIGHT = "minPriceWeight";
  public static final String MAX_PRICE_WEIGHT = "maxPriceWeight";
  public static final String DEFAULT_PRICE_WEIGHT = "defaultPriceWeight";
  public static final String DEFAULT_CAPABILITY_WEIGHT = "defaultCapabilityWeight";
  public static final String DEFAULT_QUALITY_WEIGHT = "defaultQualityWeight";
  public static final String DEFAULT_BENEFIT_WEIGHT = "defaultBenefitWeight";

  private Decisions() {
  }
}
