package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.procurement.ContractMapper.ContractPost;
import cn.unionsw.platform.procurement.ContractMapper.NewContract;
import cn.unionsw.platform.procurement.ContractMapper.Row;
import cn.unionsw.platform.web.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-service contracts (Art. 21(三)): signed at a round's award for a three-year term, transferred to another
 * contractor when the contractor cannot perform (Art. 22), terminated when it does not pay wages or social
 * insurance and will not correct (Art. 30). A change locks the contract's row first, so that of two changes at once
 * one succeeds and the other meets the changed contract (409). Successors follow {@link Succession}.
 */
@Service
public class Contracts {

  /** Art. 21(三): three-year contracts. */
  static final int TERM_YEARS = 3;
  static final int MAX_REASON = 500;
  static final String CREDIT_CODE = "contractorCreditCode";

  private final ContractMapper mapper;
  private final ContractorMapper contractors;
  private final ContractorRegistry registry;
  private final ContractChecks checks;
  private final OpenDefaultCases openCases;
  private final OrgAccess access;
  private final Clock clock;

  Contracts(ContractMapper mapper, ContractorMapper contractors, ContractorRegistry registry, ContractChecks checks,
      OpenDefaultCases openCases, OrgAccess access, Clock clock) {
    this.mapper = mapper;
    this.contractors = contractors;
    this.registry = registry;
    this.checks = checks;
    this.openCases = openCases;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Signs the contract of one purchaser at a round's award: number {@code <caseNumber>-<sequence, two digits>}, from
   * {@code startsOn} for three years to the day before the third anniversary. Refuses (409) posts another ACTIVE
   * contract serves; two signatures for one post take turns on the post's row.
   */
  @Transactional
  public Contract sign(ContractTerms terms, int sequence) {
    checks.terms(terms, sequence);
    if (mapper.roundCount(terms.roundId()) == 0) {
      throw Refusal.invalid("roundId", "采购轮次 " + terms.roundId() + " 不存在");
    }
    if (mapper.contractorCount(terms.contractorId()) == 0) {
      throw Refusal.invalid("contractorId", "承接主体 " + terms.contractorId() + " 未登记");
    }
    checks.purchaser(terms.purchaserCode());
    List<Long> posts = terms.postIds().stream().distinct().sorted().toList();
    checks.posts(mapper.lockPosts(posts), posts, terms.purchaserCode());
    requireFree(posts, terms.startsOn());
    String number = terms.caseNumber().strip() + "-" + String.format("%02d", sequence);
    NewContract contract = new NewContract(number, terms.roundId(), terms.purchaserCode(), terms.contractorId(),
        terms.amount(), terms.startsOn(), terms.startsOn().plusYears(TERM_YEARS).minusDays(1), now(), null, null);
    return insert(contract, posts);
  }

  @Transactional(readOnly = true)
  public Optional<Contract> find(long id) {
    return mapper.find(id).map(row -> withPosts(List.of(row)).get(0));
  }

  /**
   * What a hire on the post records of the contract: its contractor and term, and whether it is ACTIVE and serves
   * the post; empty when there is no such contract. One statement, reading one post link, not the contract's every
   * post.
   */
  @Transactional(readOnly = true)
  public Optional<Terms> terms(long contractId, long postId) {
    return mapper.terms(contractId, postId);
  }

  /** A contract's contractor and term, and whether it serves a given post now. */
  public record Terms(String contractNumber, String contractorName, LocalDate startsOn, LocalDate endsOn,
      boolean activeForPost) {
  }

  @Transactional(readOnly = true)
  public List<Contract> ofRound(long roundId) {
    return withPosts(mapper.ofRound(roundId));
  }

  /** Contracts whose purchaser the user reaches (a county its own, a city its counties', the province all). */
  @Transactional(readOnly = true)
  public List<Contract> inReach(String userId, ContractStatus status) {
    Reach reach = access.reachOf(userId);
    if (!reach.admin() && reach.orgCodes().isEmpty()) {
      return List.of();
    }
    return withPosts(mapper.within(reach.admin(), reach.orgCodes(), status));
  }

  /**
   * Art. 22: the purchaser passes an ACTIVE contract whose contractor cannot perform to another qualified
   * contractor. The contract ends today (Beijing time) as TRANSFERRED; its successor serves the same posts for the
   * rest of the term ({@link Succession}). Refused (409) while a contractor-default case of the contract is open:
   * that case terminates and transfers the contract itself.
   */
  @Transactional
  public Contract transfer(long contractId, String newContractorCreditCode, String reason, String by) {
    checks.successor(newContractorCreditCode, reason);
    Row old = locked(contractId);
    requireActive(old);
    openCases.of(contractId).ifPresent(caseNumber -> {
      throw Refusal.conflict("contract_in_default_case", "合同 " + old.contractNumber() + " 正在违约处理（" + caseNumber
          + "），须在该案件中解除和转移");
    });
    LocalDate today = today();
    Row ended = end(old, ContractStatus.TRANSFERRED, today, reason.strip(), by);
    return successor(ended, today, newContractorCreditCode, reason.strip());
  }

  /** Art. 30: the purchaser terminates an ACTIVE contract today (Beijing time). */
  @Transactional
  public Contract terminate(long contractId, String reason, String by) {
    checks.reason("reason", reason);
    Row old = locked(contractId);
    requireActive(old);
    end(old, ContractStatus.TERMINATED, today(), reason.strip(), by);
    return find(contractId).orElseThrow();
  }

  /**
   * Art. 22 after Art. 30: the rest of a TERMINATED contract's term passes to another qualified contractor. The
   * terminated contract keeps its status and reason; its successor starts tomorrow (or on the old start date if
   * later) and follows {@link Succession}. Once per contract (409 for a second); an ACTIVE contract is transferred
   * instead.
   */
  @Transactional
  public Contract succeed(long terminatedId, String newContractorCreditCode, String reason, String by) {
    checks.successor(newContractorCreditCode, reason);
    Row old = locked(terminatedId);
    if (old.status() != ContractStatus.TERMINATED) {
      throw Refusal.conflict("contract_not_terminated", "合同 " + old.contractNumber() + " " + old.status().label()
          + "：只有已解除的合同在此另行签订后续合同，履行中的合同请转移");
    }
    if (!mapper.successorsOf(terminatedId).isEmpty()) {
      throw Refusal.conflict("contract_already_succeeded", "合同 " + old.contractNumber() + " 已有后续合同");
    }
    return successor(old, today(), newContractorCreditCode, reason.strip());
  }

  private Contract successor(Row old, LocalDate today, String creditCode, String reason) {
    LocalDate startsOn = Succession.startsOn(old.startsOn(), today);
    if (startsOn.isAfter(old.endsOn())) {
      throw Refusal.conflict("contract_term_over", "合同 " + old.contractNumber() + " 的期限已于 " + old.endsOn()
          + " 届满，没有可转移的剩余期限");
    }
    Contractor next = qualified(creditCode, old.purchaserCode(), today);
    long nextId = contractors.find(next.creditCode()).orElseThrow().id();
    if (nextId == old.contractorId()) {
      throw Refusal.invalid(CREDIT_CODE, "须为原承接主体以外的承接主体");
    }
    List<Long> posts = postsOf(old.id());
    mapper.lockPosts(posts);
    requireFree(posts, startsOn);
    NewContract contract = new NewContract(Succession.number(old.contractNumber()), old.roundId(),
        old.purchaserCode(), nextId, Succession.amount(old.amount(), old.startsOn(), old.endsOn(), startsOn),
        startsOn, old.endsOn(), now(), old.id(), reason);
    return insert(contract, posts);
  }

  /** The registry's check on the purchaser's province (Art. 18, 30), naming this API's field. */
  private Contractor qualified(String creditCode, String purchaserCode, LocalDate today) {
    try {
      return registry.requireQualified(creditCode, Codes.provinceOf(purchaserCode), today);
    } catch (Refusal refusal) {
      // Not registered is bad input here, not a missing resource: the contract in the path exists.
      throw refusal.kind() == Refusal.Kind.CONFLICT
          ? Refusal.conflict(refusal.error(), CREDIT_CODE, refusal.getMessage().replaceFirst("^creditCode: ", ""))
          : Refusal.invalid(CREDIT_CODE, refusal.getMessage().replaceFirst("^creditCode: ", ""));
    }
  }

  private Row end(Row old, ContractStatus status, LocalDate today, String reason, String by) {
    if (mapper.end(old.id(), status, today, reason, by) != 1) {
      throw new IllegalStateException("contract " + old.id() + " changed under its own lock");
    }
    return mapper.find(old.id()).orElseThrow();
  }

  private Row locked(long id) {
    if (mapper.lock(id) == null) {
      throw Refusal.notFound("contract", "没有这个合同: " + id);
    }
    return mapper.find(id).orElseThrow();
  }

  private static void requireActive(Row contract) {
    if (contract.status() != ContractStatus.ACTIVE) {
      throw Refusal.conflict("contract_not_active", "合同 " + contract.contractNumber() + " "
          + contract.status().label() + "（" + contract.endedOn() + "），只有履行中的合同可以转移或解除");
    }
  }

  private void requireFree(List<Long> posts, LocalDate from) {
    List<Long> taken = mapper.underActiveContract(posts, from);
    if (!taken.isEmpty()) {
      throw Refusal.conflict("post_under_contract", "postIds", "岗位 " + taken + " 已由履行中的合同承接");
    }
  }

  private Contract insert(NewContract contract, List<Long> posts) {
    try {
      mapper.insert(contract);
    } catch (DuplicateKeyException e) {
      throw Refusal.conflict("contract_number_taken", "合同编号 " + contract.contractNumber + " 已被使用");
    }
    mapper.insertPosts(contract.id, posts);
    return find(contract.id).orElseThrow();
  }

  private List<Long> postsOf(long contractId) {
    return mapper.postsOf(List.of(contractId)).stream().map(ContractPost::postId).toList();
  }

  private List<Contract> withPosts(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Long>> posts = mapper.postsOf(rows.stream().map(Row::id).toList()).stream()
        .collect(Collectors.groupingBy(ContractPost::contractId,
            Collectors.mapping(ContractPost::postId, Collectors.toList())));
    return rows.stream().map(r -> new Contract(r.id(), r.contractNumber(), r.roundId(), r.purchaserCode(),
        r.contractorId(), r.contractorCreditCode(), r.contractorName(), r.amount(), r.startsOn(), r.endsOn(),
        r.status(), r.signedAt(), r.predecessorId(), r.endedOn(), r.endReason(),
        List.copyOf(posts.getOrDefault(r.id(), List.of())))).toList();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ContractorRegistry.CHINA);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ContractorRegistry.CHINA);
  }
}
