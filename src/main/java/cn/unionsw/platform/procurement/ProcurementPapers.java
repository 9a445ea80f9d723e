package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.PostRegistry;
import cn.unionsw.platform.procurement.ContractPaper.PostLine;
import cn.unionsw.platform.procurement.RoundMapper.RoundRow;
import cn.unionsw.platform.procurement.RoundView.BidView;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed papers of procurement: a contract as PDF (Art. 20) for whoever reaches its purchaser, and a round's
 * workbook (.xlsx: plan, bids and scores, award) for whoever may read the round.
 */
@Service
class ProcurementPapers {

  private final Contracts contracts;
  private final RoundMapper rounds;
  private final RoundReads reads;
  private final PurchaseRounds purchase;
  private final PostRegistry posts;
  private final ContractPdf pdf;
  private final RoundWorkbook workbook;

  ProcurementPapers(Contracts contracts, RoundMapper rounds, RoundReads reads, PurchaseRounds purchase,
      PostRegistry posts, ContractPdf pdf, RoundWorkbook workbook) {
    this.contracts = contracts;
    this.rounds = rounds;
    this.reads = reads;
    this.purchase = purchase;
    this.posts = posts;
    this.pdf = pdf;
    this.workbook = workbook;
  }

  /** The contract's file name and PDF; a contract out of reach is not found. */
  @Transactional(readOnly = true)
  Paper contract(long id, String userId) {
    Reach reach = reads.staff(userId);
    Contract contract = contracts.find(id).filter(c -> reach.includes(c.purchaserCode()))
        .orElseThrow(() -> Refusal.notFound("contract", "没有这份合同: " + id));
    RoundRow round = rounds.round(contract.roundId()).orElseThrow();
    Map<String, Integer> counts = new TreeMap<>();
    posts.byIds(contract.postIds()).forEach(post -> counts.merge(post.unitCode() + "|" + post.grade().name(), 1,
        Integer::sum));
    List<PostLine> lines = counts.entrySet().stream().map(entry -> {
      String[] key = entry.getKey().split("\\|");
      return new PostLine(purchase.name(key[0]), key[0], Grade.valueOf(key[1]).label(),
          entry.getValue());
    }).toList();
    String predecessor = contract.predecessorId() == null ? null
        : contracts.find(contract.predecessorId()).map(Contract::contractNumber).orElse(null);
    ContractPaper paper = new ContractPaper(contract.contractNumber(), round.caseNumber(),
        purchase.name(contract.purchaserCode()), contract.purchaserCode(), contract.contractorName(),
        contract.contractorCreditCode(), purchase.name(round.cityCode()),
        round.method() == null ? null : round.method().label(), contract.amount(), contract.startsOn(),
        contract.endsOn(), contract.signedAt().toLocalDate(), predecessor, lines);
    return new Paper(contract.contractNumber() + ".pdf", pdf.render(paper));
  }

  /** The round's workbook as a union office files it. */
  @Transactional(readOnly = true)
  Paper round(long id, String userId) {
    RoundView round = reads.detail(id, userId);
    List<RoundBook.EstimateLine> estimates = round.estimates().stream().map(e -> new RoundBook.EstimateLine(
        e.purchaserName(), e.purchaserCode(), e.postCount(), e.annualCost(), e.termCost(), e.contactPerson(),
        e.contactPhone(), e.filedBy(), e.filedAt())).toList();
    List<RoundBook.BidLine> bids = round.bids().stream().map(ProcurementPapers::bidLine).toList();
    List<RoundBook.ContractLine> signed = contracts.ofRound(id).stream().map(c -> new RoundBook.ContractLine(
        c.contractNumber(), purchase.name(c.purchaserCode()), c.amount(), c.startsOn(), c.endsOn(),
        c.status().name())).toList();
    RoundBook book = new RoundBook(round.caseNumber(), round.cityName(), round.roundYear(), round.serviceStart(),
        round.method() == null ? null : round.method().label(), round.methodReason(), round.budget(),
        round.priceWeight(), round.statusLabel(), estimates, bids, round.winnerName(), signed);
    return new Paper(round.caseNumber() + ".xlsx", workbook.write(book));
  }

  private static RoundBook.BidLine bidLine(BidView bid) {
    List<ScoringRequest.ExpertScores> scores = bid.expertScores().stream()
        .map(s -> new ScoringRequest.ExpertScores(s.capability(), s.quality(), s.benefit())).toList();
    BigDecimal[] averages = scores.isEmpty() ? new BigDecimal[3]
        : BidChecks.averages(new ScoringRequest.Bid(bid.creditCode(), bid.price(), scores, bid.subcontracting()));
    List<BigDecimal[]> sheet = scores.stream()
        .map(s -> new BigDecimal[] {s.capability(), s.quality(), s.benefit()}).toList();
    return new RoundBook.BidLine(bid.contractorName(), bid.creditCode(), bid.price(), bid.subcontracting(),
        bid.valid(), bid.invalidReason(), sheet, averages[0], averages[1], averages[2], bid.priceScore(),
        bid.totalScore(), bid.rank());
  }

  /** A paper to download: its file name and bytes. */
  record Paper(String fileName, byte[] bytes) {
  }
}
