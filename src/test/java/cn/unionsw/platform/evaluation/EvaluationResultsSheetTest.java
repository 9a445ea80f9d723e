package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.talent.IdNumbers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The results sheet read back: title, header, order, every column's words and numbers, the totals and Art. 26. */
class EvaluationResultsSheetTest {

  private static final String TITLE = "石家庄市总工会 2026 年度工会社会工作岗位服务质量评价结果";
  private static final String WITH_X = IdNumbers.idEndingInX("130123", LocalDate.of(1990, 4, 1));

  /** Given out of order: the sheet sorts them. */
  private static final List<EvaluationResultRow> ROWS = List.of(
      row(5, "HE-SJZ-ZD", "正定县总工会", OrgType.COUNTY, "HE-SJZ-ZD-ZDZ", "正定镇工会", "张伟", IdNumbers.id(5),
          Outcome.QUALIFIED, EvaluationStatus.FINAL, null, null),
      row(4, "HE-SJZ-ZD", "正定县总工会", OrgType.COUNTY, "HE-SJZ-ZD-ZDZ", "正定镇工会", "李娜", WITH_X,
          Outcome.EXCELLENT, EvaluationStatus.FINAL, "DISMISS", null),
      row(3, "HE-SJZ-LC", "栾城区总工会", OrgType.COUNTY, "HE-SJZ-LC-LCZ", "栾城镇工会", "王芳", IdNumbers.id(3),
          Outcome.QUALIFIED, EvaluationStatus.DECIDED, "UPHOLD", Outcome.QUALIFIED),
      row(2, "HE-SJZ", "石家庄市总工会", OrgType.CITY, "HE-SJZ-FWZX", "石家庄市职工服务中心", "𠮷野", IdNumbers.id(2),
          Outcome.BASIC, EvaluationStatus.DECIDED, "PENDING", null),
      row(1, "HE-SJZ-ZD", "正定县总工会", OrgType.COUNTY, "HE-SJZ-ZD-XCP", "新城铺镇工会", "赵强", IdNumbers.id(1),
          null, EvaluationStatus.PROPOSED, null, null));

  @Test
  void shouldWriteTheTitleAndHeaderAndSortByCountyUnitAndName() throws IOException {
    Map<Integer, Row> sheet = read(EvaluationResultsSheet.write(TITLE, ROWS, 10));

    assertThat(text(sheet.get(1), 0)).isEqualTo(TITLE);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < EvaluationResultsSheet.HEADER.size(); c++) {
      header.add(text(sheet.get(2), c));
    }
    assertThat(header).containsExactly("序号", "县（市、区）", "单位", "姓名", "身份证号", "岗位等级", "得分", "民主评议满意率",
        "建议等次", "评定等次", "申诉结果", "最终等次", "年终奖金（元）", "次年津贴档级", "再培训", "更换人员");
    List<String> order = new ArrayList<>();
    for (int r = 3; r <= 7; r++) {
      order.add(text(sheet.get(r), 0) + " " + text(sheet.get(r), 1) + " " + text(sheet.get(r), 2) + " "
          + text(sheet.get(r), 3));
    }
    // The city's own posts first, then counties by code; in 正定镇, 李 before 张 (pinyin order, not code points).
    assertThat(order).containsExactly("1 市本级 石家庄市职工服务中心 𠮷野", "2 栾城区 栾城镇工会 王芳",
        "3 正定县 新城铺镇工会 赵强", "4 正定县 正定镇工会 李娜", "5 正定县 正定镇工会 张伟");
  }

  @Test
  void shouldWriteEachColumnInAnOfficesWords() throws IOException {
    Map<Integer, Row> sheet = read(EvaluationResultsSheet.write(TITLE, ROWS, 10));
    Row li = sheet.get(6);

    assertThat(li.getCell(4).getType()).as("identity number as text").isEqualTo(CellType.STRING);
    assertThat(text(li, 4)).isEqualTo(WITH_X);
    assertThat(text(li, 5)).isEqualTo("初级岗");
    assertThat(li.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("91.5");
    assertThat(li.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("96.25");
    assertThat(text(li, 8)).isEqualTo("优秀");
    assertThat(text(li, 9)).isEqualTo("优秀");
    assertThat(text(li, 10)).isEqualTo("申诉不成立，维持原等次");
    assertThat(text(li, 11)).isEqualTo("优秀");
    assertThat(li.getCellAsNumber(12).orElseThrow()).isEqualByComparingTo("3510.5");
    assertThat(li.getCellAsNumber(13).orElseThrow()).isEqualByComparingTo("2");
    assertThat(text(li, 14)).isEqualTo("否");
    assertThat(text(li, 15)).isEqualTo("否");

    assertThat(text(sheet.get(3), 10)).isEqualTo("申诉审查中");
    assertThat(text(sheet.get(3), 11)).isEqualTo("基本合格（已公布）");
    assertThat(text(sheet.get(3), 14)).isEqualTo("是");
    assertThat(text(sheet.get(4), 10)).isEqualTo("申诉成立，改为合格");
    assertThat(text(sheet.get(5), 10)).isEqualTo("未申诉");
    assertThat(text(sheet.get(5), 11)).isEqualTo("（待市级审定）");
    assertThat(text(sheet.get(5), 9)).as("not decided yet").isEmpty();
    assertThat(text(sheet.get(5), 12)).isEmpty();
  }

  @Test
  void shouldCountEachOutcomeAndDrawTheThirtyPercentLineOfTheRound() throws IOException {
    Map<Integer, Row> sheet = read(EvaluationResultsSheet.write(TITLE, ROWS, 10));

    assertThat(line(sheet.get(9))).containsExactly("合计", "参评人数", "5");
    assertThat(line(sheet.get(10))).containsExactly("", "优秀", "1", "20.0%");
    assertThat(line(sheet.get(11))).containsExactly("", "合格", "2", "40.0%");
    assertThat(line(sheet.get(12))).containsExactly("", "基本合格", "1", "20.0%");
    assertThat(line(sheet.get(13))).containsExactly("", "不合格", "0", "0.0%");
    assertThat(line(sheet.get(14))).containsExactly("", "尚未评定", "1", "20.0%");
    assertThat(line(sheet.get(15))).containsExactly("", "优秀名额上限", "3",
        "第二十六条：优秀不超过参评人数的 30%，全市参评 10 人计不超过 3 人；实有 1 人，符合");
  }

  @Test
  void shouldLeaveTheLineToTheCityWhenTheSheetIsACountysRows() throws IOException {
    List<EvaluationResultRow> two = ROWS.subList(0, 2);
    Map<Integer, Row> sheet = read(EvaluationResultsSheet.write("正定县总工会 2026 年度", two, null));

    assertThat(line(sheet.get(last(sheet)))).containsExactly("", "优秀名额上限", "—",
        "第二十六条：优秀不超过全市参评人数的 30%，由市级工会按全市核定；本表优秀 1 人");
  }

  @Test
  void shouldMergeTheTitleAcrossEveryColumnAndWriteAnEmptyYearWithoutRows() throws IOException {
    byte[] empty = EvaluationResultsSheet.write(TITLE, List.of(), null);
    Map<Integer, Row> sheet = read(empty);

    assertThat(sheetXml(empty)).contains("<mergeCell ref=\"A1:P1\"/>");
    assertThat(text(sheet.get(1), 0)).isEqualTo(TITLE);
    assertThat(line(sheet.get(4))).containsExactly("合计", "参评人数", "0");
    assertThat(line(sheet.get(5))).containsExactly("", "优秀", "0", "—");
  }

  private static EvaluationResultRow row(long id, String proposer, String proposerName, OrgType type, String unit,
      String unitName, String name, String identity, Outcome outcome, EvaluationStatus status, String appeal,
      Outcome revised) {
    boolean decided = outcome != null;
    return new EvaluationResultRow(id, proposer, proposerName, type, unit, unitName, name, identity, Grade.ENTRY,
        new BigDecimal("91.50"), new BigDecimal("96.25"), outcome, decided ? outcome : null, outcome, status,
        decided ? new BigDecimal("3510.50") : null, decided ? 2 : null, decided ? outcome == Outcome.BASIC : null,
        decided ? false : null, appeal == null ? null : id * 10, "PENDING".equals(appeal) ? null : appeal, revised);
  }

  /** The rows by their number as Excel shows it (1 = the title). */
  private static Map<Integer, Row> read(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo(EvaluationResultsSheet.SHEET);
      Map<Integer, Row> rows = new TreeMap<>();
      workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum(), row));
      return rows;
    }
  }

  private static int last(Map<Integer, Row> rows) {
    return ((TreeMap<Integer, Row>) rows).lastKey();
  }

  private static String text(Row row, int c) {
    return row.getOptionalCell(c).map(Cell::getText).orElse("");
  }

  /** The first four cells' text, trailing blanks left out. */
  private static List<String> line(Row row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      cells.add(text(row, c));
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  /** The sheet's own XML (where merged cells are), read from the file as Excel would. */
  private static String sheetXml(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("results", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
            StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }
}
