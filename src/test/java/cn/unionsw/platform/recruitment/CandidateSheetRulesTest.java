package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.CandidateFiles.HEADER;
import static cn.unionsw.platform.recruitment.CandidateFiles.candidate;
import static cn.unionsw.platform.recruitment.CandidateFiles.candidatesXlsx;
import static cn.unionsw.platform.recruitment.CandidateSheetTest.read;
import static cn.unionsw.platform.recruitment.CandidateSheetTest.refusal;
import static cn.unionsw.platform.talent.IdNumbers.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.talent.IdNumbers;
import cn.unionsw.platform.talent.IdentityNumber;
import cn.unionsw.platform.web.Refusal.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule at a time: a good row 2, then row 3 with {@code changes}; a bad row 3 is the file's one error. */
class CandidateSheetRulesTest {

  private static final String NUMBER = id("130102", LocalDate.of(1990, 3, 7), 123); // aged 35 on 2026-03-01

  private static CandidateRow accepted(Object... changes) {
    List<CandidateRow> rows = read(candidatesXlsx(List.of(candidate(id(1)), candidate(NUMBER, changes))), "考生.xlsx");
    assertThat(rows).hasSize(2);
    return rows.get(1);
  }

  private static RowError onlyError(Object... changes) {
    return onlyError(candidate(NUMBER, changes));
  }

  private static RowError onlyError(Map<String, Object> row3) {
    List<RowError> errors = refusal(candidatesXlsx(List.of(candidate(id(1)), row3)), "考生.xlsx").rows();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).row()).isEqualTo(3);
    return errors.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"姓名", "身份证号", "学历", "工会工作年限", "工作年限", "证书", "社会工作专业全日制本科", "可报考职业资格",
      "三级岗年限", "二级岗年限", "报考单位", "报考岗位等级"})
  void shouldRefuseAFileWithoutARequiredColumnNamingItOnRow1(String missing) {
    List<List<Object>> table = CandidateFiles.table(List.of(candidate(id(1)), candidate(id(2), "学历", "小学")));
    int column = HEADER.indexOf(missing);
    List<List<Object>> without = table.stream().map(row -> {
      List<Object> cells = new ArrayList<>(row);
      cells.remove(column);
      return (List<Object>) cells;
    }).toList();

    List<RowError> errors = refusal(CandidateFiles.xlsx(without), "考生.xlsx").rows();

    assertThat(errors).hasSize(1); // the rows are not read against a wrong header
    assertThat(errors.get(0).row()).isEqualTo(1);
    assertThat(errors.get(0).reason()).startsWith("缺少必填列「" + missing + "」");
    assertThat(errors.get(0).field()).isEqualTo(CandidateColumn.named(missing).field());
  }

  @Test
  void shouldReadAFileWithoutPhonesAndWithTemplateMarksAndLineBreaksInHeaders() {
    List<List<Object>> table = CandidateFiles.table(List.of(candidate(id(1))));
    List<Object> header = new ArrayList<>(table.get(0).subList(0, 12));
    header.set(0, "*姓名");
    header.set(1, " ＊身份证号 ");
    header.set(6, "社会工作专业\n全日制本科"); // wrapped in its cell

    List<CandidateRow> rows = read(CandidateFiles.xlsx(List.of(header, table.get(1).subList(0, 12))), "考生.xlsx");

    assertThat(rows).extracting(CandidateRow::name, CandidateRow::phone).containsExactly(tuple("王𠮷", null));
  }

  @Test
  void shouldRefuseAHeaderTwiceOrNotOnRow1() {
    List<List<Object>> table = CandidateFiles.table(List.of(candidate(id(1))));
    List<Object> header = new ArrayList<>(table.get(0));
    header.add("学历");
    assertThat(refusal(CandidateFiles.xlsx(List.of(header, table.get(1))), "考生.xlsx").rows())
        .containsExactly(new RowError(1, "education", "表头「学历」出现两次：第 C 列和第 N 列"));

    List<List<Object>> titled = new ArrayList<>(table);
    titled.add(0, List.of("2026 年石家庄市工会社会工作者招聘考生名单"));
    assertThat(refusal(CandidateFiles.xlsx(titled), "考生.xlsx").rows()).hasSize(12)
        .allSatisfy(error -> assertThat(error.row()).isEqualTo(1));
  }

  @ParameterizedTest
  @CsvSource({"'', 姓名不能为空", "'  ', 姓名不能为空", "'王\n五', 姓名含有控制字符（如换行），请删去"})
  void shouldRefuseAnEmptyNameOrOneWithControlCharacters(String name, String reason) {
    assertThat(onlyError("姓名", name)).isEqualTo(new RowError(3, "name", reason));
  }

  @Test
  void shouldCountANamesCharactersAsCodePoints() {
    assertThat(accepted("姓名", "𠮷".repeat(50)).name()).isEqualTo("𠮷".repeat(50));
    assertThat(onlyError("姓名", "𠮷".repeat(51))).isEqualTo(new RowError(3, "name", "姓名不能超过 50 个字，实为 51 个"));
  }

  @Test
  void shouldKeepRareCharactersAndTheMiddleDotOfANameUnchanged() {
    assertThat(accepted("姓名", " 买买提·𡒄𠮷 ").name()).isEqualTo("买买提·𡒄𠮷");
  }

  @ParameterizedTest
  @ValueSource(strings = {"130102199003071230", "13010219900307123", "990102199003071234", "130102199002301234",
      "13010219900307123Y"})
  void shouldRefuseABadIdentityNumberWithIdentityNumbersReason(String number) {
    assertThat(onlyError(candidate(number))).isEqualTo(new RowError(3, "identityNumber",
        IdentityNumber.problem(number)));
  }

  @Test
  void shouldRefuseAnIdentityNumberExcelHeldAsANumber() {
    assertThat(onlyError(candidate(NUMBER, "身份证号", Long.parseLong(NUMBER.substring(0, 15)) * 1000)).reason())
        .startsWith("身份证号须以文本格式填写");
  }

  @Test
  void shouldNameTheEarlierRowOfARepeatedIdentityNumberWrittenEitherCase() {
    String withX = IdNumbers.idEndingInX("130102", LocalDate.of(1980, 1, 1));
    byte[] file = candidatesXlsx(List.of(candidate(withX), candidate(id(2)), candidate(withX.toLowerCase()),
        candidate(" " + withX + " ")));

    assertThat(refusal(file, "考生.xlsx").rows()).containsExactly(
        new RowError(4, "identityNumber", "身份证号与第 2 行重复"),
        new RowError(5, "identityNumber", "身份证号与第 2 行重复"));
  }

  @ParameterizedTest
  @CsvSource({"2010-03-02, 15", "1960-03-01, 66", "1930-01-01, 96"})
  void shouldRefuseAnAgeOutside16To65OnTheReferenceDate(LocalDate birth, int age) {
    assertThat(onlyError(candidate(id("130102", birth, 5), "工会工作年限", 0, "工作年限", 0, "三级岗年限", 0)))
        .isEqualTo(new RowError(3, "age", "按身份证号，截至 2026-03-01 年龄为 " + age + " 周岁，不在 16 至 65 周岁之间"));
  }

  @ParameterizedTest
  @CsvSource({"2010-03-01, 16", "1960-03-02, 65"})
  void shouldAcceptTheAgeBounds(LocalDate birth, int age) {
    CandidateRow row = read(candidatesXlsx(List.of(candidate(id("130102", birth, 5), "工会工作年限", 0, "工作年限", 2,
        "三级岗年限", 0))), "考生.xlsx").get(0);

    assertThat(row.age()).isEqualTo(age);
    assertThat(row.birthDate()).isEqualTo(birth);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "无|",
      "''|",
      "社会工作师|社会工作师",
      "社会工作师，心理咨询师二级|社会工作师,心理咨询师二级",
      "社会工作师;心理咨询师二级 ；人力资源管理师、社会工作师|社会工作师,心理咨询师二级,人力资源管理师",
      "'高级社会工作师\n助理社会工作师'|高级社会工作师,助理社会工作师"})
  void shouldSplitCertificatesOnEveryUsualSeparator(String cell, String certificates) {
    assertThat(accepted("证书", cell).certificates())
        .containsExactlyElementsOf(certificates == null ? List.of() : List.of(certificates.split(",")));
  }

  @Test
  void shouldRefuseACertificateOutsideTheCatalogue() {
    RowError error = onlyError("证书", "社会工作师、驾驶证、心理咨询师（三级）");

    assertThat(error.field()).isEqualTo("certificates");
    assertThat(error.reason()).startsWith("证书不在证书目录中：驾驶证、心理咨询师（三级）（证书目录共 13 种，如 ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "工作年限|-1|workYears|工作年限不能为负数：-1",
      "工会工作年限|－2|unionWorkYears|工会工作年限不能为负数：－2",
      "三级岗年限|2.5|yearsInLevel3|三级岗年限须为整数年：2.5",
      "二级岗年限|三年|yearsInLevel2|二级岗年限须为整数年：三年",
      "工作年限|1000|workYears|工作年限须为整数年：1000",
      "工作年限|''|workYears|工作年限不能为空（没有请填 0）",
      "工会工作年限|''|unionWorkYears|工会工作年限不能为空（没有请填 0）"})
  void shouldRefuseYearsThatAreNoWholeNumberOfYears(String column, String value, String field, String reason) {
    assertThat(onlyError(column, value)).isEqualTo(new RowError(3, field, reason));
  }

  @Test
  void shouldRefuseYearsExcelHeldAsAFractionOrNegativeNumber() {
    assertThat(onlyError("工作年限", 7.5).reason()).isEqualTo("工作年限须为整数年：7.5");
    assertThat(onlyError("工会工作年限", -1).reason()).isEqualTo("工会工作年限不能为负数：-1");
    assertThat(accepted("工作年限", 8.0).workYears()).isEqualTo(8);
  }

  @Test
  void shouldTakeBlankYearsInAGradeAsNone() {
    CandidateRow row = accepted("三级岗年限", null, "二级岗年限", "");

    assertThat(row.yearsInLevel3()).isZero();
    assertThat(row.yearsInLevel2()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"工作年限, workYears", "工会工作年限, unionWorkYears"})
  void shouldRefuseMoreYearsThanAgeLess14(String column, String field) {
    assertThat(accepted(column, 21, "工作年限", 21).age()).isEqualTo(35);
    assertThat(onlyError(column, 22, "三级岗年限", 0)).isEqualTo(new RowError(3, field,
        column + " 22 年大于年龄减 14（35 − 14 = 21 年）"));
  }

  @ParameterizedTest
  @CsvSource({"三级岗年限, yearsInLevel3", "二级岗年限, yearsInLevel2"})
  void shouldRefuseMoreYearsInAGradeThanYearsOfWork(String column, String field) {
    assertThat(accepted("三级岗年限", 0, column, 5, "工作年限", 5).workYears()).isEqualTo(5);
    assertThat(onlyError("三级岗年限", 0, column, 6, "工作年限", 5))
        .isEqualTo(new RowError(3, field, column + " 6 年大于工作年限 5 年"));
  }

  @ParameterizedTest
  @CsvSource({"大专以下, BELOW_COLLEGE", "高中, BELOW_COLLEGE", "中专, BELOW_COLLEGE", "大专, COLLEGE",
      "本科, BACHELOR", "大学本科, BACHELOR", "硕士, MASTER", "研究生, MASTER", "博士, DOCTOR", "master, MASTER",
      "COLLEGE, COLLEGE"})
  void shouldReadEducationAsCodeOrInChinese(String cell, Education education) {
    assertThat(accepted("学历", cell).education()).isEqualTo(education);
  }

  @ParameterizedTest
  @CsvSource({"小学, 学历无法识别：小学", "'', 学历不能为空", "学士, 学历无法识别：学士"})
  void shouldRefuseAnUnknownEducation(String cell, String reason) {
    assertThat(onlyError("学历", cell).reason()).startsWith(reason + "（须为 大专以下、大专、本科、硕士、博士");
  }

  @ParameterizedTest
  @CsvSource({"初级岗, ENTRY", "三级岗, LEVEL_3", "二级岗, LEVEL_2", "一级岗, LEVEL_1", "ENTRY, ENTRY",
      "level_1, LEVEL_1"})
  void shouldReadTheAppliedGradeAsCodeOrInChinese(String cell, Grade grade) {
    assertThat(accepted("报考岗位等级", cell).appliedGrade()).isEqualTo(grade);
  }

  @ParameterizedTest
  @ValueSource(strings = {"四级岗", "LEVEL_4", "三级"})
  void shouldRefuseAnUnknownGrade(String cell) {
    assertThat(onlyError("报考岗位等级", cell)).isEqualTo(new RowError(3, "appliedGrade", "报考岗位等级无法识别：" + cell
        + "（须为 初级岗、三级岗、二级岗、一级岗，或 ENTRY、LEVEL_3、LEVEL_2、LEVEL_1）"));
  }

  @ParameterizedTest
  @CsvSource({"是, true", "否, false", "Y, true", "n, false", "TRUE, true", "false, false", "1, true", "0, false"})
  void shouldReadYesOrNo(String cell, boolean yes) {
    CandidateRow row = accepted("社会工作专业全日制本科", cell, "可报考职业资格", cell);

    assertThat(row.socialWorkBachelor()).isEqualTo(yes);
    assertThat(row.examEligible()).isEqualTo(yes);
  }

  @ParameterizedTest
  @CsvSource({"社会工作专业全日制本科, socialWorkBachelor, 有", "可报考职业资格, examEligible, ''"})
  void shouldRefuseAnythingButYesOrNo(String column, String field, String cell) {
    assertThat(onlyError(column, cell)).isEqualTo(new RowError(3, field, column + "须填 是 或 否"
        + (cell.isEmpty() ? "" : "：" + cell)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HE", "HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD-ZDZ-01", "ABCDEFGHIJKL-123456789012"})
  void shouldAcceptAnOrganisationCodeOfTheRightShape(String code) {
    assertThat(accepted("报考单位", code).unitCode()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"he-sjz", "HE_SJZ", "HE--SJZ", "HE-", "ABCDEFGHIJKLM", "HE-SJZ-ZD-ZDZ-01-02", "石家庄"})
  void shouldRefuseAnOrganisationCodeOfAnotherShape(String code) {
    assertThat(onlyError("报考单位", code)).isEqualTo(new RowError(3, "unitCode", "报考单位代码格式不正确：" + code
        + "（如 HE-SJZ-ZD-ZDZ：大写字母和数字，以 - 分为至多 5 段）"));
  }

  @Test
  void shouldRefuseAnEmptyOrganisationCode() {
    assertThat(onlyError("报考单位", "")).isEqualTo(new RowError(3, "unitCode", "报考单位不能为空"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"13803110001|13803110001", "0311-87654321|0311-87654321",
      "+86 138 0311 0001|+86 138 0311 0001", "''|"})
  void shouldTakeAnOptionalPhone(String cell, String phone) {
    assertThat(accepted("联系电话", cell).phone()).isEqualTo(phone);
  }

  @Test
  void shouldReadAPhoneExcelHeldAsANumber() {
    assertThat(accepted("联系电话", 13803110001L).phone()).isEqualTo("13803110001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"无", "12-34", "电话 13803110001", "13803110001@qq.com"})
  void shouldRefuseAPhoneOfAnotherShape(String cell) {
    assertThat(onlyError("联系电话", cell)).isEqualTo(new RowError(3, "phone", "联系电话格式不正确：" + cell
        + "（只用数字、空格、+、- 和括号）"));
  }

  @Test
  void shouldReportEveryBadCellOfOneRowOnce() {
    List<RowError> errors = refusal(candidatesXlsx(List.of(candidate("130102199003071230", "姓名", "", "学历", "x",
        "工作年限", -3, "三级岗年限", 9, "报考单位", "x", "报考岗位等级", "x", "可报考职业资格", "x"))), "考生.xlsx").rows();

    // No age, so no years against it; no years of work, so none against them.
    assertThat(errors).extracting(RowError::field).containsExactly("name", "identityNumber", "education",
        "workYears", "examEligible", "unitCode", "appliedGrade");
  }
}
