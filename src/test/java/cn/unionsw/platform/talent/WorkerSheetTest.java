package cn.unionsw.platform.talent;

import static cn.unionsw.platform.talent.TalentFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.talent.WorkerSheet.Line;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a file of workers already on post: every cell checked, every bad one named, nothing read if any is. */
class WorkerSheetTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final String UNIT = "HE-SJZ-ZD-ZDZ";

  @Test
  void shouldReadWorkersFromXlsxAndCsvAlike() {
    var rows = List.of(row(UNIT, "姓名", "王𠮷", "岗位等级", "三级岗", "学历", "研究生", "平台账号", "zdworker"));

    for (WorkerSheet.Read read : List.of(WorkerSheet.read(TalentFixtures.xlsx(rows), "w.xlsx", TODAY),
        WorkerSheet.read(TalentFixtures.csv(rows), "w.csv", TODAY))) {
      assertThat(read.errors()).isEmpty();
      List<Line> lines = read.lines();
      NewWorker worker = lines.get(0).worker();
      assertThat(lines.get(0).row()).isEqualTo(2);
      assertThat(lines.get(0).unitCode()).isEqualTo(UNIT);
      assertThat(worker.name()).isEqualTo("王𠮷");
      assertThat(worker.grade()).isEqualTo(Grade.LEVEL_3);
      assertThat(worker.education()).isEqualTo(Education.MASTER);
      assertThat(worker.certificates()).containsExactly("助理社会工作师", "劳动关系协调员");
      assertThat(worker.onPostSince()).isEqualTo(LocalDate.of(2024, 5, 6));
      assertThat(worker.contractEndsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(worker.userId()).isEqualTo("zdworker");
      assertThat(worker.source()).isEqualTo(WorkerSource.IMPORT);
    }
  }

  @Test
  void shouldNameEveryBadCellOfEveryRow() {
    var first = row(UNIT);
    var file = TalentFixtures.xlsx(List.of(first,
        row(UNIT, "身份证号", first.get("身份证号")),
        row(UNIT, "学历", "小学毕业", "岗位等级", "五级岗"),
        row("he-sjz", "上岗日期", "2026-02-30"),
        row(UNIT, "承接主体", "", "姓名", ""),
        row(UNIT, "合同止", LocalDate.of(2023, 1, 1), "平台账号", "张 三")));

    WorkerSheet.Read read = WorkerSheet.read(file, "w.xlsx", TODAY);

    assertThat(read.lines()).extracting(Line::row).containsExactly(2);
    assertThat(read.errors()).extracting(e -> e.row() + " " + e.field()).containsExactly("3 identityNumber",
        "4 education", "4 grade", "5 unitCode", "5 onPostSince", "6 name", "6 contractorName",
        "7 contractEndsOn", "7 userId");
  }

  @Test
  void shouldNameAMissingColumn() {
    byte[] file = "姓名,身份证号\n王五,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> WorkerSheet.read(file, "w.csv", TODAY)).isInstanceOfSatisfying(Refusal.class,
        r -> assertThat(r.rows()).extracting(Refusal.RowError::field).contains("education", "grade", "unitCode"));
  }

  @Test
  void shouldRefuseFilesTooShortForAnySignatureAsUnreadable() {
    for (String name : List.of("w.csv", "w.xlsx")) {
      assertThatThrownBy(() -> WorkerSheet.read("a,b".getBytes(java.nio.charset.StandardCharsets.UTF_8), name, TODAY))
          .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("file"));
    }
  }
}
