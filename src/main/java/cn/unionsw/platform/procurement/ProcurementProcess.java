package cn.unionsw.platform.procurement;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.util.List;

/**
 * The ids, typed variables and kernel declaration of {@code processes/post-procurement.bpmn}: one purchase round of
 * a city (or of Dingzhou or Xinji, which run their own), DOMAIN.md §4. The county estimates and files, the city plans,
 * publishes, records the bids and awards; contracts follow, one per purchaser.
 */
public final class ProcurementProcess {

  public static final String KEY = "post-procurement";
  static final int MAX_TEXT = 2000;

  private ProcurementProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-round";
    public static final String OPEN_ROUND = "open-round";
    public static final String ESTIMATE_COST = "estimate-cost";
    public static final String AGGREGATE_PLAN = "aggregate-plan";
    public static final String PUBLISH_PLAN = "publish-plan";
    public static final String RECORD_BID = "record-bid";
    public static final String SCORE_BIDS = "score-bids";
    public static final String AWARD_CONTRACT = "award-contract";
    public static final String SIGN_CONTRACTS = "sign-contracts";
    public static final String END_AWARDED = "end-awarded";
    public static final String END_FAILED = "end-failed";

    private Elements() {
    }
  }

  /** What the city decides on the scored bids. */
  public enum AwardDecision {
    /** Award the contract to the bid ranked first (定标). */
    AWARD,
    /** Close the round without an award (废标), with the reason. */
    FAIL
  }

  /** Process variables, typed. */
  public static final class Vars {
    // Start (the start form): the round's year and the first day of the three-year service
    public static final Variable<Integer> ROUND_YEAR = Variable.integer("roundYear", 2020, 2100);
    public static final Variable<String> SERVICE_START = Variable.text("serviceStart", 10);
    // Set by open-round
    public static final Variable<Integer> ROUND_ID = Variable.integer("roundId", 1, Integer.MAX_VALUE);
    public static final Variable<String> CITY_CODE = Variable.text("cityCode", 64);
    public static final Variable<String> CITY_NAME = Variable.text("cityName", 200);
    /** The multi-instance element: the purchaser (county, or the city for its own posts) of one estimate. */
    public static final Variable<String> PURCHASER = Variable.text("purchaser", 64);
    // estimate-cost (task-local): the pay service's figures, and the filing
    public static final Variable<String> ESTIMATE_SUMMARY = Variable.text("estimateSummary", Variable.MAX_TEXT);
    public static final Variable<String> CONTACT_PERSON = Variable.text("contactPerson", 50);
    public static final Variable<String> CONTACT_PHONE = Variable.text("contactPhone", 30);
    public static final Variable<String> FUNDING_NOTE = Variable.text("fundingNote", 500);
    // Set by aggregate-plan
    public static final Variable<String> PLAN_SUMMARY = Variable.text("planSummary", Variable.MAX_TEXT);
    // publish-plan
    public static final Variable<ProcurementMethod> PROCUREMENT_METHOD =
        Variable.choice("procurementMethod", ProcurementMethod.class);
    public static final Variable<String> METHOD_REASON = Variable.text("methodReason", 500);
    public static final Variable<Integer> PRICE_WEIGHT = Variable.integer("priceWeight", 0, 100);
    // record-bid (task-local but for moreBids, which the gateway after it reads)
    public static final Variable<String> BIDS_SUMMARY = Variable.text("bidsSummary", Variable.MAX_TEXT);
    public static final Variable<String> BIDDER_CREDIT_CODE = Variable.text("bidderCreditCode", 18);
    /** Yuan, to the fen, as the bid states it ("1,234,567.89"): text, so that the form keeps what was typed. */
    public static final Variable<String> BID_PRICE = Variable.text("bidPrice", 24);
    public static final Variable<Boolean> SUBCONTRACTING = Variable.flag("subcontracting");
    public static final Variable<String> CAPABILITY_SCORES = Variable.text("capabilityScores", 400);
    public static final Variable<String> QUALITY_SCORES = Variable.text("qualityScores", 400);
    public static final Variable<String> BENEFIT_SCORES = Variable.text("benefitScores", 400);
    public static final Variable<Boolean> MORE_BIDS = Variable.flag("moreBids");
    // Set by score-bids
    public static final Variable<String> SCORING_SUMMARY = Variable.text("scoringSummary", Variable.MAX_TEXT);
    public static final Variable<String> PROPOSED_WINNER = Variable.text("proposedWinner", 18);
    // award-contract
    public static final Variable<AwardDecision> AWARD_DECISION = Variable.choice("awardDecision", AwardDecision.class);
    public static final Variable<String> AWARD_COMMENT = Variable.text("awardComment", 500);
    // Set by sign-contracts
    public static final Variable<String> CONTRACTS_SUMMARY = Variable.text("contractsSummary", Variable.MAX_TEXT);

    static final List<Variable<?>> START = List.of(ROUND_YEAR, SERVICE_START);
    static final List<Variable<?>> FILING = List.of(CONTACT_PERSON, CONTACT_PHONE, FUNDING_NOTE);
    static final List<Variable<?>> PUBLICATION = List.of(PROCUREMENT_METHOD, METHOD_REASON, PRICE_WEIGHT);
    static final List<Variable<?>> BID = List.of(BIDDER_CREDIT_CODE, BID_PRICE, SUBCONTRACTING, CAPABILITY_SCORES,
        QUALITY_SCORES, BENEFIT_SCORES, MORE_BIDS);
    static final List<Variable<?>> AWARD = List.of(AWARD_DECISION, AWARD_COMMENT);
    static final List<Variable<?>> INTERNAL = List.of(ROUND_ID, CITY_CODE, CITY_NAME, PURCHASER,
        ESTIMATE_SUMMARY, PLAN_SUMMARY, BIDS_SUMMARY, SCORING_SUMMARY, PROPOSED_WINNER, CONTRACTS_SUMMARY);

    private Vars() {
    }
  }

  /**
   * A city's (or directly administered city's) clerks open a round; each purchaser's clerks file its estimate
   * (备案表); the city's clerks publish the plan with the method, record each bid as opened and scored by the
   * experts, and award; each step is due within its working days of {@code procurement-deadlines}.
   */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("岗购")
      .startedBy(Roles.CLERK)
      .startVariables(Vars.START)
      .requiredAtStart(Vars.ROUND_YEAR, Vars.SERVICE_START)
      .step(Step.task(Elements.ESTIMATE_COST, "测算费用并备案", Roles.CLERK, Vars.FILING))
      .step(Step.task(Elements.PUBLISH_PLAN, "发布采购计划", Roles.CLERK, Vars.PUBLICATION))
      .step(Step.task(Elements.RECORD_BID, "录入投标与专家评分", Roles.CLERK, Vars.BID))
      .step(Step.task(Elements.AWARD_CONTRACT, "定标", Roles.CLERK, Vars.AWARD))
      .internal(Vars.INTERNAL)
      .build();
}
