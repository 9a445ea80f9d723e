package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.policy.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A city's (or a county's) annual results as a union office files them: a title row, the header, one row per worker
 * sorted by county, unit and name (counties by code, the city's own posts first as 市本级; names in Chinese order),
 * then the count of each outcome and the Art. 26 line (excellent at most 30 % of the participants). Identity numbers
 * are text cells, so Excel keeps every digit; the satisfaction rate is the number of percent (95.5 shows 95.50%).
 */
final class EvaluationResultsSheet {

  static final String SHEET = "评价结果";
  static final List<String> HEADER = List.of("序号", "县（市、区）", "单位", "姓名", "身份证号", "岗位等级", "得分",
      "民主评议满意率", "建议等次", "评定等次", "申诉结果", "最终等次", "年终奖金（元）", "次年津贴档级", "再培训", "更换人员");
  static final String CITY_LEVEL = "市本级";
  private static final double[] WIDTHS = {6, 12, 24, 10, 21, 8, 8, 10, 10, 10, 22, 16, 13, 8, 8, 8};
  private static final String HEADER_FILL = "DDEBF7";
  private static final int FLUSH_EVERY = 1000;

  private EvaluationResultsSheet() {
  }

  /**
   * @param title the title row (石家庄市总工会 2026 年度工会社会工作岗位服务质量评价结果)
   * @param participants whom the 30 % cap counts: the round's participants for a whole city, else null (the rows)
   */
  static byte[] write(String title, List<EvaluationResultRow> rows, Integer participants) {
    List<EvaluationResultRow> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "unionsw", "1.0");
      Worksheet sheet = workbook.newWorksheet(SHEET);
      int last = HEADER.size() - 1;
      sheet.value(0, 0, title);
      sheet.range(0, 0, 0, last).merge();
      sheet.range(0, 0, 0, last).style().bold().fontSize(16).horizontalAlignment("center").set();
      sheet.rowHeight(0, 30);
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.value(1, c, HEADER.get(c));
        sheet.width(c, WIDTHS[c]);
      }
      sheet.range(1, 0, 1, last).style().bold().fillColor(HEADER_FILL).borderStyle(BorderStyle.THIN).wrapText(true)
          .horizontalAlignment("center").set();
      sheet.freezePane(0, 2);
      int r = 2;
      for (EvaluationResultRow row : sorted) {
        write(sheet, r, r - 1, row);
        if (r++ % FLUSH_EVERY == 0) {
          sheet.flush();
        }
      }
      if (!sorted.isEmpty()) {
        int end = r - 1;
        sheet.range(2, 0, end, last).style().borderStyle(BorderStyle.THIN).set();
        sheet.range(2, 4, end, 4).style().format("@").set();
        sheet.range(2, 6, end, 6).style().format("0.00").set();
        sheet.range(2, 7, end, 7).style().format("0.00\"%\"").set();
        sheet.range(2, 12, end, 12).style().format("#,##0.00").set();
      }
      totals(sheet, r + 1, sorted, participants);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** County (the city's own posts first), unit, name in Chinese order, then the evaluation. */
  static final Comparator<EvaluationResultRow> ORDER = Comparator.comparing(EvaluationResultRow::proposerCode)
      .thenComparing(EvaluationResultRow::unitCode)
      .thenComparing(EvaluationResultRow::name, Collator.getInstance(Locale.CHINA))
      .thenComparing(EvaluationResultRow::evaluationId);

  private static void write(Worksheet sheet, int r, int number, EvaluationResultRow row) {
    sheet.value(r, 0, number);
    sheet.value(r, 1, county(row));
    sheet.value(r, 2, row.unitName());
    sheet.value(r, 3, row.name());
    sheet.value(r, 4, row.identityNumber());
    sheet.value(r, 5, row.grade().label());
    number(sheet, r, 6, row.score());
    number(sheet, r, 7, row.satisfactionRate());
    text(sheet, r, 8, row.suggestedOutcome() == null ? null : row.suggestedOutcome().label());
    text(sheet, r, 9, row.decidedOutcome() == null ? null : row.decidedOutcome().label());
    sheet.value(r, 10, appeal(row));
    sheet.value(r, 11, finalOutcome(row));
    number(sheet, r, 12, row.bonusAmount());
    number(sheet, r, 13, row.nextAllowanceTier());
    text(sheet, r, 14, yesNo(row.retrainingRequired()));
    text(sheet, r, 15, yesNo(row.replaceWorker()));
  }

  /** The county's short name (正定县), or 市本级 for the posts a city (or a directly administered city) proposes. */
  static String county(EvaluationResultRow row) {
    if (row.proposerType() != OrgType.COUNTY) {
      return CITY_LEVEL;
    }
    String name = row.proposerName() == null ? row.proposerCode() : row.proposerName();
    String shorter = name.replaceFirst("(总工会|工会)$", "");
    return shorter.isEmpty() ? name : shorter;
  }

  static String appeal(EvaluationResultRow row) {
    if (row.appealId() == null) {
      return "未申诉";
    }
    if (row.appealDecision() == null) {
      return "申诉审查中";
    }
    return switch (row.appealDecision()) {
      case "UPHOLD" -> "申诉成立" + (row.revisedOutcome() == null ? "" : "，改为" + row.revisedOutcome().label());
      case "DISMISS" -> "申诉不成立，维持原等次";
      default -> row.appealDecision();
    };
  }

  /** The outcome that stands once final; before that the current one, with where the evaluation stands. */
  static String finalOutcome(EvaluationResultRow row) {
    if (row.status() == EvaluationStatus.FINAL && row.outcome() != null) {
      return row.outcome().label();
    }
    String status = "（" + row.status().label() + "）";
    return row.outcome() == null ? status : row.outcome().label() + status;
  }

  /** Each outcome's count and share, those without one yet, and the Art. 26 line. */
  private static void totals(Worksheet sheet, int r, List<EvaluationResultRow> rows, Integer participants) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    int undecided = 0;
    for (EvaluationResultRow row : rows) {
      if (row.outcome() == null) {
        undecided++;
      } else {
        counts.merge(row.outcome(), 1, Integer::sum);
      }
    }
    sheet.value(r, 0, "合计");
    sheet.style(r, 0).bold().set();
    sheet.value(r, 1, "参评人数");
    sheet.value(r, 2, rows.size());
    for (Outcome outcome : Outcome.values()) {
      r++;
      int n = counts.getOrDefault(outcome, 0);
      sheet.value(r, 1, outcome.label());
      sheet.value(r, 2, n);
      sheet.value(r, 3, share(n, rows.size()));
    }
    if (undecided > 0) {
      r++;
      sheet.value(r, 1, "尚未评定");
      sheet.value(r, 2, undecided);
      sheet.value(r, 3, share(undecided, rows.size()));
    }
    r++;
    int excellent = counts.getOrDefault(Outcome.EXCELLENT, 0);
    if (participants == null) {
      // Art. 26 counts the whole city's participants: a county's own rows say nothing of the city's line.
      sheet.value(r, 1, "优秀名额上限");
      sheet.value(r, 2, "—");
      sheet.value(r, 3, "第二十六条：优秀不超过全市参评人数的 " + CityDecision.EXCELLENT_PERCENT + "%，由市级工会按全市核定；"
          + "本表优秀 " + excellent + " 人");
      return;
    }
    int cap = CityDecision.cap(participants);
    sheet.value(r, 1, "优秀名额上限");
    sheet.value(r, 2, cap);
    sheet.value(r, 3, "第二十六条：优秀不超过参评人数的 " + CityDecision.EXCELLENT_PERCENT + "%，全市参评 " + participants
        + " 人计不超过 " + cap + " 人；实有 " + excellent + " 人，" + (excellent <= cap ? "符合" : "超出 " + (excellent - cap)
        + " 人"));
  }

  private static String share(int n, int of) {
    return of == 0 ? "—" : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP)
        .toPlainString() + "%";
  }

  private static void number(Worksheet sheet, int r, int c, Number value) {
    if (value != null) {
      sheet.value(r, c, value);
    }
  }

  private static void text(Worksheet sheet, int r, int c, String value) {
    if (value != null) {
      sheet.value(r, c, value);
    }
  }

  private static String yesNo(Boolean yes) {
    return yes == null ? null : yes ? "是" : "否";
  }
}
