package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.CONTRACT_ID;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.FACTS;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.NEW_CONTRACTOR_CREDIT_CODE;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.TRANSFER_REASON;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.WorkdayExpressions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the {@code contractor-default} process does to contracts and contractors (Art. 30, 22): orders the
 * correction, terminates, bars and passes the contract on. Its refusals name the process's variables, so that a
 * start or a step is refused with the reason (400, 403, 409) and nothing is written.
 */
@Service
public class ContractorDefaults {

  private static final ZoneId CHINA = ContractorRegistry.CHINA;

  private final Contracts contracts;
  private final ContractMapper mapper;
  private final ContractorMapper contractors;
  private final ContractorRegistry registry;
  private final OpenDefaultCases openCases;
  private final PurchaserAccess purchasers;
  private final OrgAccess access;
  private final DecisionService decisions;
  private final WorkdayExpressions workdays;

  ContractorDefaults(Contracts contracts, ContractMapper mapper, ContractorMapper contractors,
      ContractorRegistry registry, OpenDefaultCases openCases, PurchaserAccess purchasers, OrgAccess access,
      DecisionService decisions, WorkdayExpressions workdays) {
    this.contracts = contracts;
    this.mapper = mapper;
    this.contractors = contractors;
    this.registry = registry;
    this.openCases = openCases;
    this.purchasers = purchasers;
    this.access = access;
    this.decisions = decisions;
    this.workdays = workdays;
  }

  /** The order to correct (整改通知) as the case records it. */
  public record Order(String contractNumber, String purchaserCode, String provinceCode, String contractorCreditCode,
      String contractorName, int correctionWorkingDays, int followUpWorkingDays, LocalDate correctionDeadline,
      String notice) {
  }

  /**
   * Art. 30: orders the contractor of an ACTIVE contract to correct within the working days of
   * {@code contractor-default-deadlines}, the deadline being the end of that working day, as the model's timer
   * counts it. Only those who act for the purchaser report a default, once per contract at a time: the contract's
   * row is held until the case has started, so a second start waits and sees the first.
   */
  @Transactional
  public Order order(long contractId, DefaultKind kind, String facts, String starter) {
    if (facts == null || facts.isBlank()) {
      throw Refusal.invalid(FACTS.name(), "须写明违约事实（何时起、涉及哪些工会社工、欠发或欠缴多少）");
    }
    if (mapper.lock(contractId) == null) {
      throw Refusal.invalid(CONTRACT_ID.name(), "没有这个合同: " + contractId);
    }
    Contract contract = contracts.find(contractId).orElseThrow();
    if (!purchasers.actsFor(access.reachOf(starter), contract.purchaserCode())) {
      throw Refusal.forbidden(CONTRACT_ID.name(), "只有购买主体（或其上级市总工会）的经办人员、审核人员可以对合同 "
          + contract.contractNumber() + " 发起违约处理（第三十条）");
    }
    if (contract.status() != ContractStatus.ACTIVE) {
      throw Refusal.invalid(CONTRACT_ID.name(), "合同 " + contract.contractNumber() + " " + contract.status().label()
          + "，只能对履行中的合同发起违约处理");
    }
    openCases.of(contractId).ifPresent(caseNumber -> {
      throw Refusal.conflict("default_case_open", CONTRACT_ID.name(), "合同 " + contract.contractNumber()
          + " 已有正在办理的违约处理案件 " + caseNumber);
    });
    var days = decisions.evaluateDecisionTableByKey(ContractorDefaultProcess.DEADLINES_DECISION,
        Variables.createVariables().putValue(ContractorDefaultProcess.Vars.DEFAULT_KIND.name(), kind.name()))
        .getSingleResult();
    if (days == null) {
      throw new IllegalStateException(ContractorDefaultProcess.DEADLINES_DECISION + " has no rule for " + kind);
    }
    int correction = ((Number) days.getEntry("correctionWorkingDays")).intValue();
    int followUp = ((Number) days.getEntry("followUpWorkingDays")).intValue();
    Date due = workdays.after(ClockUtil.getCurrentTime(), correction);
    LocalDate deadline = LocalDate.ofInstant(due.toInstant(), CHINA);
    return new Order(contract.contractNumber(), contract.purchaserCode(), Codes.provinceOf(contract.purchaserCode()),
        contract.contractorCreditCode(), contract.contractorName(), correction, followUp, deadline,
        notice(contract, kind, correction, deadline));
  }

  /** Art. 30: the contractor did not correct by the deadline; the purchaser terminates the contract today. */
  public Contract terminate(long contractId, DefaultKind kind, String caseNumber, String by) {
    return contracts.terminate(contractId, "第三十条：" + kind.label() + "，经责令限期改正逾期未改正，解除合同（"
        + caseNumber + "）", by);
  }

  /**
   * Art. 30: the province bars the contractor from its whole province. A contractor barred there already (by
   * another case or through {@code /api/contractors}) stays so: the bar is the province's once.
   */
  @Transactional
  public Bar bar(String creditCode, String province, DefaultKind kind, String contractNumber, String caseNumber,
      String comment, String by) {
    var contractor = contractors.find(creditCode).orElseThrow(() -> ContractorRegistry.notRegistered(creditCode));
    var existing = contractors.barsIn(List.of(contractor.id()), province);
    if (!existing.isEmpty()) {
      return existing.get(0).bar();
    }
    String reason = "第三十条：履行合同 " + contractNumber + " 中" + kind.label() + "，经责令限期改正逾期未改正，合同已解除（"
        + caseNumber + "）" + (comment == null || comment.isBlank() ? "" : "。省总工会意见：" + comment.strip());
    return registry.bar(creditCode, province, clip(reason), by);
  }

  /**
   * Art. 22 after a termination: the rest of the term goes to another qualified contractor. Whatever is wrong
   * with the contractor or the reason named at {@code transfer-contract} is that step's bad input (400 naming its
   * variable), so the task stays open to be corrected.
   */
  public Contract succeed(long contractId, String creditCode, String reason, String by) {
    try {
      return contracts.succeed(contractId, creditCode, reason, by);
    } catch (Refusal refusal) {
      Map<String, String> variables = Map.of(Contracts.CREDIT_CODE, NEW_CONTRACTOR_CREDIT_CODE.name(), "reason",
          TRANSFER_REASON.name());
      String variable = refusal.field() == null ? null : variables.get(refusal.field());
      if (variable == null) {
        throw refusal;
      }
      throw Refusal.invalid(variable, refusal.getMessage().replaceFirst("^" + refusal.field() + ": ", ""));
    }
  }

  private static String notice(Contract contract, DefaultKind kind, int days, LocalDate deadline) {
    return "整改通知：承接主体" + contract.contractorName() + "（统一社会信用代码 " + contract.contractorCreditCode()
        + "）在履行购买工会社会工作岗位服务合同 " + contract.contractNumber() + " 中" + kind.label()
        + "。依据《河北省工会社会工作岗位管理办法（试行）》第三十条，责令其在 " + days + " 个工作日内（至 " + deadline
        + " 止）改正；逾期拒不改正的，购买主体将解除合同，省总工会将在全省范围内取消其承接工会社会工作岗位服务有关项目的资格。";
  }

  private static String clip(String reason) {
    return reason.length() <= Contracts.MAX_REASON ? reason : reason.substring(0, Contracts.MAX_REASON - 1) + "…";
  }
}
