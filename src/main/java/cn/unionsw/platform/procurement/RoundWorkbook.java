package cn.unionsw.platform.procurement;

import cn.unionsw.platform.procurement.RoundBook.BidLine;
import cn.unionsw.platform.procurement.RoundBook.ContractLine;
import cn.unionsw.platform.procurement.RoundBook.EstimateLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * A purchase round as an .xlsx workbook for the union office's file: 采购计划 (the plan and each purchaser's filed
 * estimate, with totals), 投标与评分 (each bid, each expert's three scores, the averages, price score, total and
 * rank, or why the bid is invalid) and 定标与合同 (the winner and the contracts, with their total).
 *
 * <p>Totals are written as values, not formulas: the workbook is a record of the round, printed and filed, and a
 * viewer that does not calculate (a phone, a preview) shows them all the same. Money is {@value #MONEY}, scores
 * {@value #SCORE}; the header rows stay in view when scrolling.
 */
@Component
class RoundWorkbook {

  static final String PLAN = "采购计划";
  static final String BIDS = "投标与评分";
  static final String AWARD = "定标与合同";
  static final String MONEY = "#,##0.00";
  static final String SCORE = "0.00";
  static final List<String> PLAN_HEADER = List.of("序号", "购买主体", "单位代码", "岗位数", "年度费用（元）",
      "服务期费用（元）", "联系人", "联系电话", "填报人", "填报时间");
  static final List<String> FACTORS = List.of("能力", "质量", "效益");
  static final List<String> AWARD_HEADER = List.of("序号", "合同编号", "购买主体", "合同金额（元）", "服务期起",
      "服务期止", "状态");

  /** Writes the workbook to {@code out}, which stays open. */
  void write(RoundBook book, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "unionsw", "1.0");
      plan(book, workbook.newWorksheet(PLAN));
      bids(book, workbook.newWorksheet(BIDS));
      award(book, workbook.newWorksheet(AWARD));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook as bytes. */
  byte[] write(RoundBook book) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(book, out);
    return out.toByteArray();
  }

  private static void plan(RoundBook book, Worksheet sheet) {
    SheetCells cells = new SheetCells(sheet);
    cells.title(0, (book.cityName() == null ? "" : book.cityName()) + " " + book.roundYear()
        + " 年度工会社会工作岗位服务采购计划", PLAN_HEADER.size());
    // Labels in the wide 购买主体 column, values beside them: the plan's facts above the purchasers' table.
    cells.label(1, 1, "案件编号").text(1, 2, book.caseNumber()).label(1, 4, "城市").text(1, 5, book.cityName())
        .label(1, 6, "年度").number(1, 7, book.roundYear(), "0");
    cells.label(2, 1, "采购方式").text(2, 2, book.methodLabel()).label(2, 4, "服务起始日")
        .date(2, 5, book.serviceStart()).label(2, 6, "状态").text(2, 7, book.status());
    cells.label(3, 1, "预算金额（元）").number(3, 2, book.budget(), MONEY).label(3, 4, "价格分值比重（%）")
        .number(3, 5, book.priceWeight(), SCORE);
    cells.label(4, 1, "采购方式理由").text(4, 2, book.methodReason());
    for (int r = 1; r <= 3; r++) {
      sheet.range(r, 2, r, 3).merge();
    }
    sheet.range(4, 2, 4, PLAN_HEADER.size() - 1).merge();
    sheet.style(4, 2).wrapText(true).verticalAlignment("top").set();
    sheet.rowHeight(4, 32);
    cells.header(6, PLAN_HEADER);
    int row = 7;
    int posts = 0;
    BigDecimal annual = BigDecimal.ZERO;
    BigDecimal term = BigDecimal.ZERO;
    for (EstimateLine estimate : book.estimates()) {
      cells.number(row, 0, row - 6, "0").text(row, 1, estimate.purchaserName()).text(row, 2, estimate.purchaserCode())
          .number(row, 3, estimate.postCount(), "0").number(row, 4, estimate.annualCost(), MONEY)
          .number(row, 5, estimate.termCost(), MONEY).text(row, 6, estimate.contactPerson())
          .text(row, 7, estimate.contactPhone()).text(row, 8, estimate.filedBy())
          .dateTime(row, 9, estimate.filedAt());
      posts += estimate.postCount();
      annual = annual.add(orZero(estimate.annualCost()));
      term = term.add(orZero(estimate.termCost()));
      row++;
    }
    cells.label(row, 0, "合计").text(row, 1, book.estimates().size() + " 个购买主体").number(row, 3, posts, "0")
        .number(row, 4, annual, MONEY).number(row, 5, term, MONEY);
    cells.widths(6, 30, 18, 8, 16, 16, 10, 15, 12, 17);
    sheet.freezePane(0, 7);
  }

  private static void bids(RoundBook book, Worksheet sheet) {
    SheetCells cells = new SheetCells(sheet);
    int experts = book.bids().stream().mapToInt(bid -> bid.expertScores().size()).max().orElse(0);
    int averages = 5 + 3 * experts;
    List<String> tail = List.of("价格分", "综合得分", "排名", "是否有效", "无效原因");
    int columns = averages + 3 + tail.size();
    cells.title(0, "投标与评分　" + book.caseNumber(), columns);
    List<String> lead = List.of("序号", "承接主体", "统一社会信用代码", "投标报价（元）", "分包");
    for (int c = 0; c < lead.size(); c++) {
      cells.spanning(1, c, 2, c, lead.get(c));
    }
    for (int e = 0; e < experts; e++) {
      cells.spanning(1, 5 + 3 * e, 1, 7 + 3 * e, "专家 " + (e + 1));
      cells.header(2, 5 + 3 * e, FACTORS);
    }
    cells.spanning(1, averages, 1, averages + 2, "平均分");
    cells.header(2, averages, FACTORS);
    for (int i = 0; i < tail.size(); i++) {
      cells.spanning(1, averages + 3 + i, 2, averages + 3 + i, tail.get(i));
    }
    int row = 3;
    for (BidLine bid : book.bids()) {
      cells.number(row, 0, row - 2, "0").text(row, 1, bid.contractorName()).text(row, 2, bid.creditCode())
          .number(row, 3, bid.price(), MONEY).text(row, 4, bid.subcontracting() ? "是" : "否");
      for (int e = 0; e < bid.expertScores().size(); e++) {
        BigDecimal[] scores = bid.expertScores().get(e);
        for (int f = 0; f < 3; f++) {
          cells.number(row, 5 + 3 * e + f, scores != null && f < scores.length ? scores[f] : null, SCORE);
        }
      }
      int c = averages;
      cells.number(row, c, bid.capabilityAverage(), SCORE).number(row, c + 1, bid.qualityAverage(), SCORE)
          .number(row, c + 2, bid.benefitAverage(), SCORE).number(row, c + 3, bid.priceScore(), SCORE)
          .number(row, c + 4, bid.totalScore(), SCORE).number(row, c + 5, bid.rank(), "0")
          .text(row, c + 6, bid.valid() == null ? "待审查" : bid.valid() ? "有效" : "无效")
          .text(row, c + 7, bid.invalidReason());
      row++;
    }
    cells.widths(6, 30, 22, 16, 6);
    for (int c = 5; c < averages + 5; c++) { // the scores
      sheet.width(c, 8);
    }
    cells.widthsFrom(averages + 5, 6, 10, 40);
    sheet.freezePane(2, 3);
  }

  private static void award(RoundBook book, Worksheet sheet) {
    SheetCells cells = new SheetCells(sheet);
    cells.title(0, "定标与合同　" + book.caseNumber(), AWARD_HEADER.size());
    cells.label(1, 1, "中标（成交）承接主体").text(1, 2, Objects.requireNonNullElse(book.winnerName(), "尚未定标"));
    cells.label(2, 1, "采购状态").text(2, 2, book.status());
    cells.header(4, AWARD_HEADER);
    int row = 5;
    BigDecimal total = BigDecimal.ZERO;
    for (ContractLine contract : book.contracts()) {
      cells.number(row, 0, row - 4, "0").text(row, 1, contract.contractNumber())
          .text(row, 2, contract.purchaserName()).number(row, 3, contract.amount(), MONEY)
          .date(row, 4, contract.startsOn()).date(row, 5, contract.endsOn()).text(row, 6, contract.status());
      total = total.add(orZero(contract.amount()));
      row++;
    }
    cells.label(row, 0, "合计").text(row, 1, book.contracts().size() + " 份合同").number(row, 3, total, MONEY);
    cells.widths(6, 26, 30, 16, 12, 12, 10);
    sheet.freezePane(0, 5);
  }

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
