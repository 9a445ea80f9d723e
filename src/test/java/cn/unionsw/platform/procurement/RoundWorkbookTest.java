package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.procurement.RoundBook.BidLine;
import cn.unionsw.platform.procurement.RoundBook.ContractLine;
import cn.unionsw.platform.procurement.RoundBook.EstimateLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundWorkbookTest {

  private final RoundWorkbook workbooks = new RoundWorkbook();

  @Test
  void shouldFileThePlanWithEachPurchaserAndTheTotals() throws IOException {
    Map<String, Map<Integer, Row>> sheets = read(workbooks.write(book()));

    assertThat(sheets.keySet()).containsExactly("采购计划", "投标与评分", "定标与合同");
    Map<Integer, Row> plan = sheets.get("采购计划");
    assertThat(text(plan, 1, 0)).isEqualTo("石家庄市 2026 年度工会社会工作岗位服务采购计划");
    assertThat(text(plan, 2, 1)).isEqualTo("案件编号");
    assertThat(text(plan, 2, 2)).isEqualTo("岗购〔2026〕石家庄 0001");
    assertThat(number(plan, 2, 7)).isEqualByComparingTo("2026");
    assertThat(text(plan, 3, 2)).isEqualTo("公开招标");
    assertThat(plan.get(3).getCell(5).asDate().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(number(plan, 4, 2)).isEqualByComparingTo("1500000.00");
    assertThat(plan.get(4).getCell(2).getDataFormatString()).isEqualTo("#,##0.00");
    assertThat(number(plan, 4, 5)).isEqualByComparingTo("20");
    assertThat(text(plan, 5, 2)).isEqualTo("采购金额达到公开招标数额标准");
    assertThat(plan.get(7).stream().map(Cell::getText).toList()).containsExactly("序号", "购买主体", "单位代码",
        "岗位数", "年度费用（元）", "服务期费用（元）", "联系人", "联系电话", "填报人", "填报时间");
    assertThat(text(plan, 8, 1)).isEqualTo("正定县总工会");
    assertThat(number(plan, 8, 3)).isEqualByComparingTo("3");
    assertThat(number(plan, 8, 5)).isEqualByComparingTo("600000.00");
    assertThat(plan.get(8).getCell(9).asDate()).isEqualTo(LocalDateTime.of(2026, 9, 1, 10, 30));
    assertThat(text(plan, 9, 1)).isEqualTo("𠮷家庄镇工会");
    assertThat(text(plan, 10, 0)).isEqualTo("合计");
    assertThat(text(plan, 10, 1)).isEqualTo("2 个购买主体");
    assertThat(number(plan, 10, 3)).isEqualByComparingTo("5");
    assertThat(number(plan, 10, 4)).isEqualByComparingTo("333333.34");
    assertThat(number(plan, 10, 5)).isEqualByComparingTo("1000000.01");
    assertThat(plan.get(10).getCell(5).getDataFormatString()).isEqualTo("#,##0.00");
  }

  @Test
  void shouldShowEveryExpertsScoresTheAveragesAndTheRankOrWhyABidIsInvalid() throws IOException {
    Map<Integer, Row> bids = read(workbooks.write(book())).get("投标与评分");

    assertThat(text(bids, 1, 0)).isEqualTo("投标与评分　岗购〔2026〕石家庄 0001");
    assertThat(text(bids, 2, 5)).isEqualTo("专家 1");
    assertThat(text(bids, 2, 8)).isEqualTo("专家 2");
    assertThat(text(bids, 2, 11)).isEqualTo("平均分");
    assertThat(bids.get(3).stream().map(Cell::getText).filter(t -> !t.isEmpty()).toList())
        .containsExactly("能力", "质量", "效益", "能力", "质量", "效益", "能力", "质量", "效益");
    assertThat(text(bids, 2, 14)).isEqualTo("价格分");
    assertThat(text(bids, 2, 18)).isEqualTo("无效原因");

    assertThat(text(bids, 4, 1)).isEqualTo("河北同心社会工作服务中心");
    assertThat(number(bids, 4, 3)).isEqualByComparingTo("1200000.00");
    assertThat(text(bids, 4, 4)).isEqualTo("否");
    assertThat(number(bids, 4, 5)).isEqualByComparingTo("80");
    assertThat(number(bids, 4, 10)).isEqualByComparingTo("86");
    assertThat(number(bids, 4, 11)).isEqualByComparingTo("81.50");
    assertThat(number(bids, 4, 14)).isEqualByComparingTo("20.00");
    assertThat(number(bids, 4, 15)).isEqualByComparingTo("83.65");
    assertThat(bids.get(4).getCell(15).getDataFormatString()).isEqualTo("0.00");
    assertThat(number(bids, 4, 16)).isEqualByComparingTo("1");
    assertThat(text(bids, 4, 17)).isEqualTo("有效");

    assertThat(text(bids, 5, 4)).isEqualTo("是");
    assertThat(text(bids, 5, 17)).isEqualTo("无效");
    assertThat(text(bids, 5, 18)).isEqualTo("投标含分包：岗位服务不得分包");
    assertThat(bids.get(5).getOptionalCell(16).map(Cell::getText).orElse("")).isEmpty();
  }

  @Test
  void shouldNameTheWinnerAndTotalTheContracts() throws IOException {
    Map<Integer, Row> award = read(workbooks.write(book())).get("定标与合同");

    assertThat(text(award, 2, 1)).isEqualTo("中标（成交）承接主体");
    assertThat(text(award, 2, 2)).isEqualTo("河北同心社会工作服务中心");
    assertThat(award.get(5).stream().map(Cell::getText).toList()).containsExactly("序号", "合同编号", "购买主体",
        "合同金额（元）", "服务期起", "服务期止", "状态");
    assertThat(text(award, 6, 1)).isEqualTo("石购合〔2026〕正定 0001");
    assertThat(award.get(6).getCell(5).asDate().toLocalDate()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(text(award, 8, 0)).isEqualTo("合计");
    assertThat(text(award, 8, 1)).isEqualTo("2 份合同");
    assertThat(number(award, 8, 3)).isEqualByComparingTo("1200000.00");
  }

  @Test
  void shouldKeepTheHeaderRowsInView(@TempDir Path folder) throws IOException {
    Map<String, String> xml = sheetXml(workbooks.write(book()), folder);

    assertThat(xml.get("xl/worksheets/sheet1.xml")).contains("ySplit=\"7\"", "state=\"frozen\"");
    assertThat(xml.get("xl/worksheets/sheet2.xml")).contains("xSplit=\"2\"", "ySplit=\"3\"");
    assertThat(xml.get("xl/worksheets/sheet3.xml")).contains("ySplit=\"5\"");
    assertThat(xml.get("xl/worksheets/sheet1.xml")).contains("<col min=\"2\" max=\"2\" width=\"30");
  }

  @Test
  void shouldFileARoundThatHasNotGotFar() throws IOException {
    RoundBook started = new RoundBook("岗购〔2026〕石家庄 0002", "石家庄市", 2026, LocalDate.of(2027, 1, 1), null,
        null, null, null, "征集备案", List.of(), List.of(), null, List.of());

    Map<String, Map<Integer, Row>> sheets = read(workbooks.write(started));

    assertThat(text(sheets.get("采购计划"), 8, 0)).isEqualTo("合计");
    assertThat(number(sheets.get("采购计划"), 8, 3)).isEqualByComparingTo("0");
    assertThat(text(sheets.get("投标与评分"), 2, 5)).isEqualTo("平均分");
    assertThat(text(sheets.get("定标与合同"), 2, 2)).isEqualTo("尚未定标");
  }

  static RoundBook book() {
    List<EstimateLine> estimates = List.of(
        new EstimateLine("正定县总工会", "HE-SJZ-ZD", 3, new BigDecimal("200000.00"), new BigDecimal("600000.00"), "张三",
            "0311-88000001", "zdclerk", LocalDateTime.of(2026, 9, 1, 10, 30)),
        new EstimateLine("𠮷家庄镇工会", "HE-SJZ-LC", 2, new BigDecimal("133333.34"), new BigDecimal("400000.01"), "李四",
            "0311-88000002", "lcclerk", LocalDateTime.of(2026, 9, 2, 9, 0)));
    List<BidLine> bids = List.of(
        new BidLine("河北同心社会工作服务中心", "91130100MA0000001X", new BigDecimal("1200000.00"), false, true, null,
            List.of(scores("80", "85", "90"), scores("83", "78", "86")), new BigDecimal("81.50"),
            new BigDecimal("81.50"), new BigDecimal("88.00"), new BigDecimal("20.00"), new BigDecimal("83.65"), 1),
        new BidLine("石家庄人力资源服务有限公司", "91130100MA0000002Y", new BigDecimal("1100000.00"), true, false,
            "投标含分包：岗位服务不得分包", List.of(scores("70", "72", "75"), scores("71", "70", "74")),
            new BigDecimal("70.50"), new BigDecimal("71.00"), new BigDecimal("74.50"), null, null, null));
    List<ContractLine> contracts = List.of(
        new ContractLine("石购合〔2026〕正定 0001", "正定县总工会", new BigDecimal("720000.00"), LocalDate.of(2027, 1, 1),
            LocalDate.of(2029, 12, 31), "履行中"),
        new ContractLine("石购合〔2026〕栾城 0001", "𠮷家庄镇工会", new BigDecimal("480000.00"), LocalDate.of(2027, 1, 1),
            LocalDate.of(2029, 12, 31), "履行中"));
    return new RoundBook("岗购〔2026〕石家庄 0001", "石家庄市", 2026, LocalDate.of(2027, 1, 1), "公开招标",
        "采购金额达到公开招标数额标准", new BigDecimal("1500000.00"), new BigDecimal("20"), "已定标", estimates, bids,
        "河北同心社会工作服务中心", contracts);
  }

  private static BigDecimal[] scores(String capability, String quality, String benefit) {
    return new BigDecimal[] {new BigDecimal(capability), new BigDecimal(quality), new BigDecimal(benefit)};
  }

  /** Each sheet's rows by their 1-based number, as Excel shows them. */
  static Map<String, Map<Integer, Row>> read(byte[] xlsx) throws IOException {
    Map<String, Map<Integer, Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        Map<Integer, Row> rows = new HashMap<>();
        for (Row row : sheet.read()) {
          rows.put(row.getRowNum(), row);
        }
        sheets.put(sheet.getName(), rows);
      }
    }
    return sheets;
  }

  private static String text(Map<Integer, Row> rows, int row, int column) {
    return rows.get(row).getCell(column).getText();
  }

  private static BigDecimal number(Map<Integer, Row> rows, int row, int column) {
    return rows.get(row).getCell(column).asNumber();
  }

  /** The workbook's XML parts; read through the central directory, as the writer streams its entries. */
  private static Map<String, String> sheetXml(byte[] xlsx, Path folder) throws IOException {
    Path file = Files.write(folder.resolve("round.xlsx"), xlsx);
    Map<String, String> parts = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
