package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.evaluation.AppealProcess;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PublishedEvaluations;
import cn.unionsw.platform.talent.Worker;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The appeals the matrix's appeal rows work on (Art. 28), on evaluations published without annual-evaluation
 * ({@link PublishedEvaluations}): two answered appeals that only reading cells touch, one of a fresh worker of 正定县
 * filed by zdclerk and one of the demo worker filed by themself; and for every cell that may change something a
 * fresh worker of 正定县 with a published outcome, or a fresh appeal of one waiting for the city's answer.
 */
final class MatrixAppeals {

  static final String START = "/engine-rest/process-definition/key/" + AppealProcess.KEY + "/start";

  private final PublishedEvaluations evaluations;
  private final TestRestTemplate rest;
  private final TaskService tasks;
  private Map<String, String> shared;

  MatrixAppeals(PublishedEvaluations evaluations, TestRestTemplate rest, TaskService tasks) {
    this.evaluations = evaluations;
    this.rest = rest;
    this.tasks = tasks;
  }

  /** {appeal}: answered, of a worker of 正定县; {own}: answered, the demo worker's. */
  Setup shared() {
    return user -> {
      if (shared == null) {
        Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
        String appeal = answered(file("zdclerk", worker.userId(), published(worker)));
        String own = answered(file("zdworker", "zdworker", published(evaluations.demoWorker())));
        shared = Map.of("appeal", appeal, "own", own);
      }
      return shared;
    };
  }

  /** {worker}, {year}: a fresh worker of 正定县 with an outcome published yesterday. */
  Setup fresh() {
    return Matrix.sharedByRefusals(user -> {
      Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
      return Map.of("worker", worker.userId(), "year", String.valueOf(published(worker)));
    });
  }

  /** {pi}, {task}: a fresh appeal of a worker of 正定县, filed by zdclerk, waiting at appeal-review. */
  Setup review() {
    return Matrix.sharedByRefusals(user -> {
      Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
      String pi = file("zdclerk", worker.userId(), published(worker));
      return Map.of("pi", pi, "task", task(pi));
    });
  }

  static String startBody(String workerId, String year) {
    return "{\"variables\":{\"workerId\":{\"value\":\"" + workerId + "\",\"type\":\"String\"},"
        + "\"year\":{\"value\":" + year + ",\"type\":\"Integer\"},"
        + "\"reason\":{\"value\":\"矩阵测试：对评价结果有异议\",\"type\":\"String\"}}}";
  }

  static String answerBody() {
    return "{\"variables\":{\"decision\":{\"value\":\"DISMISS\",\"type\":\"String\"},"
        + "\"reply\":{\"value\":\"矩阵测试：维持原评价结果\",\"type\":\"String\"}}}";
  }

  private int published(Worker worker) {
    int year = PublishedEvaluations.year();
    evaluations.published(worker, year, Outcome.BASIC, 1);
    return year;
  }

  private String file(String user, String workerId, int year) {
    var started = Api.as(rest, user).post(START, Matrix.json(startBody(workerId, String.valueOf(year))));
    assertThat(started.getStatusCode()).as("fixture: %s", started.getBody()).isEqualTo(HttpStatus.OK);
    return started.getBody().path("id").asText();
  }

  /** Answered by Shijiazhuang's reviewer; answers the appeal's id. */
  private String answered(String pi) {
    String task = task(pi);
    Object appealId = tasks.getVariable(task, AppealProcess.Vars.APPEAL_ID.name());
    var answered = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + task + "/complete",
        Matrix.json(answerBody()));
    assertThat(answered.getStatusCode()).as("fixture: %s", answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return String.valueOf(appealId);
  }

  private String task(String pi) {
    return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(AppealProcess.Elements.APPEAL_REVIEW)
        .singleResult().getId();
  }
}
