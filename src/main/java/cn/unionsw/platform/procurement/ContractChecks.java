package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.procurement.ContractMapper.PostRow;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What {@link Contracts} takes as input, checked before anything is written; each refusal names its field. The
 * purchaser is a county, or a city (directly administered ones included) for its own posts (Art. 17); the posts are
 * registered, active, and the purchaser's.
 */
@Component
class ContractChecks {

  /** decimal(14,2): up to 999,999,999,999.99 yuan. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
  private static final Set<OrgType> PURCHASERS = Set.of(OrgType.COUNTY, OrgType.CITY, OrgType.DIRECT_CITY);

  private final OrgService orgs;

  ContractChecks(OrgService orgs) {
    this.orgs = orgs;
  }

  void terms(ContractTerms terms, int sequence) {
    if (terms == null) {
      throw Refusal.invalid("terms", "须给出合同条款");
    }
    if (sequence < 1 || sequence > 99) {
      throw Refusal.invalid("sequence", "合同序号须为 1 到 99，收到 " + sequence);
    }
    if (terms.caseNumber() == null || terms.caseNumber().isBlank() || terms.caseNumber().strip().length() > 64) {
      throw Refusal.invalid("caseNumber", "须为采购案件编号（最多 64 个字）");
    }
    BigDecimal amount = terms.amount();
    if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw Refusal.invalid("amount", "合同金额须为大于 0 的元金额，精确到分");
    }
    if (terms.startsOn() == null) {
      throw Refusal.invalid("startsOn", "须给出服务起始日");
    }
    if (terms.postIds() == null || terms.postIds().isEmpty() || terms.postIds().stream().anyMatch(Objects::isNull)) {
      throw Refusal.invalid("postIds", "须列明合同承接的岗位");
    }
  }

  void purchaser(String code) {
    boolean purchaser = Codes.isValid(code)
        && orgs.find(code).map(org -> PURCHASERS.contains(org.type())).orElse(false);
    if (!purchaser) {
      throw Refusal.invalid("purchaserCode", "购买主体须为已登记的县级或市级工会（第十七条）");
    }
  }

  /** The locked rows of {@code ids}: each registered, active and at or below the purchaser. */
  void posts(List<PostRow> rows, List<Long> ids, String purchaserCode) {
    Set<Long> found = rows.stream().map(PostRow::id).collect(Collectors.toSet());
    List<Long> missing = ids.stream().filter(id -> !found.contains(id)).toList();
    if (!missing.isEmpty()) {
      throw Refusal.invalid("postIds", "岗位 " + missing + " 未登记");
    }
    List<Long> foreign = rows.stream().filter(p -> !"ACTIVE".equals(p.status())
        || !Codes.contains(purchaserCode, p.unitCode())).map(PostRow::id).toList();
    if (!foreign.isEmpty()) {
      throw Refusal.invalid("postIds", "岗位 " + foreign + " 已撤销或不属于购买主体 " + purchaserCode);
    }
  }

  /** A transfer's new contractor and reason, before anything is looked up. */
  void successor(String creditCode, String reason) {
    String problem = CreditCode.problem(creditCode);
    if (problem != null) {
      throw Refusal.invalid(Contracts.CREDIT_CODE, problem);
    }
    reason("reason", reason);
  }

  void reason(String field, String reason) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.invalid(field, "须写明理由");
    }
    if (reason.strip().length() > Contracts.MAX_REASON) {
      throw Refusal.invalid(field, "理由最多 " + Contracts.MAX_REASON + " 个字，收到 " + reason.strip().length() + " 个");
    }
  }
}
