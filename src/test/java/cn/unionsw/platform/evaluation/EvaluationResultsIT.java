package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city's annual results as .xlsx through /api, on H2 and MariaDB/MySQL, over evaluations inserted straight into
 * V47's tables for a year no other test uses: the layout read back, the city's rows only, a county's own rows, who
 * may download which, and bad city and year named.
 */
@PlatformIT
class EvaluationResultsIT {

  /** No other test evaluates this year (all integration tests share one database); MariaDB keeps timestamps to 2038. */
  private static final int YEAR = 2033;
  private static final String RESULTS = "/api/evaluations/results";

  /** The evaluations inserted once for the class: worker ids by the name given them. */
  private static Map<String, Worker> workers;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TalentDatabase talentDatabase;
  @Autowired
  DataSource dataSource;

  private JdbcTemplate jdbc;

  @BeforeEach
  void givenEvaluationsOfShijiazhuangAndBaoding() {
    jdbc = new JdbcTemplate(dataSource);
    if (workers != null) {
      return;
    }
    TalentFixtures fixtures = new TalentFixtures(jdbc, talentDatabase);
    String zhengding = fixtures.township("HE-SJZ-ZD", Grade.ENTRY, 2);
    List<Long> posts = fixtures.posts(zhengding);
    Map<String, Worker> hired = new TreeMap<>();
    hired.put("张伟", talentDatabase.hire(TalentFixtures.newWorker(posts.get(0), null), "test"));
    hired.put("李娜", talentDatabase.hire(TalentFixtures.newWorker(posts.get(1), null), "test"));
    hired.put("王芳", fixtures.worker("HE-SJZ-LC"));
    hired.put("赵强", fixtures.worker("HE-SJZ")); // a post of the city's own
    hired.put("钱博", fixtures.worker("HE-BD-ZZ"));
    hired.forEach((name, worker) -> jdbc.update("update talent_worker set name = ? where id = ?", name, worker.id()));
    long shijiazhuang = round("HE-SJZ", 10);
    long baoding = round("HE-BD", 3);
    evaluation(shijiazhuang, hired.get("赵强"), "HE-SJZ", "EXCELLENT", "EXCELLENT", "EXCELLENT", "FINAL");
    evaluation(shijiazhuang, hired.get("王芳"), "HE-SJZ-LC", "QUALIFIED", "QUALIFIED", "QUALIFIED", "FINAL");
    evaluation(shijiazhuang, hired.get("李娜"), "HE-SJZ-ZD", "BASIC", "BASIC", "BASIC", "DECIDED");
    long upheld = evaluation(shijiazhuang, hired.get("张伟"), "HE-SJZ-ZD", "QUALIFIED", "BASIC", "QUALIFIED", "FINAL");
    evaluation(baoding, hired.get("钱博"), "HE-BD-ZZ", "QUALIFIED", "QUALIFIED", "QUALIFIED", "FINAL");
    LocalDateTime filed = LocalDateTime.of(YEAR + 1, 1, 20, 10, 0);
    jdbc.update("insert into evaluation_appeal (evaluation_id, reason, filed_by, filed_at, reviewer_code, due_at, "
        + "original_outcome, decision, reply, revised_outcome, replied_by, replied_at) values (?, '全年考勤齐全，"
        + "事故已按时报告', 'zdclerk', ?, 'HE-SJZ', ?, 'BASIC', 'UPHOLD', '经复核，申诉成立', 'QUALIFIED', 'sjzreviewer', ?)",
        upheld, Timestamp.valueOf(filed), Timestamp.valueOf(filed.plusDays(14)), Timestamp.valueOf(filed.plusDays(5)));
    workers = hired;
  }

  @Test
  void shouldExportTheCitysResultsInTheLayoutAnOfficeFiles() throws IOException {
    var answer = Api.as(rest, "sjzreviewer").bytes(RESULTS + "?city=HE-SJZ&year=" + YEAR);

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentType()).hasToString(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
    assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("石家庄市总工会" + YEAR
        + "年度服务质量评价结果.xlsx");
    Map<Integer, Row> sheet = read(answer.getBody());
    assertThat(text(sheet.get(1), 0)).isEqualTo("石家庄市总工会 " + YEAR + " 年度工会社会工作岗位服务质量评价结果");
    assertThat(text(sheet.get(2), 0)).isEqualTo("序号");
    assertThat(text(sheet.get(2), 15)).isEqualTo("更换人员");
    List<String> rows = new ArrayList<>();
    for (int r = 3; r <= 6; r++) {
      rows.add(String.join(" ", text(sheet.get(r), 0), text(sheet.get(r), 1), text(sheet.get(r), 3),
          text(sheet.get(r), 9), text(sheet.get(r), 10), text(sheet.get(r), 11)));
    }
    assertThat(rows).containsExactly("1 市本级 赵强 优秀 未申诉 优秀", "2 栾城区 王芳 合格 未申诉 合格",
        "3 正定县 李娜 基本合格 未申诉 基本合格（已公布）", "4 正定县 张伟 基本合格 申诉成立，改为合格 合格");
    assertThat(text(sheet.get(6), 4)).isEqualTo(workers.get("张伟").identityNumber());
    assertThat(text(sheet.get(6), 5)).isEqualTo("初级岗");
    assertThat(sheet.get(6).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("82.5");
    assertThat(sheet.get(6).getCellAsNumber(12).orElseThrow()).isEqualByComparingTo("2380");
    assertThat(text(sheet.get(5), 14)).isEqualTo("是");
    assertThat(line(sheet.get(8))).containsExactly("合计", "参评人数", "4");
    assertThat(line(sheet.get(9))).containsExactly("", "优秀", "1", "25.0%");
    assertThat(line(sheet.get(10))).containsExactly("", "合格", "2", "50.0%");
    assertThat(line(sheet.get(11))).containsExactly("", "基本合格", "1", "25.0%");
    assertThat(line(sheet.get(12))).containsExactly("", "不合格", "0", "0.0%");
    assertThat(line(sheet.get(13))).containsExactly("", "优秀名额上限", "3",
        "第二十六条：优秀不超过参评人数的 30%，全市参评 10 人计不超过 3 人；实有 1 人，符合");
    assertThat(sheet).as("the blank line before the totals is no row").hasSize(12);
  }

  @Test
  void shouldGiveACountyItsOwnRowsAndNoOneTheRowsOutOfReach() throws IOException {
    var county = Api.as(rest, "zdclerk").bytes(RESULTS + "?city=HE-SJZ-ZD&year=" + YEAR);

    assertThat(county.getStatusCode().value()).isEqualTo(200);
    Map<Integer, Row> sheet = read(county.getBody());
    assertThat(text(sheet.get(1), 0)).isEqualTo("正定县总工会 " + YEAR + " 年度工会社会工作岗位服务质量评价结果");
    assertThat(List.of(text(sheet.get(3), 3), text(sheet.get(4), 3))).containsExactly("李娜", "张伟");
    assertThat(line(sheet.get(6))).containsExactly("合计", "参评人数", "2");

    for (String user : List.of("admin", "hereviewer", "sjzreviewer")) {
      assertThat(Api.as(rest, user).bytes(RESULTS + "?city=HE-SJZ&year=" + YEAR).getStatusCode().value()).as(user)
          .isEqualTo(200);
    }
    for (String user : List.of("zdclerk", "lcclerk", "bdreviewer", "dzclerk", "zdworker")) {
      var refused = Api.as(rest, user).get(RESULTS + "?city=HE-SJZ&year=" + YEAR);
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getBody().path("error").asText()).isEqualTo("forbidden");
    }
    assertThat(Api.as(rest, "lcclerk").get(RESULTS + "?city=HE-SJZ-ZD&year=" + YEAR).getStatusCode().value())
        .isEqualTo(403);
    Map<Integer, Row> baoding = read(Api.as(rest, "bdreviewer").bytes(RESULTS + "?city=HE-BD&year=" + YEAR)
        .getBody());
    assertThat(text(baoding.get(3), 3)).isEqualTo("钱博");
    assertThat(line(baoding.get(5))).containsExactly("合计", "参评人数", "1");
  }

  @Test
  void shouldRefuseABadCityOrYearByName() {
    Map<String, String> bad = new TreeMap<>(Map.of(
        "city=HE&year=" + YEAR, "city",
        "city=HE-SJZ-ZD-ZDZ&year=" + YEAR, "city",
        "city=he-sjz&year=" + YEAR, "city",
        "city=HE-NOPE&year=" + YEAR, "city",
        "year=" + YEAR, "city",
        "city=HE-SJZ&year=1999", "year",
        "city=HE-SJZ&year=20x6", "year",
        "city=HE-SJZ", "year"));
    bad.forEach((query, field) -> {
      var refused = Api.as(rest, "sjzreviewer").get(RESULTS + "?" + query);
      assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
      assertThat(refused.getBody().path("field").asText()).as(query).isEqualTo(field);
    });
  }

  private long round(String city, int participants) {
    jdbc.update("insert into evaluation_round (city_code, year, participants, started, created_by, created_at) "
        + "values (?, ?, ?, ?, 'test', ?)", city, YEAR, participants, participants,
        Timestamp.valueOf(LocalDateTime.of(YEAR, 11, 1, 9, 0)));
    return jdbc.queryForObject("select id from evaluation_round where city_code = ? and year = ?", Long.class, city,
        YEAR);
  }

  private long evaluation(long round, Worker worker, String proposer, String suggested, String decided,
      String outcome, String status) {
    boolean basic = "BASIC".equals(outcome);
    jdbc.update("insert into annual_evaluation (round_id, worker_id, year, unit_code, proposer_code, grade, "
        + "allowance_tier, status, score, satisfaction_rate, unreported_incidents, key_tasks_completed, "
        + "serious_misconduct, incompetent, severe, suggested_outcome, decided_outcome, outcome, decided_by, "
        + "published_at, previous_outcome, bonus_percent, bonus_amount, next_allowance_tier, retraining_required, "
        + "replace_worker, consequences_at) values (?, ?, ?, ?, ?, 'ENTRY', 1, ?, 82.50, 95.00, 0, true, false, "
        + "false, false, ?, ?, ?, 'sjzreviewer', ?, 'NONE', 100, 2380.00, ?, ?, false, ?)",
        round, worker.id(), YEAR, worker.unitCode(), proposer, status, suggested, decided, outcome,
        Timestamp.valueOf(LocalDateTime.of(YEAR + 1, 1, 10, 9, 0)), basic ? 1 : 2, basic,
        Timestamp.valueOf(LocalDateTime.of(YEAR + 1, 1, 10, 9, 0)));
    return jdbc.queryForObject("select id from annual_evaluation where worker_id = ? and year = ?", Long.class,
        worker.id(), YEAR);
  }

  private static Map<Integer, Row> read(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Map<Integer, Row> rows = new TreeMap<>();
      workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum(), row));
      return rows;
    }
  }

  private static String text(Row row, int c) {
    return row.getOptionalCell(c).map(Cell::getText).orElse("");
  }

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
}
