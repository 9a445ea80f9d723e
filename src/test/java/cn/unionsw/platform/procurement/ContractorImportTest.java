package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractorImportTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);
  private static final String SOCIAL = Xlsx.creditCode("51130000MJ0000001");
  private static final String AGENCY = Xlsx.creditCode("91130000MA0000002");

  @Test
  void shouldReadOneRegistrationPerContractorWithItsRowsQualifications() {
    List<List<Object>> rows = new ArrayList<>(Xlsx.qualifiedRows(SOCIAL, "河北省职工服务社", "SOCIAL_ORGANISATION", FROM,
        UNTIL));
    rows.addAll(Xlsx.qualifiedRows(AGENCY, "冀才人力资源有限公司", "HR_AGENCY", FROM, UNTIL));
    rows.add(List.of("", "", "", "", "", "", ""));
    // Kinds in Chinese, dates as text: as an office may type them.
    rows.set(0, List.of(SOCIAL, "河北省职工服务社", "社会组织", "登记证书", "民政登记 5113-001", "2025-01-01", "2027-12-31"));

    List<Registration> registrations = ContractorImport.parse(new ByteArrayInputStream(Xlsx.register(rows)), "HE");

    assertThat(registrations).extracting(Registration::creditCode).containsExactly(SOCIAL, AGENCY);
    assertThat(registrations.get(0).kind()).isEqualTo(ContractorKind.SOCIAL_ORGANISATION);
    assertThat(registrations.get(0).qualifications()).hasSize(4)
        .allSatisfy(q -> assertThat(q.validUntil()).isEqualTo(UNTIL));
    assertThat(registrations.get(1).qualifications()).extracting(Qualification::kind)
        .contains(QualificationKind.HR_SERVICE_LICENCE);
    assertThat(registrations).allSatisfy(r -> assertThat(r.provinceCode()).isEqualTo("HE"));
  }

  @Test
  void shouldNameEveryBadRowAndReadNothing() {
    String badCheck = SOCIAL.substring(0, 17) + (SOCIAL.endsWith("0") ? "1" : "0");
    byte[] file = Xlsx.register(List.of(
        List.of(SOCIAL, "河北省职工服务社", "SOCIAL_ORGANISATION", "REGISTRATION", "民政登记 1", FROM, UNTIL),   // 2 fine
        List.of(badCheck, "校验位错误的机构", "SOCIAL_ORGANISATION", "REGISTRATION", "x", FROM, UNTIL),        // 3
        List.of(SOCIAL, "河北省职工服务社", "SOCIAL_ORGANISATION", "营业执照", "x", FROM, UNTIL),             // 4
        List.of(SOCIAL, "河北省职工服务社", "SOCIAL_ORGANISATION", "TAX", "x", "2026-02-30", UNTIL),          // 5
        List.of(SOCIAL, "河北省职工服务社", "SOCIAL_ORGANISATION", "CREDIT", "x", UNTIL, FROM),              // 6
        List.of(AGENCY, "冀才人力资源有限公司", "HR_AGENCY", "REGISTRATION", "工商 1", FROM, UNTIL),           // 7
        List.of(SOCIAL, "河北省职工服务社", "SOCIAL_ORGANISATION", "REGISTRATION", "民政登记 2", FROM, UNTIL),  // 8
        List.of(SOCIAL, "河北省职工服务社", "基金会", "TAX", "", FROM, UNTIL)));                              // 9: TAX again (row 5)

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> ContractorImport.parse(new ByteArrayInputStream(file), "HE"));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal.field()).isEqualTo("file");
    assertThat(refusal.rows()).extracting(RowError::row, RowError::field).containsExactly(
        tuple(3, "creditCode"),
        tuple(4, "qualificationKind"),
        tuple(5, "validFrom"),
        tuple(6, "validUntil"),
        tuple(7, "qualifications"),
        tuple(8, "qualificationKind"),
        tuple(9, "kind"),
        tuple(9, "qualificationKind"),
        tuple(9, "evidence"));
    assertThat(refusal.rows()).extracting(RowError::reason).contains("统一社会信用代码校验位不正确", "有效期止早于有效期起",
        "人力资源服务机构须持有人力资源服务许可证（第十八条）", "登记证书重复");
    assertThat(refusal.getMessage()).contains("9 处错误", "未导入任何数据");
  }

  @Test
  void shouldRefuseAFileWithoutTheHeaderOrNoXlsxAtAll() {
    byte[] noHeader = Xlsx.sheet(List.of(List.of(SOCIAL, "x", "SOCIAL_ORGANISATION", "TAX", "x", FROM, UNTIL)));

    assertThat(catchThrowableOfType(Refusal.class, () -> ContractorImport.parse(new ByteArrayInputStream(noHeader),
        "HE")).getMessage()).startsWith("file: 第 1 行须为表头");
    assertThat(catchThrowableOfType(Refusal.class, () -> ContractorImport.parse(
        new ByteArrayInputStream("a,b,c\n".getBytes()), "HE")).getMessage()).contains("不是可读取的 .xlsx 文件");
    assertThat(catchThrowableOfType(Refusal.class, () -> ContractorImport.parse(
        new ByteArrayInputStream(Xlsx.register(List.of())), "HE")).getMessage()).contains("没有资质行");
  }
}
