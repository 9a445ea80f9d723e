package cn.unionsw.platform.procurement;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.util.List;
import java.util.Set;

/**
 * The ids, typed variables and kernel declaration of {@code processes/contractor-default.bpmn} (Art. 30, 22): a
 * contractor that does not pay its workers' wages or social insurance on time is ordered to correct within a
 * deadline; if it does not, the purchaser terminates the contract, the province bars the contractor from the
 * whole province, and the purchaser passes the rest of the term to another contractor.
 */
public final class ContractorDefaultProcess {

  public static final String KEY = "contractor-default";
  /** Working days to correct, and to act on each step after a termination; an administrator edits them. */
  public static final String DEADLINES_DECISION = "contractor-default-deadlines";
  static final int MAX_FACTS = 2000;
  static final int MAX_REASON = 500;

  private ContractorDefaultProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-default";
    public static final String ISSUE_CORRECTION_ORDER = "issue-correction-order";
    public static final String VERIFY_CORRECTION = "verify-correction";
    public static final String CORRECTION_TIMER = "correction-deadline";
    public static final String MARK_CORRECTION_DUE = "mark-correction-due";
    public static final String END_CORRECTION_DUE_MARKED = "end-correction-due-marked";
    public static final String GATEWAY_CORRECTED = "gateway-corrected";
    public static final String END_CORRECTED = "end-corrected";
    public static final String TERMINATE_CONTRACT = "terminate-contract";
    public static final String FORK_AFTER_TERMINATION = "fork-after-termination";
    public static final String CONFIRM_BAR = "confirm-bar";
    public static final String GATEWAY_BAR_DECISION = "gateway-bar-decision";
    public static final String BAR_CONTRACTOR = "bar-contractor";
    public static final String GATEWAY_BAR_DECIDED = "gateway-bar-decided";
    public static final String TRANSFER_CONTRACT = "transfer-contract";
    public static final String SIGN_SUCCESSOR = "sign-successor";
    public static final String JOIN_AFTER_TERMINATION = "join-after-termination";
    public static final String END_TERMINATED = "end-terminated";

    private Elements() {
    }
  }

  /** Process variables, typed. */
  public static final class Vars {
    // Start variables
    public static final Variable<Integer> CONTRACT_ID = Variable.integer("contractId", 1, Integer.MAX_VALUE);
    public static final Variable<DefaultKind> DEFAULT_KIND = Variable.choice("defaultKind", DefaultKind.class);
    public static final Variable<String> FACTS = Variable.text("facts", MAX_FACTS);
    // Set by the kernel: the authenticated starter
    public static final Variable<String> REPORTED_BY = Variable.text("reportedBy", 64);
    // Set by issue-correction-order
    public static final Variable<String> CONTRACT_NUMBER = Variable.text("contractNumber", 80);
    public static final Variable<String> PURCHASER_CODE = Variable.text("purchaserCode", 64);
    public static final Variable<String> PROVINCE_CODE = Variable.text("provinceCode", 64);
    public static final Variable<String> CONTRACTOR_CREDIT_CODE = Variable.text("contractorCreditCode", 18);
    public static final Variable<String> CONTRACTOR_NAME = Variable.text("contractorName", 100);
    public static final Variable<Integer> CORRECTION_WORKING_DAYS = Variable.integer("correctionWorkingDays", 1, 365);
    public static final Variable<Integer> FOLLOW_UP_WORKING_DAYS = Variable.integer("followUpWorkingDays", 1, 365);
    public static final Variable<String> CORRECTION_DEADLINE = Variable.text("correctionDeadline", 10);
    public static final Variable<String> CORRECTION_ORDER = Variable.text("correctionOrder", Variable.MAX_TEXT);
    // verify-correction
    public static final Variable<Boolean> CORRECTED = Variable.flag("corrected");
    public static final Variable<String> VERIFICATION = Variable.text("verification", MAX_FACTS);
    // Set by bar-contractor
    public static final Variable<Boolean> BARRED = Variable.flag("barred");
    // transfer-contract
    public static final Variable<String> NEW_CONTRACTOR_CREDIT_CODE = Variable.text("newContractorCreditCode", 18);
    public static final Variable<String> TRANSFER_REASON = Variable.text("transferReason", MAX_REASON);
    // Set by sign-successor
    public static final Variable<String> SUCCESSOR_CONTRACT_NUMBER = Variable.text("successorContractNumber", 80);

    static final List<Variable<?>> START = List.of(CONTRACT_ID, DEFAULT_KIND, FACTS);
    static final List<Variable<?>> VERIFIED = List.of(CORRECTED, VERIFICATION);
    static final List<Variable<?>> TRANSFER = List.of(NEW_CONTRACTOR_CREDIT_CODE, TRANSFER_REASON);
    static final List<Variable<?>> SET_BY_PROCESS = List.of(CONTRACT_NUMBER, PURCHASER_CODE, PROVINCE_CODE,
        CONTRACTOR_CREDIT_CODE, CONTRACTOR_NAME, CORRECTION_WORKING_DAYS, FOLLOW_UP_WORKING_DAYS, CORRECTION_DEADLINE,
        CORRECTION_ORDER, BARRED, SUCCESSOR_CONTRACT_NUMBER);

    private Vars() {
    }
  }

  /**
   * The purchaser's clerks and reviewers (or the city's above a county purchaser) report a default (Art. 30); the
   * purchaser's clerks verify the correction and, after a termination, transfer the contract (Art. 22); the
   * province's reviewers confirm the province-wide bar, approving (bar) or rejecting (no bar, with the reason), never
   * returning. Each step may be delegated or transferred (转办) to a colleague of the same role and organisation.
   */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("违约")
      .startedBy(Roles.CLERK, Roles.REVIEWER)
      .starterIn(Vars.REPORTED_BY)
      .startVariables(Vars.START)
      .requiredAtStart(Vars.CONTRACT_ID, Vars.DEFAULT_KIND, Vars.FACTS)
      .step(new Step(Elements.VERIFY_CORRECTION, "核查整改", Roles.CLERK, Step.Actor.CANDIDATE_ORGANISATION,
          Vars.VERIFIED, false, Set.of(Step.Action.DELEGATE, Step.Action.TRANSFER)))
      .step(Step.review(Elements.CONFIRM_BAR, "省级确认禁入", Roles.REVIEWER, Step.Action.DELEGATE,
          Step.Action.TRANSFER))
      .step(new Step(Elements.TRANSFER_CONTRACT, "转移合同", Roles.CLERK, Step.Actor.CANDIDATE_ORGANISATION,
          Vars.TRANSFER, false, Set.of(Step.Action.DELEGATE, Step.Action.TRANSFER)))
      .internal(Vars.SET_BY_PROCESS)
      .build();
}
