package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.CandidateFiles.CERTIFICATES;
import static cn.unionsw.platform.recruitment.CandidateFiles.HEADER;
import static cn.unionsw.platform.recruitment.CandidateFiles.REFERENCE_DATE;
import static cn.unionsw.platform.recruitment.CandidateFiles.candidate;
import static cn.unionsw.platform.recruitment.CandidateFiles.candidatesCsv;
import static cn.unionsw.platform.recruitment.CandidateFiles.candidatesXlsx;
import static cn.unionsw.platform.talent.IdNumbers.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.talent.IdNumbers;
import cn.unionsw.platform.web.Refusal.RowError;
import cn.unionsw.platform.web.Refusal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading whole files: formats, encodings, every bad row at once, and files refused as such. */
class CandidateSheetTest {

  private static final String WITH_X = IdNumbers.idEndingInX("130682", LocalDate.of(1988, 8, 8));

  static List<CandidateRow> read(byte[] file, String name) {
    return CandidateSheet.read(file, name, REFERENCE_DATE, CERTIFICATES);
  }

  static Refusal refusal(byte[] file, String name) {
    Refusal refusal = catchThrowableOfType(Refusal.class, () -> read(file, name));
    assertThat(refusal).as("refused").isNotNull();
    assertThat(refusal.field()).isEqualTo("file");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
    return refusal;
  }

  @Test
  void shouldReadEveryFieldOfAnXlsxWhoseColumnsComeInAnyOrder() {
    List<String> header = new ArrayList<>(HEADER);
    header.add(3, "备注"); // a column of the office's own
    java.util.Collections.reverse(header);
    Map<String, Object> first = candidate(WITH_X.toLowerCase(), "姓名", "欧阳·𠮷祥", "学历", "BACHELOR",
        "证书", "社会工作师，心理咨询师二级", "报考岗位等级", "LEVEL_2", "工作年限", 9, "三级岗年限", 4, "二级岗年限", 1);
    Map<String, Object> second = candidate(id(7), "姓名", "李娜", "学历", "大专", "证书", "无", "社会工作专业全日制本科", "是",
        "可报考职业资格", "否", "工会工作年限", 0, "工作年限", 0, "三级岗年限", null, "二级岗年限", null, "报考单位", "HE-DZ",
        "报考岗位等级", "初级岗", "联系电话", null);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(header));
    rows.add(header.stream().map(h -> h.equals("备注") ? "复审" : first.get(h)).toList());
    rows.add(Arrays.asList(new Object[header.size()])); // a blank row is skipped, its number kept
    rows.add(header.stream().map(second::get).toList());

    List<CandidateRow> candidates = read(CandidateFiles.xlsx(rows), "2026年石家庄考生.XLSX");

    assertThat(candidates).hasSize(2);
    assertThat(candidates.get(0)).isEqualTo(new CandidateRow(2, "欧阳·𠮷祥", WITH_X, LocalDate.of(1988, 8, 8), 37,
        Education.BACHELOR, 3, 9, List.of("社会工作师", "心理咨询师二级"), false, true, 4, 1, "HE-SJZ-ZD-ZDZ",
        Grade.LEVEL_2, "13803110001"));
    assertThat(candidates.get(1)).extracting(CandidateRow::row, CandidateRow::name, CandidateRow::education,
        CandidateRow::certificates, CandidateRow::socialWorkBachelor, CandidateRow::examEligible,
        CandidateRow::yearsInLevel3, CandidateRow::yearsInLevel2, CandidateRow::unitCode, CandidateRow::appliedGrade,
        CandidateRow::phone).containsExactly(4, "李娜", Education.COLLEGE, List.of(), true, false, 0, 0, "HE-DZ",
        Grade.ENTRY, null);
  }

  @Test
  void shouldReportEveryBadRowOfAFileAndReadNothing() {
    String good = id(1);
    String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    byte[] file = candidatesXlsx(List.of(
        candidate(good),                                                            // 2
        candidate(badCheck),                                                        // 3 check character
        candidate(good, "姓名", "张三"),                                              // 4 row 2's number again
        candidate(id(2)),                                                           // 5
        candidate(id("130102", LocalDate.of(1955, 6, 1), 3), "工作年限", 30),          // 6 aged 70
        candidate(id(4), "证书", "社会工作师、驾驶证"),                                   // 7 no such certificate
        candidate(id(5), "学历", "小学")));                                            // 8

    Refusal refusal = refusal(file, "考生.xlsx");

    assertThat(refusal.rows()).extracting(RowError::row, RowError::field).containsExactly(
        tuple(3, "identityNumber"),
        tuple(4, "identityNumber"),
        tuple(6, "age"),
        tuple(7, "certificates"),
        tuple(8, "education"));
    assertThat(refusal.rows()).extracting(RowError::reason).containsExactly(
        "身份证号校验位不正确，请逐位核对",
        "身份证号与第 2 行重复",
        "按身份证号，截至 2026-03-01 年龄为 70 周岁，不在 16 至 65 周岁之间",
        "证书不在证书目录中：驾驶证（证书目录共 13 种，如 " + String.join("、", CERTIFICATES.stream().sorted().limit(4)
            .toList()) + "；多个证书以 、或 , 分隔，没有填 无）",
        "学历无法识别：小学（须为 大专以下、大专、本科、硕士、博士，或高中、中专、研究生等）");
    assertThat(refusal.getMessage()).isEqualTo("file: 文件有 5 处错误，未导入任何数据；第一处：第 3 行 identityNumber："
        + "身份证号校验位不正确，请逐位核对");
  }

  @Test
  void shouldListTheFirstThousandErrorsAndCountThemAll() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      rows.add(candidate(id(i), "学历", "小学"));
    }

    Refusal refusal = refusal(candidatesXlsx(rows), "考生.xlsx");

    assertThat(refusal.rows()).hasSize(CandidateSheet.MAX_ERRORS);
    assertThat(refusal.rows().get(999).row()).isEqualTo(1001);
    assertThat(refusal.getMessage()).contains("文件有 1200 处错误（列出前 1000 处），未导入任何数据");
  }

  static Stream<Arguments> encodings() {
    return Stream.of(Arguments.of("UTF-8", StandardCharsets.UTF_8, false),
        Arguments.of("UTF-8 with BOM", StandardCharsets.UTF_8, true),
        Arguments.of("GB18030", Charset.forName("GB18030"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void shouldReadACsvInUtf8WithOrWithoutBomAndInGb18030(String label, Charset charset, boolean bom) {
    byte[] file = candidatesCsv(List.of(
        candidate(id(1), "姓名", "王𠮷"),                                    // 𠮷: four bytes in UTF-8 and in GB18030
        candidate(id(2), "姓名", "阿依古丽·买买提", "证书", "社会工作师,心理咨询师二级"), // quoted for its comma
        candidate(WITH_X, "姓名", "𡒄大庆")), charset, bom);

    List<CandidateRow> candidates = read(file, "考生.csv");

    assertThat(candidates).extracting(CandidateRow::row, CandidateRow::name)
        .containsExactly(tuple(2, "王𠮷"), tuple(3, "阿依古丽·买买提"), tuple(4, "𡒄大庆"));
    assertThat(candidates.get(1).certificates()).containsExactly("社会工作师", "心理咨询师二级");
    assertThat(candidates.get(2).identityNumber()).isEqualTo(WITH_X);
  }

  @Test
  void shouldReadAGbkCsvAsExcelInChinaSavesIt() {
    byte[] file = candidatesCsv(List.of(candidate(id(1), "姓名", "赵钱孙")), Charset.forName("GBK"), false);

    assertThat(read(file, "考生.csv")).extracting(CandidateRow::name).containsExactly("赵钱孙");
  }

  @Test
  void shouldReadQuotesLineBreaksAndLfOnlyLinesOfACsv() {
    String csv = String.join(",", HEADER) + ",备注\n"
        + "\"王\"\"小\"\"明\",\"" + id(1) + "\",本科,3,8,无,否,是,0,0,HE-SJZ,初级岗,,\"第一行\n第二行\"\n"
        + "李四," + id(2) + ",硕士,1,2,社会工作师,是,是,0,0,HE,三级岗,0311-87654321,\n";

    List<CandidateRow> candidates = read(csv.getBytes(StandardCharsets.UTF_8), "考生.csv");

    assertThat(candidates).extracting(CandidateRow::row, CandidateRow::name, CandidateRow::phone)
        .containsExactly(tuple(2, "王\"小\"明", null), tuple(3, "李四", "0311-87654321"));
  }

  static Stream<Arguments> badFiles() {
    byte[] xlsx = candidatesXlsx(List.of(candidate(id(1))));
    byte[] headerOnly = candidatesXlsx(List.of());
    return Stream.of(
        Arguments.of("考生.xlsx", new byte[0], "文件为空"),
        Arguments.of("考生.csv", new byte[0], "文件为空"),
        Arguments.of("考生.txt", xlsx, "只能导入 .xlsx 或 .csv 文件，收到的是：考生.txt"),
        Arguments.of(null, xlsx, "只能导入 .xlsx 或 .csv 文件，收到的是：（无文件名）"),
        Arguments.of("考生.xls", xlsx, "不支持旧版 Excel 文件（.xls）"),
        Arguments.of("考生.xlsx", "姓名,身份证号\n".getBytes(StandardCharsets.UTF_8), "不是可读取的 .xlsx 文件"),
        Arguments.of("考生.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2), "不是可读取的 .xlsx 文件"),
        Arguments.of("考生.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0, 0}, "这是旧版 Excel 文件（.xls）"),
        Arguments.of("考生.csv", xlsx, "文件内容是 Excel 工作簿，扩展名却是 .csv"),
        Arguments.of("考生.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x59, 0x5E}, "这是 UTF-16 文本"),
        Arguments.of("考生.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xD5, (byte) 0xC5},
            "CSV 标明为 UTF-8，其中却有不是 UTF-8 的字节"),
        Arguments.of("考生.csv", "姓名,\"身份证号\n".getBytes(StandardCharsets.UTF_8), "CSV 第 1 行起的引号没有闭合"),
        Arguments.of("考生.xlsx", headerOnly, "文件中没有考生：表头（第 1 行）之后没有数据行"),
        Arguments.of("考生.csv", "\r\n,,,\r\n".getBytes(StandardCharsets.UTF_8), "文件中没有内容；第 1 行须为表头"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badFiles")
  void shouldRefuseAFileThatIsNoCandidateList(String name, byte[] file, String reason) {
    Refusal refusal = refusal(file, name);

    assertThat(refusal.getMessage()).startsWith("file: ").contains(reason);
    assertThat(refusal.rows()).isEmpty();
  }

  @Test
  void shouldRefuseMoreThanAHundredThousandRows() {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
    String row = ",本科,3,8,无,否,是,0,0,HE,初级岗,\n";
    IntStream.range(0, CandidateSheet.MAX_ROWS + 1).forEach(i -> csv.append("王").append(i).append(',')
        .append(id(i)).append(row));

    assertThat(refusal(csv.toString().getBytes(StandardCharsets.UTF_8), "全省.csv").getMessage())
        .isEqualTo("file: 一次最多导入 100000 行考生，请分批导入");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 25, 26, 27, 51, 701, 702})
  void shouldNameColumnsByExcelsLetters(int column) {
    assertThat(SheetRows.letter(column)).isEqualTo(Map.of(0, "A", 25, "Z", 26, "AA", 27, "AB", 51, "AZ", 701,
        "ZZ", 702, "AAA").get(column));
  }
}
