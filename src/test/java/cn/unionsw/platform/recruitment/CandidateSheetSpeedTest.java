package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.CandidateFiles.candidate;
import static cn.unionsw.platform.talent.IdNumbers.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How long 10,000 rows take to read and check, printed and not asserted (timings on a shared machine assert
 * nothing but its load). The first file pays for class loading and the JIT; the second is what a running
 * platform sees.
 */
class CandidateSheetSpeedTest {

  private static final int ROWS = 10_000;

  private static List<Map<String, Object>> round() {
    String[] certificates = {"无", "助理社会工作师", "社会工作师、心理咨询师二级", "劳动关系协调员，人力资源管理员"};
    return IntStream.range(0, ROWS).mapToObj(i -> candidate(id(i), "姓名", "考生" + i + (i % 100 == 0 ? "𠮷" : ""),
        "证书", certificates[i % 4], "学历", i % 2 == 0 ? "本科" : "大专", "报考岗位等级", i % 3 == 0 ? "二级岗" : "三级岗"))
        .toList();
  }

  @Test
  void shouldReadTenThousandRowsOfXlsxAndOfCsv() {
    List<Map<String, Object>> round = round();
    byte[] xlsx = CandidateFiles.candidatesXlsx(round);
    byte[] csv = CandidateFiles.candidatesCsv(round, StandardCharsets.UTF_8, true);

    for (int pass = 1; pass <= 2; pass++) {
      long start = System.nanoTime();
      List<CandidateRow> fromXlsx = CandidateSheetTest.read(xlsx, "全省.xlsx");
      long xlsxMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      List<CandidateRow> fromCsv = CandidateSheetTest.read(csv, "全省.csv");
      long csvMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("CandidateSheet pass %d: %,d rows of .xlsx (%,d bytes) in %d ms, of .csv (%,d bytes) in %d ms%n",
          pass, fromXlsx.size(), xlsx.length, xlsxMillis, csv.length, csvMillis);

      assertThat(fromXlsx).hasSize(ROWS);
      assertThat(fromCsv).isEqualTo(fromXlsx);
    }
  }
}
