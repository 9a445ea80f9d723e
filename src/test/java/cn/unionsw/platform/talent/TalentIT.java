package cn.unionsw.platform.talent;

import static cn.unionsw.platform.talent.TalentFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The talent database through its doors, on H2 and on MariaDB/MySQL: who sees which workers (a county its own, a
 * city its counties', the province all, a worker only themself), the import of workers already on post (all or
 * nothing, every bad row named), four-byte names kept, and one worker per post when two hires meet.
 */
@PlatformIT
class TalentIT {

  private static final MediaType XLSX = MediaType.parseMediaType(TalentController.XLSX);
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TalentDatabase database;
  @Autowired
  DataSource dataSource;

  private TalentFixtures fixtures;
  private JdbcTemplate jdbc;

  @BeforeEach
  void fixtures() {
    jdbc = new JdbcTemplate(dataSource);
    fixtures = new TalentFixtures(jdbc, database);
  }

  @Test
  void shouldShowEachCallerTheWorkersWithinReach() {
    Worker zd = fixtures.worker("HE-SJZ-ZD");
    Worker lc = fixtures.worker("HE-SJZ-LC");

    assertThat(ids("zdclerk", "/api/talent/workers")).contains(zd.id()).doesNotContain(lc.id());
    assertThat(ids("lcclerk", "/api/talent/workers")).contains(lc.id()).doesNotContain(zd.id());
    assertThat(ids("sjzreviewer", "/api/talent/workers")).contains(zd.id(), lc.id());
    assertThat(ids("hereviewer", "/api/talent/workers?status=ON_POST")).contains(zd.id(), lc.id());
    assertThat(ids("admin", "/api/talent/workers?org=HE")).contains(zd.id(), lc.id());
    assertThat(ids("bdreviewer", "/api/talent/workers")).doesNotContain(zd.id(), lc.id());
    assertThat(status("lcclerk", "/api/talent/workers?org=HE-SJZ-ZD")).isEqualTo(403);
    assertThat(status("zdworker", "/api/talent/workers")).isEqualTo(403);

    assertThat(status("zdclerk", "/api/talent/workers/" + zd.id())).isEqualTo(200);
    assertThat(status("lcclerk", "/api/talent/workers/" + zd.id())).isEqualTo(404);
    assertThat(status("sjzreviewer", "/api/talent/workers/" + lc.id())).isEqualTo(200);
    assertThat(status("hereviewer", "/api/talent/workers/" + lc.id())).isEqualTo(200);
    assertThat(status("zdworker", "/api/talent/workers/" + zd.id())).isEqualTo(404);
  }

  @Test
  void shouldShowTheDemoWorkerTheirOwnRecordAndNoOneElses() {
    var me = Api.as(rest, "zdworker").get("/api/talent/me");
    assertThat(me.getStatusCode().value()).as(String.valueOf(me.getBody())).isEqualTo(200);
    JsonNode worker = me.getBody().path("worker");
    assertThat(worker.path("userId").asText()).isEqualTo("zdworker");
    assertThat(worker.path("unitCode").asText()).isEqualTo("HE-SJZ-ZD-ZDZ");
    assertThat(worker.path("source").asText()).isEqualTo("IMPORT");
    assertThat(me.getBody().path("history").get(0).path("kind").asText()).isEqualTo("HIRED");
    long own = worker.path("id").asLong();
    assertThat(status("zdworker", "/api/talent/workers/" + own)).isEqualTo(200);
    assertThat(status("zdclerk", "/api/talent/workers/" + own)).isEqualTo(200);
    assertThat(status("lcclerk", "/api/talent/workers/" + own)).isEqualTo(404);
    assertThat(status("zdclerk", "/api/talent/me")).isEqualTo(404);
    assertThat(database.isFilled(worker.path("postId").asLong())).isTrue();
  }

  @Test
  void shouldImportWorkersOntoFreePostsAndKeepFourByteNames() {
    String unit = fixtures.township("HE-SJZ-ZD", Grade.ENTRY, 2);
    String other = fixtures.township("HE-SJZ-LC", Grade.LEVEL_3, 1);
    byte[] file = TalentFixtures.xlsx(List.of(row(unit, "姓名", "王𠮷"), row(unit, "姓名", "𡒄 ", "证书", "无",
        "承接主体", "", "合同起", "", "合同止", ""), row(other, "岗位等级", "LEVEL_3", "学历", "大专")));

    var answer = Api.as(rest, "admin").put("/api/talent/workers/import", file, XLSX);

    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    assertThat(answer.getBody().path("workers").asInt()).isEqualTo(3);
    List<Long> ids = new ArrayList<>();
    answer.getBody().path("ids").forEach(id -> ids.add(id.asLong()));
    JsonNode first = Api.as(rest, "zdclerk").get("/api/talent/workers/" + ids.get(0)).getBody();
    assertThat(first.path("worker").path("name").asText()).isEqualTo("王𠮷");
    assertThat(first.path("worker").path("contractorName").asText()).isEqualTo("河北人才库测试社会工作服务中心");
    assertThat(first.path("worker").path("contractStartsOn").asText()).isEqualTo("2024-01-01");
    assertThat(first.path("worker").path("onPostSince").asText()).isEqualTo("2024-05-06");
    assertThat(first.path("history").get(0).path("kind").asText()).isEqualTo("HIRED");
    JsonNode second = Api.as(rest, "zdclerk").get("/api/talent/workers/" + ids.get(1)).getBody();
    assertThat(second.path("worker").path("name").asText()).isEqualTo("𡒄");
    assertThat(second.path("worker").path("contractorName").asText(null)).isNull();
    assertThat(jdbc.queryForObject("select name from talent_worker where id = ?", String.class, ids.get(0)))
        .isEqualTo("王𠮷");
    assertThat(database.filledPosts(fixtures.posts(unit))).containsExactlyInAnyOrderElementsOf(fixtures.posts(unit));
    assertThat(database.find(ids.get(2)).orElseThrow().grade()).isEqualTo(Grade.LEVEL_3);
  }

  @Test
  void shouldImportACsvSavedByExcel() {
    String unit = fixtures.township("HE-SJZ-ZD", Grade.ENTRY, 1);
    byte[] csv = TalentFixtures.csv(List.of(row(unit, "姓名", "李𠮷", "上岗日期", "2024/5/6", "合同起", "2024-01-01",
        "合同止", "2026年12月31日")));

    var answer = Api.as(rest, "admin").put("/api/talent/workers/import", csv, CSV);

    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    Worker worker = database.find(answer.getBody().path("ids").get(0).asLong()).orElseThrow();
    assertThat(worker.name()).isEqualTo("李𠮷");
    assertThat(worker.onPostSince()).isEqualTo(LocalDate.of(2024, 5, 6));
    assertThat(worker.contractEndsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void shouldRefuseAFileWithAnyBadRowNamingEveryOneAndWriteNothing() {
    String unit = fixtures.township("HE-SJZ-ZD", Grade.ENTRY, 1);
    Map<String, Object> good = row(unit);
    String badCheck = (String) row(unit).get("身份证号");
    badCheck = badCheck.substring(0, 17) + (badCheck.endsWith("0") ? "1" : "0");
    int workers = count("talent_worker");
    int events = count("talent_event");
    byte[] file = TalentFixtures.xlsx(List.of(good, row(unit, "身份证号", badCheck),
        row(unit, "身份证号", good.get("身份证号")), row("HE-SJZ-ZD-NOPE"), row(unit, "姓名", "无空缺")));

    var answer = Api.as(rest, "admin").put("/api/talent/workers/import", file, XLSX);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().path("field").asText()).isEqualTo("file");
    List<String> errors = new ArrayList<>();
    answer.getBody().path("errors").forEach(e -> errors.add(e.path("row").asInt() + " " + e.path("field").asText()));
    assertThat(errors).containsExactly("3 identityNumber", "4 identityNumber", "5 unitCode", "6 grade");
    assertThat(answer.getBody().path("errors").get(0).path("reason").asText()).contains("校验位");
    assertThat(answer.getBody().path("errors").get(1).path("reason").asText()).contains("第 2 行重复");
    assertThat(answer.getBody().path("errors").get(3).path("reason").asText()).contains("已无空缺");
    assertThat(count("talent_worker")).isEqualTo(workers);
    assertThat(count("talent_event")).isEqualTo(events);
    assertThat(database.filledPosts(fixtures.posts(unit))).isEmpty();
  }

  @Test
  void shouldLetOnlyTheCountysOrCitysClerksRecordALeavingAndFreeThePost() {
    Worker worker = fixtures.worker("HE-SJZ-ZD");
    Map<String, String> leave = Map.of("on", LocalDate.now(IdentityNumber.CHINA).toString(), "reason", "合同期满不再续签");
    assertThat(Api.as(rest, "lcclerk").post("/api/talent/workers/" + worker.id() + "/leave", leave)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(Api.as(rest, "sjzreviewer").post("/api/talent/workers/" + worker.id() + "/leave", leave)
        .getStatusCode().value()).isEqualTo(403);

    var left = Api.as(rest, "zdclerk").post("/api/talent/workers/" + worker.id() + "/leave", leave);

    assertThat(left.getStatusCode().value()).as(String.valueOf(left.getBody())).isEqualTo(200);
    assertThat(left.getBody().path("worker").path("status").asText()).isEqualTo("LEFT");
    assertThat(left.getBody().path("history")).extracting(e -> e.path("kind").asText()).containsExactly("HIRED", "LEFT");
    assertThat(database.isFilled(worker.postId())).isFalse();
    assertThat(Api.as(rest, "zdclerk").post("/api/talent/workers/" + worker.id() + "/leave", leave)
        .getStatusCode().value()).isEqualTo(409);
    // The same person may take a post again: their own record, on post once more.
    Worker back = database.hire(new NewWorker(worker.identityNumber(), worker.name(), worker.education(),
        worker.certificates(), worker.grade(), worker.postId(), null, null, null, null, null,
        LocalDate.now(IdentityNumber.CHINA), WorkerSource.RECRUITMENT), "talent-it");
    assertThat(back.id()).isEqualTo(worker.id());
    assertThat(back.status()).isEqualTo(WorkerStatus.ON_POST);
    assertThat(database.history(worker.id())).extracting(TalentEvent::kind)
        .containsExactly(TalentEventKind.HIRED, TalentEventKind.LEFT, TalentEventKind.HIRED);
  }

  @Test
  void shouldLetOneOfTwoHiresOfOnePostThroughAndRefuseTheOther() throws Exception {
    String unit = fixtures.township("HE-SJZ-ZD", Grade.ENTRY, 1);
    long post = fixtures.posts(unit).get(0);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> hires = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        NewWorker worker = TalentFixtures.newWorker(post, null);
        Callable<Object> hire = () -> {
          start.await();
          try {
            return database.hire(worker, "talent-it");
          } catch (Refusal refusal) {
            return refusal;
          }
        };
        hires.add(pool.submit(hire));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> hire : hires) {
        outcomes.add(hire.get());
      }
      assertThat(outcomes).filteredOn(Worker.class::isInstance).hasSize(1);
      // The second hire waits on the post's row and then sees the first: refused as a filled post, naming it.
      assertThat(outcomes).filteredOn(Refusal.class::isInstance).extracting(o -> ((Refusal) o).kind(),
          o -> ((Refusal) o).field()).containsExactly(tuple(Refusal.Kind.CONFLICT, "postId"));
      assertThat(jdbc.queryForObject("select count(*) from talent_worker where post_id = ?", Integer.class, post))
          .isOne();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldAnswerBadLeavingsNamingTheField() {
    Worker worker = fixtures.worker("HE-SJZ-ZD");
    String path = "/api/talent/workers/" + worker.id() + "/leave";
    assertThat(List.of(
        Api.as(rest, "zdclerk").post(path, Map.of("on", "2099-01-01", "reason", "x")).getBody(),
        Api.as(rest, "zdclerk").post(path, Map.of("on", "2020-01-01", "reason", "x")).getBody(),
        Api.as(rest, "zdclerk").post(path, Map.of("on", "2026-01-01", "reason", " ")).getBody()))
        .extracting(b -> b.path("status").asInt(), b -> b.path("field").asText())
        .containsExactly(tuple(400, "on"), tuple(400, "on"), tuple(400, "reason"));
    assertThat(database.find(worker.id()).orElseThrow().onPost()).isTrue();
  }

  private List<Long> ids(String user, String path) {
    var answer = Api.as(rest, user).get(path);
    assertThat(answer.getStatusCode().value()).as(user + " " + path + ": " + answer.getBody()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    answer.getBody().forEach(w -> ids.add(w.path("id").asLong()));
    return ids;
  }

  private int status(String user, String path) {
    return Api.as(rest, user).get(path).getStatusCode().value();
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
