package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.procurement.RoundMapper.BidRow;
import cn.unionsw.platform.procurement.RoundMapper.RoundRow;
import cn.unionsw.platform.procurement.RoundMapper.ScoreRow;
import cn.unionsw.platform.procurement.RoundView.BidView;
import cn.unionsw.platform.procurement.RoundView.EstimateView;
import cn.unionsw.platform.procurement.RoundView.ExpertView;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may read which round, and the round as read: the one rule for the API, the workbook and the contracts. */
@Service
class RoundReads {

  private final RoundMapper rounds;
  private final OrgAccess access;
  private final PurchaseRounds purchase;

  RoundReads(RoundMapper rounds, OrgAccess access, PurchaseRounds purchase) {
    this.rounds = rounds;
    this.access = access;
    this.purchase = purchase;
  }

  @Transactional(readOnly = true)
  List<RoundView> visible(String userId) {
    Reach reach = staff(userId);
    return rounds.roundsReaching(reach.orgCodes(), reach.admin()).stream()
        .map(row -> view(row, null, null)).toList();
  }

  /**
   * The round with its estimates and bids. The city and those above it see all; a purchaser that is not the city sees
   * its own estimate, and the bids only once the round is decided (bids stay sealed while the city takes them).
   */
  @Transactional(readOnly = true)
  RoundView detail(long id, String userId) {
    RoundRow round = readable(id, userId);
    Reach reach = access.reachOf(userId);
    boolean city = reach.includes(round.cityCode());
    boolean decided = round.status() == RoundStatus.AWARDED || round.status() == RoundStatus.FAILED;
    List<EstimateView> estimates = rounds.estimates(id).stream()
        .filter(e -> city || reach.includes(e.purchaserCode())).map(e -> new EstimateView(e.purchaserCode(),
        purchase.name(e.purchaserCode()), e.postCount(), e.annualCost(), e.termCost(), e.detail(), e.contactPerson(),
        e.contactPhone(), e.fundingNote(), e.filedBy(), e.filedAt())).toList();
    Map<Long, List<ExpertView>> scores = rounds.scores(id).stream().collect(Collectors.groupingBy(ScoreRow::bidId,
        Collectors.mapping(s -> new ExpertView(s.expertNo(), s.capability(), s.quality(), s.benefit()),
            Collectors.toList())));
    List<BidView> bids = !city && !decided ? List.of() : rounds.bids(id).stream().map(b -> new BidView(b.creditCode(), b.contractorName(), b.price(),
        b.subcontracting(), scores.getOrDefault(b.id(), List.of()), b.valid(), b.invalidReason(), b.priceScore(),
        b.totalScore(), b.rank(), b.recordedBy(), b.recordedAt())).toList();
    return view(round, estimates, bids);
  }

  /**
   * The round, if the user's organisation takes part in it: the buying city or above, or one of its purchasers or
   * above; a round out of reach is answered as one that does not exist.
   */
  RoundRow readable(long id, String userId) {
    Reach reach = staff(userId);
    RoundRow round = rounds.round(id).orElse(null);
    boolean inReach = round != null && (reach.includes(round.cityCode())
        || rounds.estimates(id).stream().anyMatch(e -> reach.includes(e.purchaserCode())));
    if (!inReach) {
      throw Refusal.notFound("round", "没有这个采购轮次: " + id);
    }
    return round;
  }

  /** Procurement is read by the unions' clerks and reviewers (and administrators), never by workers. */
  Reach staff(String userId) {
    Reach reach = access.reachOf(userId);
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK) && !reach.roles().contains(Roles.REVIEWER)) {
      throw Refusal.forbidden("采购轮次和合同由各级工会的经办人员和审核人员查看");
    }
    return reach;
  }

  private RoundView view(RoundRow r, List<EstimateView> estimates, List<BidView> bids) {
    BidRow winner = r.winnerId() == null ? null : rounds.bids(r.id()).stream()
        .filter(bid -> bid.contractorId().equals(r.winnerId())).findFirst().orElse(null);
    return new RoundView(r.id(), r.caseNumber(), r.processInstanceId(), r.cityCode(), purchase.name(r.cityCode()),
        r.roundYear(), r.serviceStart(), r.status(), r.status().label(), r.budget(), r.method(), r.methodReason(),
        r.priceWeight(), r.publishedAt(), winner == null ? null : winner.creditCode(),
        winner == null ? null : winner.contractorName(), r.closedAt(), r.closeReason(), estimates, bids);
  }

  /** A round id from the path: a positive number, else 400 naming it. */
  static long id(String text) {
    // ASCII digits only: Long.parseLong would also read full-width and other scripts' digits.
    if (text != null && text.matches("[0-9]{1,18}") && Long.parseLong(text) > 0) {
      return Long.parseLong(text);
    }
    throw Refusal.invalid("id", "采购轮次编号须为正整数，收到 " + Problems.quote(text));
  }
}
