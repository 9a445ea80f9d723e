package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.CandidateFiles.HEADER;
import static cn.unionsw.platform.recruitment.CandidateSheetTest.read;
import static cn.unionsw.platform.talent.IdNumbers.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.talent.IdNumbers;
import cn.unionsw.platform.talent.IdentityNumber;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class CandidateWorkbookTest {

  private static final String WITH_X = IdNumbers.idEndingInX("110105", LocalDate.of(1986, 2, 28));

  /** Every field set otherwise from the next: rare characters, X, no certificates and several, no phone. */
  private static final List<CandidateRow> ROUND = List.of(
      new CandidateRow(2, "𠮷野·𡒄", WITH_X, LocalDate.of(1986, 2, 28), 40, Education.MASTER, 6, 15,
          List.of("高级社会工作师", "心理咨询师二级"), true, false, 5, 4, "HE-SJZ-ZD-ZDZ", Grade.LEVEL_1, "+86 138 0311 0001"),
      new CandidateRow(3, "李娜", id(3), IdentityNumber.birthDate(id(3)), IdentityNumber.ageOn(id(3),
          CandidateFiles.REFERENCE_DATE), Education.BELOW_COLLEGE, 0, 0, List.of(), false, true, 0, 0, "HE",
          Grade.ENTRY, null),
      new CandidateRow(4, "阿依古丽", id(4), IdentityNumber.birthDate(id(4)), IdentityNumber.ageOn(id(4),
          CandidateFiles.REFERENCE_DATE), Education.DOCTOR, 1, 2, List.of("社会工作师"), true, true, 2, 0,
          "HE-DZ", Grade.LEVEL_3, "0311-87654321"),
      new CandidateRow(5, "赵大", id(5), IdentityNumber.birthDate(id(5)), IdentityNumber.ageOn(id(5),
          CandidateFiles.REFERENCE_DATE), Education.COLLEGE, 3, 3, List.of("劳动关系协调师"), false, false, 3, 0,
          "HE-BD-ZZ", Grade.LEVEL_2, "12351"),
      new CandidateRow(6, "钱博", id(6), IdentityNumber.birthDate(id(6)), IdentityNumber.ageOn(id(6),
          CandidateFiles.REFERENCE_DATE), Education.BACHELOR, 2, 4, List.of("助理社会工作师"), true, true, 0, 0,
          "HE-SJZ", Grade.LEVEL_3, null));

  @Test
  void shouldReadBackEveryFieldOfAnExportedListUnchanged() {
    byte[] exported = CandidateWorkbook.write(ROUND);

    assertThat(read(exported, "名单.xlsx")).containsExactlyElementsOf(ROUND);
  }

  @Test
  void shouldReadBackAStageListWithItsResultColumnsLeftAside() throws IOException {
    byte[] exported = CandidateWorkbook.write("资格审查结果", ROUND, List.of("审查结果", "笔试成绩", "审查日期", "通过"),
        row -> List.of(row.age() > 30 ? "通过" : "不通过", new BigDecimal("87.5"), LocalDate.of(2026, 3, 10),
            row.socialWorkBachelor()));

    assertThat(read(exported, "资格审查结果.xlsx")).containsExactlyElementsOf(ROUND);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(exported));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      List<Row> all = rows.toList();
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("资格审查结果");
      assertThat(all.get(0).getCellText(0)).isEqualTo("姓名");
      assertThat(all.get(0).getCellText(HEADER.size())).isEqualTo("审查结果");
      assertThat(all.get(1).getCellText(0)).isEqualTo("𠮷野·𡒄");
      assertThat(all.get(1).getCellText(5)).isEqualTo("高级社会工作师、心理咨询师二级");
      assertThat(all.get(2).getCellText(5)).isEqualTo("无");
      assertThat(all.get(1).getCellAsNumber(HEADER.size() + 1)).contains(new BigDecimal("87.5"));
      assertThat(all.get(1).getCellAsDate(HEADER.size() + 2)).map(LocalDate::from).contains(LocalDate.of(2026, 3, 10));
      assertThat(all.get(1).getCellText(HEADER.size() + 3)).isEqualTo("是");
    }
  }

  @Test
  void shouldRefuseAResultColumnNamedLikeACandidateColumn() {
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateWorkbook.write("名单", ROUND, List.of("学历"),
        row -> List.of("x")));
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateWorkbook.write("名单", ROUND, List.of("结果"),
        row -> List.of("x", "y")));
  }

  @Test
  void shouldExportAndReadBackARoundOfThousands() {
    List<CandidateRow> round = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> {
      String number = id(i);
      return new CandidateRow(i + 2, "考生" + i + "𠮷", number, IdentityNumber.birthDate(number),
          IdentityNumber.ageOn(number, CandidateFiles.REFERENCE_DATE), Education.values()[i % 5], i % 10, 10,
          i % 3 == 0 ? List.of() : List.of("社会工作师"), i % 2 == 0, i % 3 == 0, i % 7, i % 4, "HE-SJZ", Grade.values()[i % 4],
          i % 2 == 0 ? null : "1380311" + String.format("%04d", i));
    }).toList();

    assertThat(read(CandidateWorkbook.write(round), "全市.xlsx")).containsExactlyElementsOf(round);
  }
}
