package cn.unionsw.platform.talent;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.procurement.Xlsx;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts and workers for integration tests: a township of its own under a county (so that no other test's unit
 * changes), its ACTIVE posts inserted with SQL, workers hired through {@link TalentDatabase}, and files of workers
 * as an administrator would load them. Identity numbers and names never repeat within a run (one database).
 */
public final class TalentFixtures {

  public static final List<String> HEADER = List.of("姓名", "身份证号", "学历", "证书", "岗位等级", "岗位所在单位", "上岗日期",
      "承接主体", "合同起", "合同止", "平台账号");
  private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000));

  private final JdbcTemplate jdbc;
  private final TalentDatabase database;

  public TalentFixtures(JdbcTemplate jdbc, TalentDatabase database) {
    this.jdbc = jdbc;
    this.database = database;
  }

  /** A new township under {@code county} with {@code count} ACTIVE posts of {@code grade}. */
  public String township(String county, Grade grade, int count) {
    int n = NEXT.incrementAndGet();
    String code = county + "-TL" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n % 100;
    jdbc.update("insert into org_unit (code, parent_code, name, type, legal_entity_count, employee_count, "
        + "member_count) values (?, ?, ?, 'TOWNSHIP_STREET', 50, 3000, 2800)", code, county, "人才库测试街道工会 " + n);
    for (int i = 0; i < count; i++) {
      jdbc.update("insert into post (unit_code, grade, status, created_by_instance) values (?, ?, 'ACTIVE', "
          + "'test:talent')", code, grade.name());
    }
    return code;
  }

  public List<Long> posts(String unit) {
    return jdbc.queryForList("select id from post where unit_code = ? order by id", Long.class, unit);
  }

  /** A fresh worker on a fresh entry post of a new township under {@code county}. */
  public Worker worker(String county) {
    String unit = township(county, Grade.ENTRY, 1);
    return database.hire(newWorker(posts(unit).get(0), null), "talent-fixtures");
  }

  /** A new worker (a fresh identity number) for {@code post}, with a pre-platform contract. */
  public static NewWorker newWorker(Long post, String userId) {
    return new NewWorker(identity(), "测试社工" + NEXT.get(), Education.BACHELOR, List.of("助理社会工作师"), Grade.ENTRY,
        post, null, "人才库测试服务社", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), userId,
        LocalDate.of(2025, 3, 1), WorkerSource.RECRUITMENT);
  }

  /** An identity number nobody else in the run has. */
  public static String identity() {
    int n = NEXT.incrementAndGet();
    return IdNumbers.id("130102", LocalDate.of(1970 + n % 30, 1 + n / 30 % 12, 1 + n / 360 % 28), n / 10080 % 1000);
  }

  /** A file row by header, {@code changes} (header → value) put over a valid worker of {@code unit}. */
  public static Map<String, Object> row(String unit, Object... changes) {
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("姓名", "王𠮷");
    row.put("身份证号", identity());
    row.put("学历", "本科");
    row.put("证书", "助理社会工作师、劳动关系协调员");
    row.put("岗位等级", "初级岗");
    row.put("岗位所在单位", unit);
    row.put("上岗日期", LocalDate.of(2024, 5, 6));
    row.put("承接主体", "河北人才库测试社会工作服务中心");
    row.put("合同起", LocalDate.of(2024, 1, 1));
    row.put("合同止", LocalDate.of(2026, 12, 31));
    row.put("平台账号", "");
    for (int i = 0; i < changes.length; i += 2) {
      row.put((String) changes[i], changes[i + 1]);
    }
    return row;
  }

  public static byte[] xlsx(List<Map<String, Object>> rows) {
    List<List<Object>> sheet = new ArrayList<>();
    sheet.add(new ArrayList<>(HEADER));
    rows.forEach(row -> sheet.add(HEADER.stream().map(h -> row.getOrDefault(h, "")).toList()));
    return Xlsx.sheet(sheet);
  }

  /** A CSV in UTF-8, dates as text; quotes where a cell holds a comma. */
  public static byte[] csv(List<Map<String, Object>> rows) {
    StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    rows.forEach(row -> text.append(HEADER.stream().map(h -> String.valueOf(row.getOrDefault(h, "")))
        .map(c -> c.contains(",") ? "\"" + c + "\"" : c).collect(Collectors.joining(","))).append("\r\n"));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
