package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.posts.PostApplicationProcess.Elements;
import cn.unionsw.platform.support.Api;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The post applications the access matrix works on. Three shared cases, one per kind of organisation, that only
 * reading cells touch: A by {@code zdclerk} for 正定镇 (HE-SJZ-ZD-ZDZ) waiting at Shijiazhuang's municipal review,
 * B by {@code zzclerk} for 涿州经济开发区 (HE-BD-ZZ-KFQ) waiting at Baoding's, C by {@code dzclerk} for 定州北城区
 * (HE-DZ-BCQ, directly administered) waiting at the province's review. Every cell that may change a case gets a
 * fresh copy of A, so that no cell depends on another's order or outcome. All set-up runs as the platform (no
 * authenticated user), except the starts, which go through engine REST as the applicant, as in real life.
 */
final class MatrixCases {

  /** A Shijiazhuang reviewer besides {@code sjzreviewer}: the one a task is delegated to or claimed by. */
  static final String COLLEAGUE = "sjzmatrix";
  static final String COLLEAGUE_PASSWORD = "Matrix-Passw0rd!";
  static final String JUSTIFICATION = "镇内新建产业园区，职工服务需求成倍增长";

  private final TestRestTemplate rest;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  final Case a;
  final Case b;
  final Case c;

  /** One open post application: its instance, its open review task, that task's execution and a timer job. */
  record Case(String processInstanceId, String taskId, String executionId, String jobId, String jobDefinitionId) {
  }

  MatrixCases(TestRestTemplate rest, RuntimeService runtime, TaskService tasks, ManagementService management,
      IdentityService identity) {
    this.rest = rest;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    ensureColleague(identity);
    this.a = start("zdclerk", "HE-SJZ-ZD-ZDZ", Elements.MUNICIPAL_REVIEW);
    this.b = start("zzclerk", "HE-BD-ZZ-KFQ", Elements.MUNICIPAL_REVIEW);
    this.c = start("dzclerk", "HE-DZ-BCQ", Elements.PROVINCIAL_REVIEW);
  }

  /** A fresh copy of A for one cell that may change it. */
  Case fresh() {
    return start("zdclerk", "HE-SJZ-ZD-ZDZ", Elements.MUNICIPAL_REVIEW);
  }

  Case freshClaimedBy(String userId) {
    Case fresh = fresh();
    tasks.claim(fresh.taskId(), userId);
    return fresh;
  }

  Case freshDelegatedTo(String userId) {
    Case fresh = fresh();
    tasks.delegateTask(fresh.taskId(), userId);
    return fresh;
  }

  /** A case of zdclerk's started without details: it waits for zdclerk to fill in the application form. */
  Case freshFill() {
    return startWith("zdclerk", "{\"variables\":{\"applicationType\":{\"value\":\"NEW\",\"type\":\"String\"}}}",
        Elements.FILL_APPLICATION);
  }

  /** A fresh copy of A, ended (deleted as the platform): what is left of it is history. */
  Case ended() {
    Case fresh = fresh();
    runtime.deleteProcessInstance(fresh.processInstanceId(), "矩阵测试：只留历史");
    return fresh;
  }

  /** The placeholders every cell may use: the shared cases and their tasks. */
  Map<String, String> shared() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("A", a.processInstanceId());
    values.put("B", b.processInstanceId());
    values.put("C", c.processInstanceId());
    values.put("Atask", a.taskId());
    values.put("colleague", COLLEAGUE);
    return values;
  }

  /** The placeholders of one case a cell works on: {pi}, {task}, {exec}, {job}, {jobdef}. */
  static Map<String, String> of(Case target) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("pi", target.processInstanceId());
    values.put("task", target.taskId());
    values.put("exec", target.executionId());
    if (target.jobId() != null) {
      values.put("job", target.jobId());
      values.put("jobdef", target.jobDefinitionId());
    }
    return values;
  }

  /** A post-application start body for a unit; extra variables and start instructions are given as JSON. */
  static String startBody(String unit, String extraVariables, String startInstructions) {
    return "{\"variables\":{"
        + "\"unitCode\":{\"value\":\"" + unit + "\",\"type\":\"String\"},"
        + "\"applicationType\":{\"value\":\"NEW\",\"type\":\"String\"},"
        + "\"requestedPosts\":{\"value\":1,\"type\":\"Integer\"},"
        + "\"proposedGrade\":{\"value\":\"ENTRY\",\"type\":\"String\"},"
        + "\"duties\":{\"value\":\"职工维权、集体协商指导、困难职工帮扶\",\"type\":\"String\"},"
        + "\"justification\":{\"value\":\"" + JUSTIFICATION + "\",\"type\":\"String\"}"
        + (extraVariables == null ? "" : "," + extraVariables) + "}"
        + (startInstructions == null ? "" : ",\"startInstructions\":" + startInstructions) + "}";
  }

  private Case start(String applicant, String unit, String taskKey) {
    return startWith(applicant, startBody(unit, null, null), taskKey);
  }

  private Case startWith(String applicant, String body, String taskKey) {
    var response = Api.as(rest, applicant).post("/engine-rest/process-definition/key/" + PostApplicationProcess.KEY
        + "/start", Matrix.json(body));
    assertThat(response.getStatusCode()).as("fixture: %s starts %s: %s", applicant, body, response.getBody())
        .isEqualTo(HttpStatus.OK);
    String id = response.getBody().path("id").asText();
    String task = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).singleResult().getId();
    String execution = runtime.createExecutionQuery().processInstanceId(id).activityId(taskKey).listPage(0, 1).get(0)
        .getId();
    Job job = management.createJobQuery().processInstanceId(id).activityId(taskKey + "-reminder").singleResult();
    return job == null ? new Case(id, task, execution, null, null)
        : new Case(id, task, execution, job.getId(), job.getJobDefinitionId());
  }

  private static void ensureColleague(IdentityService identity) {
    if (identity.createUserQuery().userId(COLLEAGUE).count() > 0) {
      return;
    }
    var user = identity.newUser(COLLEAGUE);
    user.setFirstName("石家庄市总工会");
    user.setLastName("审核员二");
    user.setPassword(COLLEAGUE_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(COLLEAGUE, "HE-SJZ");
    identity.createMembership(COLLEAGUE, "reviewer");
  }
}
