package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/procurement/contracts}: the post-service contracts of the purchasers a clerk or reviewer reaches (a
 * county its own, a city its counties', the province all; workers none), and the transfer of one (Art. 22) by those
 * who act for its purchaser ({@link PurchaserAccess}). A contract out of the caller's reach reads as not found.
 */
@RestController
@RequestMapping("/api/procurement/contracts")
class ContractController {

  private final Contracts contracts;
  private final OrgAccess access;
  private final PurchaserAccess purchasers;

  ContractController(Contracts contracts, OrgAccess access, PurchaserAccess purchasers) {
    this.contracts = contracts;
    this.access = access;
    this.purchasers = purchasers;
  }

  /** Newest first; {@code status} narrows to ACTIVE, TRANSFERRED or TERMINATED. */
  @GetMapping
  List<Contract> list(@RequestParam(required = false) String status, Principal caller) {
    requireClerkOrReviewer(caller);
    return contracts.inReach(caller.getName(), status(status));
  }

  @GetMapping("/{id}")
  Contract one(@PathVariable long id, Principal caller) {
    Reach reach = requireClerkOrReviewer(caller);
    return contracts.find(id).filter(contract -> reach.includes(contract.purchaserCode()))
        .orElseThrow(() -> notFound(id));
  }

  /** Art. 22: answers the successor contract. */
  @PostMapping("/{id}/transfer")
  Contract transfer(@PathVariable long id, @RequestBody TransferRequest request, Principal caller) {
    Reach reach = requireClerkOrReviewer(caller);
    Contract contract = contracts.find(id).orElseThrow(() -> notFound(id));
    if (!purchasers.actsFor(reach, contract.purchaserCode())) {
      throw Refusal.forbidden("只有购买主体（或其上级市总工会）的经办人员、审核人员可以转移合同（第二十二条）");
    }
    return contracts.transfer(id, request.contractorCreditCode(), request.reason(), caller.getName());
  }

  private Reach requireClerkOrReviewer(Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK) && !reach.roles().contains(Roles.REVIEWER)) {
      throw Refusal.forbidden("只有审核人员和经办人员可查看购买服务合同");
    }
    return reach;
  }

  private static Refusal notFound(long id) {
    return Refusal.notFound("contract", "没有这个合同: " + id);
  }

  /** Read exactly: Jackson and Spring would take {@code active} or {@code 0} for a constant. */
  private static ContractStatus status(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    return Arrays.stream(ContractStatus.values()).filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> Refusal.invalid("status", "须为 " + Arrays.stream(ContractStatus.values())
            .map(Enum::name).collect(Collectors.joining("、")) + " 之一，收到 " + Problems.quote(name)));
  }

  record TransferRequest(String contractorCreditCode, String reason) {
  }
}
