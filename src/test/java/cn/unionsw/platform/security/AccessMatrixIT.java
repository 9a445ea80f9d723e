package cn.unionsw.platform.security;

import static cn.unionsw.platform.security.Matrix.Surface.API;
import static cn.unionsw.platform.security.Matrix.Surface.ENGINE_REST;
import static cn.unionsw.platform.security.Matrix.Surface.WEB_APPS;
import static cn.unionsw.platform.security.Matrix.row;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.evaluation.Consequences;
import cn.unionsw.platform.evaluation.EvaluationChain;
import cn.unionsw.platform.notifications.Notifications;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.procurement.ContractFixtures;
import cn.unionsw.platform.procurement.ContractorDefaultProcess.Elements;
import cn.unionsw.platform.procurement.ContractorRegistry;
import cn.unionsw.platform.procurement.Contracts;
import cn.unionsw.platform.procurement.ProcurementProcess;
import cn.unionsw.platform.procurement.Xlsx;
import cn.unionsw.platform.security.Matrix.Door;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PublishedEvaluations;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may do what, door by door: every demo user against every family of engine REST resources, every {@code /api}
 * endpoint, and a sample of the same engine doors through the web apps' engine API (session and CSRF token). Each
 * row is one door; its columns are the users, in {@link Matrix#USERS} order, and say what each should get (tokens
 * explained in {@link Matrix}). The rules behind the rows: the engine guard leaves non-administrators reading
 * (Camunda's authorizations decide what) plus what the post application declares (clerks and reviewers start it
 * with its start variables; reviewers of a candidate organisation claim, complete and comment on its reviews,
 * writing {@code decision} and {@code comment}; the applicant works fill/revise; contractor-default is reported by
 * those who act for the contract's purchaser, its steps worked by the purchaser's clerks and the province's
 * reviewers); a user may change their own password; everything else is for {@code camunda-admin}. A county sees only its own cases, a city its counties',
 * the province all. Each cell is one dynamic test named after it; the run prints one summary line.
 *
 * <p>Cells state the intended outcome. Where today's answer differs they fail (as of 2026-11-29: 97 cells, the same
 * on H2 and MariaDB; 96 are refusals engine REST re-labels 400/404/500 instead of 403, one is a reviewer who cannot
 * give back a claimed task); where the intent is not stated, a comment says the row asserts today's behaviour.
 */
@PlatformIT
class AccessMatrixIT {

  private static final String NEW_PASSWORD = "Matrix-Passw0rd!";
  private static final String PROBE_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="urn:unionsw:matrix">
        <process id="matrix-probe" name="矩阵探针" isExecutable="true" camunda:historyTimeToLive="P180D"
              camunda:isStartableInTasklist="false">
          <startEvent id="matrix-start"/>
        </process>
      </definitions>
      """;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  FilterService filters;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessEngineConfiguration engineConfiguration;
  @Autowired
  Contracts contracts;
  @Autowired
  ContractorRegistry registry;
  @Autowired
  DataSource dataSource;
  @Autowired
  TalentDatabase talentDatabase;
  @Autowired
  Consequences consequences;
  @Autowired
  OrgService orgService;
  @Autowired
  EvaluationChain.Resolver chains;
  @Autowired
  Notifications notifications;

  private static final AtomicInteger CONTRACTORS = new AtomicInteger();
  private static final String CONTRACTOR = "{\"name\":\"矩阵测试服务社\",\"kind\":\"SOCIAL_ORGANISATION\","
      + "\"provinceCode\":\"HE\",\"qualifications\":[{\"kind\":\"REGISTRATION\",\"evidence\":\"民政登记 矩阵\","
      + "\"validFrom\":\"2025-01-01\",\"validUntil\":\"2099-12-31\"}]}";

  private MatrixChores chores;
  private MatrixContracts procurement;
  private MatrixRounds purchases;
  private MatrixRecruitment recruitment;
  private MatrixTalent talent;
  private MatrixGoLive goLive;
  private MatrixEvaluation evaluation;
  private MatrixDailyEntries daily;
  private MatrixAppeals appeals;
  private MatrixFollow follow;

  @TestFactory
  Stream<DynamicNode> shouldAnswerEveryDoorAsTheMatrixSays() {
    MatrixCases cases = new MatrixCases(rest, runtime, tasks, management, identity);
    chores = new MatrixChores(cases, rest, tasks, identity, filters, authorizations, repository, management,
        (ProcessEngineConfigurationImpl) engineConfiguration);
    MatrixRunner runner = new MatrixRunner(rest, cases);
    purchases = new MatrixRounds(rest);
    recruitment = new MatrixRecruitment(rest);
    goLive = new MatrixGoLive(rest);
    talent = new MatrixTalent(new TalentFixtures(new JdbcTemplate(dataSource), talentDatabase), talentDatabase);
    evaluation = new MatrixEvaluation(rest, new JdbcTemplate(dataSource), new TalentFixtures(new JdbcTemplate(
        dataSource), talentDatabase), talentDatabase);
    appeals = new MatrixAppeals(new PublishedEvaluations(new JdbcTemplate(dataSource), talentDatabase, consequences,
        identity, orgService, chains), rest, tasks);
    follow = new MatrixFollow(cases, rest, tasks, notifications);
    daily = new MatrixDailyEntries(new TalentFixtures(new JdbcTemplate(dataSource), talentDatabase),
        talentDatabase);
    procurement = new MatrixContracts(new ContractFixtures(new JdbcTemplate(dataSource), contracts, registry), rest,
        tasks);
    // The setting the /api read cell asks for exists whatever ran before.
    Api.as(rest, "admin").put("/api/policy/settings/HE/quota-decision", Map.of("settingValue", "post-quota"),
        MediaType.APPLICATION_JSON);
    return Stream.of(
        runner.section("engine REST (/engine-rest)", engineRest()),
        runner.section("platform API (/api)", platformApi()),
        runner.section("web apps' engine API (/camunda/api/engine)", webApps()),
        runner.section("platform API with the web apps' session (/api, ADR 0013)", platformApiBySession()),
        runner.section("going live: organisations and users in Chinese terms (/api/admin, ADR 0019)", goLive()),
        runner.section("models: safe deploy (/api/models, ADR 0022)", models()),
        runner.section("without logging in", anonymous()),
        runner.section("health and metrics (/actuator, docs/operations.md)", monitoring()),
        runner.section("the error page asked for directly (/error)", errorPage()),
        DynamicTest.dynamicTest("the matrix leaves no purchase round open", () -> purchases.close()));
  }

  @AfterAll
  static void printSummary() {
    System.out.println(MatrixRunner.summary());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The matrix. Columns:               admin here sjz  bd   zd   lc   zz   dz   worker
  // ---------------------------------------------------------------------------------------------------------------

  /*
   * Where engine REST catches the guard's refusal and answers it as its own 400, 404 or 500 (variables on instances,
   * executions and tasks, BPMN errors and escalations, comments, attachments, jobs, incidents), the cells still ask
   * for the intended 403 with "error":"forbidden": they fail until the refusal reaches the client as what it is.
   */
  private List<Door> engineRest() {
    return List.of(
        // Processes. A start passes the guard for clerks and reviewers; Art. 9 then wants a basic unit directly
        // under the starter's own organisation: the province and Baoding have none, an administrator has no
        // organisation at all, so they are refused as bad input (400), not by the guard. Workers are not even
        // shown the process definition (no READ), so engine REST answers 404 before the guard is asked.
        row("start a post application for one's own unit", ENGINE_REST, POST,
            "/process-definition/key/post-application/start").json(MatrixCases.startBody("{unit}", null, null))
            .is("400  400  200  400  200  200  200  200  404"),
        row("start with startInstructions (straight into the provincial review)", ENGINE_REST, POST,
            "/process-definition/key/post-application/start").json(MatrixCases.startBody("HE-SJZ-ZD-ZDZ",
                "\"provincialGroup\":{\"value\":\"HE\",\"type\":\"String\"},"
                    + "\"reviewDueDays\":{\"value\":5,\"type\":\"Integer\"},"
                    + "\"escalationDays\":{\"value\":5,\"type\":\"Integer\"}",
                "[{\"type\":\"startBeforeActivity\",\"activityId\":\"provincial-review\"}]"))
            .is("200  403  403  403  403  403  403  403  404"),
        // The start form (Tasklist's door) takes the start variables only: naming the applicant is refused.
        row("submit the start form naming another applicant", ENGINE_REST, POST,
            "/process-definition/key/post-application/submit-form")
            .json(MatrixCases.startBody("{unit}", "\"applicant\":{\"value\":\"zzclerk\",\"type\":\"String\"}", null))
            .is("400  400  400  400  400  400  400  400  404"),
        // Skipping listeners needs start instructions (administrators' only); without them Camunda refuses the
        // request itself (ENGINE-13024): a 400.
        row("start with skipCustomListeners", ENGINE_REST, POST, "/process-definition/key/post-application/start")
            .json("{\"skipCustomListeners\":true," + MatrixCases.startBody("{unit}", null, null).substring(1))
            .is("400  400  400  400  400  400  400  400  404"),
        // No model has a conditional start event: the administrator's evaluation finds none (ENGINE-13043, 400).
        row("conditional start (POST /condition)", ENGINE_REST, POST, "/condition")
            .json("{\"variables\":{\"unitCode\":{\"value\":\"HE-SJZ-ZD-ZDZ\",\"type\":\"String\"}}}")
            .is("400  403  403  403  403  403  403  403  403"),
        row("process definition suspension", ENGINE_REST, PUT,
            "/process-definition/key/post-application/suspended")
            .json("{\"suspended\":true,\"includeProcessInstances\":false}").undo(chores.activateDefinition())
            .is("204  403  403  403  403  403  403  403  404"),

        // Process instances: reading is Camunda's (the concerned organisations are granted READ per case).
        row("process instance A read", ENGINE_REST, GET, "/process-instance/{A}")
            .is("200  200  200  404  200  404  404  404  404"),
        row("process instance list: which cases each sees", ENGINE_REST, GET,
            "/process-instance?processInstanceIds={cases}&maxResults=50")
            .is("ABC  ABC  A    B    A    -    B    C    -"),
        row("process instance modification", ENGINE_REST, POST, "/process-instance/{pi}/modification")
            .json("{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"provincial-review\"}]}")
            .on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),
        row("process instance suspension", ENGINE_REST, PUT, "/process-instance/{pi}/suspended")
            .json("{\"suspended\":true}").on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),
        row("process instance deletion", ENGINE_REST, DELETE, "/process-instance/{pi}")
            .on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),
        row("process instance A variables read", ENGINE_REST, GET, "/process-instance/{A}/variables")
            .is("200  200  200  403c 200  403c 403c 403c 403c"),
        row("process instance variable put (reroute the review)", ENGINE_REST, PUT,
            "/process-instance/{pi}/variables/municipalGroup").json("{\"value\":\"HE-BD\",\"type\":\"String\"}")
            .on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),
        row("process instance variables modify", ENGINE_REST, POST, "/process-instance/{pi}/variables")
            .json("{\"modifications\":{\"provincialGroup\":{\"value\":\"HE-SJZ\",\"type\":\"String\"}}}")
            .on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),
        row("process instance variable delete", ENGINE_REST, DELETE,
            "/process-instance/{pi}/variables/municipalGroup")
            .on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),
        row("batch: delete instances", ENGINE_REST, POST, "/process-instance/delete")
            .json("{\"processInstanceIds\":[\"{pi}\"],\"deleteReason\":\"矩阵测试\"}")
            .on(chores.fresh()).is("200  403  403  403  403  403  403  403  403"),
        row("batch: set variables", ENGINE_REST, POST, "/process-instance/variables-async")
            .json("{\"processInstanceIds\":[\"{pi}\"],"
                + "\"variables\":{\"municipalGroup\":{\"value\":\"HE-BD\",\"type\":\"String\"}}}")
            .on(chores.fresh()).is("200  403  403  403  403  403  403  403  403"),
        row("execution local variable put", ENGINE_REST, PUT, "/execution/{exec}/localVariables/decision")
            .json("{\"value\":\"APPROVE\",\"type\":\"String\"}")
            .on(chores.fresh()).is("204  403  403  403  403  403  403  403  403"),

        // Tasks: the municipal review of a case for 正定镇 belongs to Shijiazhuang's reviewers.
        // Each starter also sees the open steps of their own cases (READ only: 我发起的, ADR 0017).
        row("task list: whose review tasks each sees", ENGINE_REST, GET,
            "/task?processInstanceIdIn={cases}&maxResults=50")
            .is("ABC  C    A    B    A    -    B    C    -"),
        row("task of case A read", ENGINE_REST, GET, "/task/{Atask}")
            .is("200  404  200  404  200  404  404  404  404"),
        // Today an administrator, whom the guard lets through, may not hold a review either: the step's assignment
        // listener accepts only reviewers of a candidate organisation (400 invalid_assignee).
        row("claim an open review for oneself", ENGINE_REST, POST, "/task/{task}/claim")
            .json("{\"userId\":\"{self}\"}").on(chores.fresh())
            .is("400  403  204  403  403  403  403  403  403"),
        // Only a candidate hears 409 (and who holds the task); another city's reviewer is simply refused. An
        // administrator meets Camunda's own TaskAlreadyClaimedException: 409 as well.
        row("claim a review a colleague has claimed", ENGINE_REST, POST, "/task/{task}/claim")
            .json("{\"userId\":\"{self}\"}").on(chores.claimedBy(MatrixCases.COLLEAGUE))
            .is("409  403  409  403  403  403  403  403  403"),
        // Intended: one gives back a task one holds. Camunda also wants TASK_ASSIGN, which candidates lack.
        row("unclaim a review sjzreviewer has claimed", ENGINE_REST, POST, "/task/{task}/unclaim")
            .on(chores.claimedBy("sjzreviewer")).is("204  403  204  403  403  403  403  403  403"),
        row("delegate through the engine", ENGINE_REST, POST, "/task/{task}/delegate")
            .json("{\"userId\":\"{colleague}\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("set the assignee", ENGINE_REST, POST, "/task/{task}/assignee")
            .json("{\"userId\":\"{colleague}\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("resolve a review delegated to sjzreviewer", ENGINE_REST, POST, "/task/{task}/resolve")
            .json(decision("APPROVE")).on(chores.delegatedTo("sjzreviewer"))
            .is("204  403  204  403  403  403  403  403  403"),
        row("complete a review", ENGINE_REST, POST, "/task/{task}/complete")
            .json(decision("APPROVE")).on(chores.fresh())
            .is("204  403  204  403  403  403  403  403  403"),
        row("complete a review writing an undeclared variable", ENGINE_REST, POST, "/task/{task}/complete")
            .json(FOREIGN_COMPLETE).on(chores.fresh())
            .is("204  403  400  403  403  403  403  403  403"),
        // A case copied to lcclerk (抄送, ADR 0017): the copy lets lcclerk read its open review, as its starter
        // zdclerk does; working it stays with the city's reviewers.
        row("task of a case copied to lcclerk read", ENGINE_REST, GET, "/task/{task}").on(follow.copiedToLcclerk())
            .is("200  404  200  404  200  200  404  404  404"),
        row("claim a review of a case copied to lcclerk", ENGINE_REST, POST, "/task/{task}/claim")
            .json("{\"userId\":\"{self}\"}").on(follow.copiedToLcclerk())
            .is("400  403  204  403  403  403  403  403  403"),
        row("complete a review of a case copied to lcclerk", ENGINE_REST, POST, "/task/{task}/complete")
            .json(decision("APPROVE")).on(follow.copiedToLcclerk())
            .is("204  403  204  403  403  403  403  403  403"),
        // The applicant's own step: only its assignee (zdclerk, who started the case) fills it in.
        row("fill in zdclerk's application form", ENGINE_REST, POST, "/task/{task}/complete")
            .json(MatrixCases.startBody("HE-SJZ-ZD-XCP", null, null)).on(chores.fill())
            .is("204  403  403  403  204  403  403  403  403"),
        row("submit the review form", ENGINE_REST, POST, "/task/{task}/submit-form")
            .json(decision("APPROVE")).on(chores.fresh())
            .is("204  403  204  403  403  403  403  403  403"),
        // A co-reviewer before (加签, ADR 0016) of a county below the city works that one task, and no one else
        // meanwhile: the city's reviewer who added them is told who holds it (409).
        row("submit the review form as its co-reviewer lcclerk", ENGINE_REST, POST, "/task/{task}/submit-form")
            .json(decision("APPROVE")).on(chores.coReviewed("sjzreviewer", "lcclerk", "BEFORE"))
            .is("204  403  409  403  403  204  403  403  403"),
        row("throw a BPMN error from a review", ENGINE_REST, POST, "/task/{task}/bpmnError")
            .json("{\"errorCode\":\"matrix\",\"errorMessage\":\"矩阵测试\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        // The model catches no escalation: Camunda refuses the administrator's with ENGINE-02043, a 400.
        row("throw a BPMN escalation from a review", ENGINE_REST, POST, "/task/{task}/bpmnEscalation")
            .json("{\"escalationCode\":\"matrix\"}").on(chores.fresh())
            .is("400  403  403  403  403  403  403  403  403"),
        row("open a review to another city (candidate group)", ENGINE_REST, POST, "/task/{task}/identity-links")
            .json("{\"groupId\":\"HE-BD\",\"type\":\"candidate\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        // Engine REST looks the task up first: who cannot see it is told 404 before the guard is asked.
        row("task update (name, due date)", ENGINE_REST, PUT, "/task/{task}")
            .json("{\"name\":\"矩阵改名\",\"due\":\"2099-01-01T00:00:00.000+0800\",\"priority\":1}").on(chores.fresh())
            .is("204  404  403  404  403  404  404  404  404"),
        row("create a task of one's own", ENGINE_REST, POST, "/task/create")
            .json("{\"id\":\"{newId}\",\"name\":\"矩阵任务\",\"assignee\":\"{self}\"}")
            .on(chores.newId()).undo(chores.deleteTask("newId"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("task variable put", ENGINE_REST, PUT, "/task/{task}/variables/decision")
            .json("{\"value\":\"APPROVE\",\"type\":\"String\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("task local variables modify", ENGINE_REST, POST, "/task/{task}/localVariables")
            .json("{\"modifications\":{\"comment\":{\"value\":\"矩阵\",\"type\":\"String\"}}}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        // Comments and attachments: engine REST first looks the task up in the caller's history; who sees nothing
        // of case A is told 400 "No task found" before the guard is asked.
        row("comment on case A's review", ENGINE_REST, POST, "/task/{Atask}/comment/create")
            .json("{\"message\":\"矩阵测试意见\"}")
            .is("200  403  200  400  403  400  400  400  400"),
        row("comment on case A's review, filed on case B", ENGINE_REST, POST, "/task/{Atask}/comment/create")
            .json("{\"message\":\"矩阵测试意见\",\"processInstanceId\":\"{B}\"}")
            .is("200  403  403  400  403  400  400  400  400"),
        row("delete the comments on case A's review", ENGINE_REST, DELETE, "/task/{Atask}/comment")
            .is("204  403  403  404  403  404  404  404  404"),
        row("attach a link to case A's review", ENGINE_REST, POST, "/task/{Atask}/attachment/create")
            .multipart(Map.of("attachment-name", "矩阵", "attachment-type", "link", "url", "https://example.cn/x"),
                null)
            .is("200  403  403  400  403  400  400  400  400"),

        // History: the same cases as at run time.
        row("history: process instances each sees", ENGINE_REST, GET,
            "/history/process-instance?processInstanceIds={cases}&maxResults=50")
            .is("ABC  ABC  A    B    A    -    B    C    -"),
        row("history: tasks each sees", ENGINE_REST, GET, "/history/task?processInstanceId={case}&maxResults=10")
            .is("ABC  ABC  A    B    A    -    B    C    -"),
        row("history: variables each sees", ENGINE_REST, GET,
            "/history/variable-instance?processInstanceIdIn={cases}&maxResults=1000")
            .is("ABC  ABC  A    B    A    -    B    C    -"),
        row("history: details each sees", ENGINE_REST, GET,
            "/history/detail?processInstanceIdIn={cases}&maxResults=2000")
            .is("ABC  ABC  A    B    A    -    B    C    -"),
        row("history: delete an ended case's history", ENGINE_REST, DELETE, "/history/process-instance/{pi}")
            .on(chores.ended()).is("204  403  403  403  403  403  403  403  403"),
        row("history: decision instances of post-quota", ENGINE_REST, GET,
            "/history/decision-instance?decisionDefinitionKey=post-quota&maxResults=5")
            .is("some none none none none none none none none"),

        // Deployments, decisions, filters.
        row("deployment list", ENGINE_REST, GET, "/deployment?maxResults=50")
            .is("some none none none none none none none none"),
        row("deployment create", ENGINE_REST, POST, "/deployment/create")
            .multipart(Map.of("deployment-name", "matrix-probe", "data", PROBE_BPMN), "matrix-probe.bpmn")
            .undo(chores.deleteProbeDeployments())
            .is("200  403  403  403  403  403  403  403  403"),
        row("evaluate post-quota", ENGINE_REST, POST, "/decision-definition/key/post-quota/evaluate")
            .json("{\"variables\":{\"unitType\":{\"value\":\"TOWNSHIP_STREET\",\"type\":\"String\"},"
                + "\"employeeCount\":{\"value\":1850,\"type\":\"Integer\"}}}")
            .is("200  200  200  200  200  200  200  200  404"),
        row("filter list", ENGINE_REST, GET, "/filter?maxResults=100")
            .is("some some some some some some some some some"),
        row("filter create", ENGINE_REST, POST, "/filter/create")
            .json("{\"resourceType\":\"Task\",\"name\":\"矩阵过滤器\",\"owner\":\"{self}\",\"query\":{}}")
            .undo(chores.deleteFilters("矩阵过滤器"))
            .is("200  403  403  403  403  403  403  403  403"),
        row("filter update (one's own)", ENGINE_REST, PUT, "/filter/{filter}")
            .json("{\"resourceType\":\"Task\",\"name\":\"矩阵改名\",\"owner\":\"{self}\",\"query\":{}}")
            .on(chores.ownFilter()).undo(chores.deleteFilters("矩阵改名"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("filter delete (one's own)", ENGINE_REST, DELETE, "/filter/{filter}")
            .on(chores.ownFilter()).undo(chores.deleteFilters("矩阵自有"))
            .is("204  403  403  403  403  403  403  403  403"),

        // Identity.
        row("user list", ENGINE_REST, GET, "/user?maxResults=100")
            .is("all  self self self self self self self self"),
        row("own profile update (a new first name)", ENGINE_REST, PUT, "/user/{self}/profile")
            .json("{\"id\":\"{self}\",\"firstName\":\"改名\",\"lastName\":\"{lastName}\",\"email\":\"{email}\"}")
            .on(chores.profile()).undo(chores.restoreUser())
            .is("204  403  403  403  403  403  403  403  403"),
        row("own password change", ENGINE_REST, PUT, "/user/{self}/credentials")
            .json("{\"password\":\"" + NEW_PASSWORD + "\",\"authenticatedUserPassword\":\"demo\"}")
            .on(chores.profile()).undo(chores.restoreUser())
            .is("204  204  204  204  204  204  204  204  204"),
        // Users see only themselves (Camunda's READ on users): another user "does not exist" for them (404).
        row("another user's password (sjzmatrix)", ENGINE_REST, PUT, "/user/{colleague}/credentials")
            .json("{\"password\":\"Other-" + NEW_PASSWORD + "\",\"authenticatedUserPassword\":\"demo\"}")
            .undo(chores.restoreColleague())
            .is("204  404  404  404  404  404  404  404  404"),
        row("user create", ENGINE_REST, POST, "/user/create")
            .json("{\"profile\":{\"id\":\"{newId}\",\"firstName\":\"矩阵\",\"lastName\":\"测试\"},"
                + "\"credentials\":{\"password\":\"" + NEW_PASSWORD + "\"}}")
            .on(chores.newId()).undo(chores.deleteUser("newId"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("user delete", ENGINE_REST, DELETE, "/user/{victim}")
            .on(chores.victim()).undo(chores.deleteUser("victim"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("group list", ENGINE_REST, GET, "/group?maxResults=100")
            .is("200  200  200  200  200  200  200  200  200"),
        row("group create", ENGINE_REST, POST, "/group/create")
            .json("{\"id\":\"{newId}\",\"name\":\"矩阵\",\"type\":\"ORG\"}")
            .on(chores.newId()).undo(chores.deleteGroup("newId"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("membership: join camunda-admin (admin: a new group)", ENGINE_REST, PUT,
            "/group/{group}/members/{self}").on(chores.groupToJoin()).undo(chores.leaveGroup())
            .is("204  403  403  403  403  403  403  403  403"),
        row("tenant create", ENGINE_REST, POST, "/tenant/create")
            .json("{\"id\":\"{newId}\",\"name\":\"矩阵\"}").on(chores.newId()).undo(chores.deleteTenant("newId"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("authorization create (ALL on every process instance)", ENGINE_REST, POST, "/authorization/create")
            .json("{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"{self}\",\"resourceType\":8,"
                + "\"resourceId\":\"*\"}")
            .undo(chores.deleteOwnGrantOnEveryInstance())
            .is("200  403  403  403  403  403  403  403  403"),

        // Messages, signals, jobs, incidents, external tasks.
        row("message: withdraw a case", ENGINE_REST, POST, "/message")
            .json("{\"messageName\":\"post-application-withdrawn\",\"processInstanceId\":\"{pi}\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("signal", ENGINE_REST, POST, "/signal").json("{\"name\":\"matrix-signal\"}")
            .is("204  403  403  403  403  403  403  403  403"),
        row("job list: whose timers each sees", ENGINE_REST, GET, "/job?processInstanceIds={cases}&maxResults=100")
            .is("ABC  ABC  A    B    A    -    B    C    -"),
        row("job execute (the reminder timer)", ENGINE_REST, POST, "/job/{job}/execute").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("job retries", ENGINE_REST, PUT, "/job/{job}/retries").json("{\"retries\":0}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("job definition suspension", ENGINE_REST, PUT, "/job-definition/{Ajobdef}/suspended")
            .json("{\"suspended\":true,\"includeJobs\":false}").undo(chores.activateJobDefinition())
            .is("204  403  403  403  403  403  403  403  403"),
        row("incident list", ENGINE_REST, GET, "/incident?maxResults=10")
            .is("200  200  200  200  200  200  200  200  200"),
        row("incident create", ENGINE_REST, POST, "/execution/{exec}/create-incident")
            .json("{\"incidentType\":\"matrix\",\"configuration\":\"matrix\",\"message\":\"矩阵测试\"}").on(chores.fresh())
            .is("200  403  403  403  403  403  403  403  403"),
        row("external tasks fetchAndLock", ENGINE_REST, POST, "/external-task/fetchAndLock")
            .json("{\"workerId\":\"matrix\",\"maxTasks\":1,"
                + "\"topics\":[{\"topicName\":\"matrix\",\"lockDuration\":1000}]}")
            .is("200  403  403  403  403  403  403  403  403"),

        // Purchase rounds (post-procurement): a city's clerks start their city's round (Dingzhou here); a county's
        // clerk is refused by the round's own check (403, naming no city), an administrator too (no city of their
        // own); reviewers and workers do not see the definition (404). Each step is worked by the clerks of its
        // candidate organisation: a county its estimate, the city the rest; administrators may (the matrix's 204).
        row("start a purchase round of 定州", ENGINE_REST, POST, "/process-definition/key/post-procurement/start")
            .json(MatrixRounds.startBody()).on(purchases.startable())
            .is("403  404  404  404  403  403  403  200  404"),
        row("file 正定县's estimate in Shijiazhuang's round", ENGINE_REST, POST, "/task/{task}/complete")
            .json("{\"variables\":{\"contactPerson\":{\"value\":\"矩阵\",\"type\":\"String\"},"
                + "\"contactPhone\":{\"value\":\"0311-88880000\",\"type\":\"String\"}}}")
            .on(purchases.roundAt("HE-SJZ", "HE-SJZ-ZD", "sjzclerk", ProcurementProcess.Elements.ESTIMATE_COST))
            .is("204  403  403  403  204  403  403  403  403"),
        row("publish 定州's purchase plan", ENGINE_REST, POST, "/task/{task}/complete")
            .json("{\"variables\":{\"procurementMethod\":{\"value\":\"OPEN_TENDER\",\"type\":\"String\"}}}")
            .on(purchases.roundAt("HE-DZ", "HE-DZ", "dzclerk", ProcurementProcess.Elements.PUBLISH_PLAN))
            .is("204  403  403  403  403  403  403  204  403"),
        row("record a bid in 定州's round", ENGINE_REST, POST, "/task/{task}/complete")
            .json("{\"variables\":{\"bidderCreditCode\":{\"value\":\"{next}\",\"type\":\"String\"},"
                + "\"bidPrice\":{\"value\":\"100000\",\"type\":\"String\"},"
                + "\"capabilityScores\":{\"value\":\"80\",\"type\":\"String\"},"
                + "\"qualityScores\":{\"value\":\"80\",\"type\":\"String\"},"
                + "\"benefitScores\":{\"value\":\"80\",\"type\":\"String\"},"
                + "\"moreBids\":{\"value\":true,\"type\":\"Boolean\"}}}")
            .on(purchases.roundAt("HE-DZ", "HE-DZ", "dzclerk", ProcurementProcess.Elements.RECORD_BID))
            .is("204  403  403  403  403  403  403  204  403"),
        row("award 定州's round (no award)", ENGINE_REST, POST, "/task/{task}/complete")
            .json("{\"variables\":{\"awardDecision\":{\"value\":\"FAIL\",\"type\":\"String\"},"
                + "\"awardComment\":{\"value\":\"矩阵测试：废标\",\"type\":\"String\"}}}")
            .on(purchases.roundAt("HE-DZ", "HE-DZ", "dzclerk", ProcurementProcess.Elements.AWARD_CONTRACT))
            .is("204  403  403  403  403  403  403  204  403"),

        // Recruitment: a city's clerk opens it for the city's awarded round (others: the round's own 403; reviewers
        // and workers do not see the definition, 404); a candidate's own process is the platform's to start (its
        // definition is granted to no one; an administrator's start meets no such candidate, 404).
        row("open recruitment for 定州's awarded round", ENGINE_REST, POST, MatrixRecruitment.START.substring(
            "/engine-rest".length())).json(MatrixRecruitment.startBody("{procurementRound}"))
            .on(recruitment.awarded()).is("200  404  404  404  403  403  403  200  404"),
        row("start a candidate's recruitment directly", ENGINE_REST, POST, "/process-definition/key/recruitment/start")
            .json("{\"variables\":{\"candidateId\":{\"value\":987654,\"type\":\"Integer\"},"
                + "\"recruitmentRoundId\":{\"value\":1,\"type\":\"Integer\"}}}")
            .is("404  404  404  404  404  404  404  404  404"),

        // The annual evaluation (ADR 0015): 正定县's clerks propose its workers' evaluations (administrators may);
        // only the city's reviewers decide, refused here while proposals are pending (409); both processes are
        // started by the platform only (who sees the definition: the guard's 403; who does not: 404). An
        // administrator's hand-made start of annual-evaluation names no evaluation (404); of evaluation-round, no
        // round's workers: it starts none and ends.
        row("propose an evaluation of 正定县 (its clerks)", ENGINE_REST, POST, "/task/{task}/complete")
            .json(MatrixEvaluation.PROPOSAL).on(evaluation.proposal())
            .is("204  403  403  403  204  403  403  403  403"),
        row("decide 正定县's evaluations while proposals are pending", ENGINE_REST, POST, "/task/{decide}/complete")
            .json("{\"variables\":{\"excellentGranted\":{\"value\":\"[]\",\"type\":\"Json\"}}}")
            .on(evaluation.shared()).is("409  403  409  403  403  403  403  403  403"),
        row("start an annual evaluation directly", ENGINE_REST, POST, "/process-definition/key/annual-evaluation/start")
            .json("{\"variables\":{\"evaluationId\":{\"value\":987654,\"type\":\"Integer\"},"
                + "\"year\":{\"value\":2002,\"type\":\"Integer\"},"
                + "\"proposerCode\":{\"value\":\"HE-SJZ-ZD\",\"type\":\"String\"}}}")
            .is("404  404  404  404  403  403  403  403  403"),
        row("start an evaluation round directly", ENGINE_REST, POST, "/process-definition/key/evaluation-round/start")
            .json("{\"variables\":{\"roundId\":{\"value\":987654,\"type\":\"Integer\"},"
                + "\"cityCode\":{\"value\":\"HE-SJZ\",\"type\":\"String\"}}}")
            .is("200  403  403  403  404  404  404  404  404"),

        // Contractor defaults (Art. 30, 22) on a fresh contract of 正定县: those who act for the purchaser report
        // one (its clerks and reviewers, the city's above it; administrators); the start's own check refuses the
        // rest naming contractId (403). Workers do not see the process definition (404).
        row("report a contractor default on a contract of 正定县", ENGINE_REST, POST,
            "/process-definition/key/contractor-default/start").json(MatrixContracts.startBody("{contract}"))
            .on(procurement.fresh()).is("200  403  200  403  200  403  403  403  404"),
        row("verify the correction (the purchaser's clerks)", ENGINE_REST, POST, "/task/{task}/complete")
            .json("{\"variables\":{\"corrected\":{\"value\":true,\"type\":\"Boolean\"},"
                + "\"verification\":{\"value\":\"矩阵测试：已补发\",\"type\":\"String\"}}}")
            .on(procurement.caseAt(Elements.VERIFY_CORRECTION)).is("204  403  403  403  204  403  403  403  403"),
        row("confirm the province-wide bar (the province's reviewers)", ENGINE_REST, POST, "/task/{task}/complete")
            .json(decision("APPROVE")).on(procurement.caseAt(Elements.CONFIRM_BAR))
            .is("204  204  403  403  403  403  403  403  403"),
        row("name the successor of a terminated contract (the purchaser's clerks)", ENGINE_REST, POST,
            "/task/{task}/complete")
            .json("{\"variables\":{\"newContractorCreditCode\":{\"value\":\"{next}\",\"type\":\"String\"},"
                + "\"transferReason\":{\"value\":\"矩阵测试：由次优中标人承接\",\"type\":\"String\"}}}")
            .on(procurement.caseAt(Elements.TRANSFER_CONTRACT)).is("204  403  403  403  204  403  403  403  403"),

        // The appeal (Art. 28) against a published outcome of a fresh worker of 正定县: the county's clerks file it
        // for the worker (administrators too); a worker only for themself, other counties' clerks not (the filing's
        // own 403 naming workerId), reviewers never (the guard). The superior union's reviewers answer it.
        row("appeal for a worker of 正定县 against a published outcome", ENGINE_REST, POST, MatrixAppeals.START
            .substring("/engine-rest".length())).json(MatrixAppeals.startBody("{worker}", "{year}"))
            .on(appeals.fresh()).is("200  403  403  403  200  403  403  403  403"),
        row("answer an appeal of 正定县 (the city's reviewers)", ENGINE_REST, POST, "/task/{task}/complete")
            .json(MatrixAppeals.answerBody()).on(appeals.review()).is("204  403  204  403  403  403  403  403  403"),
        // Daily evaluation in Tasklist (evaluation-daily-entry, Art. 25): clerks start it (reviewers and workers do
        // not see the definition, 404); the entry is recorded only for a worker within the clerk's reach (another
        // county's or city's clerk: 404, as the talent database answers a worker out of reach).
        row("record a daily entry for a worker of 正定县 (Tasklist's process)", ENGINE_REST, POST,
            MatrixDailyEntries.START).json(MatrixDailyEntries.START_BODY).on(daily.shared())
            .is("200  404  404  404  200  404  404  404  404"));
  }

  private List<Door> platformApi() {
    return List.of(
        row("own organisations", API, GET, "/api/orgs")
            .is("200  200  200  200  200  200  200  200  200"),
        row("children of 正定县", API, GET, "/api/orgs?parent=HE-SJZ-ZD")
            .is("200  200  200  403  200  403  403  403  403"),
        row("one organisation in 涿州", API, GET, "/api/orgs/HE-BD-ZZ-KFQ")
            .is("200  200  403  200  403  403  200  403  403"),
        row("register or update an organisation", API, PUT, "/api/orgs/HE-TS-QA-FWZX")
            .json("{\"parentCode\":\"HE-TS-QA\",\"name\":\"迁安市职工服务中心\",\"type\":\"SERVICE_CENTER_COUNTY_MODEL\","
                + "\"legalEntityCount\":1,\"employeeCount\":16,\"memberCount\":16}")
            .is("200  403  403  403  403  403  403  403  403"),
        row("working days: add", API, GET, "/api/workdays/add?from=2026-09-24&days=10")
            .is("200  200  200  200  200  200  200  200  200"),
        row("working days: one day", API, GET, "/api/workdays/2026-10-10")
            .is("200  200  200  200  200  200  200  200  200"),
        row("working days: loaded years", API, GET, "/api/workdays/years")
            .is("200  200  200  200  200  200  200  200  200"),
        row("working days: load a year", API, PUT, "/api/workdays/years/2095")
            .csv("date,off_day,name\n2095-01-01,true,元旦\n")
            .is("200  403  403  403  403  403  403  403  403"),
        // The worker reaches their own unit, so they may read its posts.
        row("posts of 正定镇", API, GET, "/api/posts?org=HE-SJZ-ZD-ZDZ")
            .is("200  200  200  403  200  403  403  403  200"),
        // Today: without ?org= an administrator, who belongs to no organisation, is asked to name one (400).
        row("posts of one's own organisation", API, GET, "/api/posts")
            .is("400  200  200  200  200  200  200  200  200"),
        row("import posts approved before the platform", API, PUT, "/api/posts/imported")
            .csv("unit_code,grade,posts\nHE-XJ-FWZX,ENTRY,0\n")
            .is("200  403  403  403  403  403  403  403  403"),
        // Today: the review record follows the rule of reach, so the worker of 正定镇 reads the reviews of an
        // application for their own unit although the engine shows them nothing of the case. Unclear intent.
        // The record is for those who reach the applying county (the kernel's rule): not for a worker in the unit.
        row("reviews of case A", API, GET, "/api/post-applications/{A}/reviews")
            .is("200  200  200  404  200  404  404  404  404"),
        // Only the applicant or the applying organisation withdraws. Today that leaves administrators out (403),
        // and callers who do not reach the applying county get 404, as if the case did not exist.
        row("withdraw a case of 正定县", API, POST, "/api/post-applications/{pi}/withdraw").on(chores.fresh())
            .is("403  403  403  404  200  404  404  404  404"),
        row("grade structure read", API, GET, "/api/grade-structure/HE/2026")
            .is("200  200  200  200  200  200  200  200  200"),
        row("grade structure set", API, PUT, "/api/grade-structure/HE/2089")
            .json("{\"ENTRY\":40,\"LEVEL_3\":35,\"LEVEL_2\":20,\"LEVEL_1\":10}")
            .is("200  403  403  403  403  403  403  403  403"),
        row("policy settings", API, GET, "/api/policy/settings")
            .is("200  200  200  200  200  200  200  200  200"),
        row("policy setting read", API, GET, "/api/policy/settings/HE/quota-decision")
            .is("200  200  200  200  200  200  200  200  200"),
        row("policy setting change", API, PUT, "/api/policy/settings/HE/quota-decision")
            .json("{\"settingValue\":\"post-quota\"}")
            .is("200  403  403  403  403  403  403  403  403"),
        // Quota and pay evaluate decisions with the caller's engine authorizations, and workers hold none on
        // decisions. The pay quote says so (403); the quota, today, tells the worker that the decision is not
        // deployed (409 quota_decision_missing), which is misleading.
        row("quota of 正定镇", API, GET, "/api/policy/quota?unitCode=HE-SJZ-ZD-ZDZ")
            .is("200  200  200  403  200  403  403  403  409"),
        row("pay quote for 正定镇", API, GET,
            "/api/pay/quote?orgCode=HE-SJZ-ZD-ZDZ&grade=ENTRY&allowanceTier=1&date=2025-06-30")
            .is("200  200  200  403  200  403  403  403  403"),
        row("minimum wages", API, GET, "/api/pay/minimum-wages")
            .is("200  200  200  200  200  200  200  200  200"),
        row("minimum wage set", API, PUT, "/api/pay/minimum-wages/HE-TS/2099-01-01")
            .json("{\"monthlyAmount\":2000,\"tierLabel\":\"第一档\",\"source\":\"矩阵测试\"}")
            .undo(chores.adminDeletes("/api/pay/minimum-wages/HE-TS/2099-01-01"))
            .is("200  403  403  403  403  403  403  403  403"),
        row("minimum wage delete", API, DELETE, "/api/pay/minimum-wages/HE-TS/2098-01-01")
            .on(chores.adminPuts("/api/pay/minimum-wages/HE-TS/2098-01-01",
                "{\"monthlyAmount\":2000,\"tierLabel\":\"第一档\",\"source\":\"矩阵测试\"}"))
            .undo(chores.adminDeletes("/api/pay/minimum-wages/HE-TS/2098-01-01"))
            .is("204  403  403  403  403  403  403  403  403"),
        row("employer rates", API, GET, "/api/pay/employer-rates")
            .is("200  200  200  200  200  200  200  200  200"),
        row("employer rate set", API, PUT, "/api/pay/employer-rates/HE-TS/2099-01-01")
            .json("{\"socialInsuranceRate\":0.25,\"managementFeeRate\":0.05,\"source\":\"矩阵测试\"}")
            .undo(chores.adminDeletes("/api/pay/employer-rates/HE-TS/2099-01-01"))
            .is("200  403  403  403  403  403  403  403  403"),
        row("employer rate delete", API, DELETE, "/api/pay/employer-rates/HE-TS/2098-01-01")
            .on(chores.adminPuts("/api/pay/employer-rates/HE-TS/2098-01-01",
                "{\"socialInsuranceRate\":0.25,\"managementFeeRate\":0.05,\"source\":\"矩阵测试\"}"))
            .undo(chores.adminDeletes("/api/pay/employer-rates/HE-TS/2098-01-01"))
            .is("204  403  403  403  403  403  403  403  403"),
        // The contractor registry (Art. 18, 30): the province's reviewers and clerks read it, administrators and the
        // provincial reviewer register, only the provincial reviewer bars (a fresh contractor per cell).
        row("contractors of HE", API, GET, "/api/contractors?province=HE")
            .is("200  200  200  200  200  200  200  200  403"),
        row("register or update a contractor", API, PUT, "/api/contractors/" + contractor(0))
            .json(CONTRACTOR)
            .is("200  200  403  403  403  403  403  403  403"),
        row("import contractors (.xlsx)", API, POST, "/api/contractors/import?province=HE")
            .upload(Xlsx.register(Xlsx.qualifiedRows(contractor(1), "矩阵导入服务社", "SOCIAL_ORGANISATION",
                LocalDate.of(2025, 1, 1), LocalDate.of(2099, 12, 31))), "承接主体名录.xlsx")
            .is("200  200  403  403  403  403  403  403  403"),
        row("bar a contractor province-wide", API, POST, "/api/contractors/{contractor}/bar")
            .json("{\"reason\":\"矩阵测试：拖欠社保\"}").on(Matrix.sharedByRefusals(freshContractor()))
            .is("403  200  403  403  403  403  403  403  403"),
        // Post-service contracts: clerks and reviewers see their purchasers' (a county its own, a city its
        // counties', the province all; out of reach: 404), workers none; the purchaser, the city above a county
        // purchaser and administrators transfer one (Art. 22), a fresh contract of 正定县 per allowed cell.
        row("contracts within reach", API, GET, "/api/procurement/contracts")
            .is("200  200  200  200  200  200  200  200  403"),
        row("a contract of 正定县", API, GET, "/api/procurement/contracts/{contract}").on(procurement.shared())
            .is("200  200  200  404  200  404  404  404  403"),
        row("transfer a contract of 正定县 (Art. 22)", API, POST, "/api/procurement/contracts/{contract}/transfer")
            .json("{\"contractorCreditCode\":\"{next}\",\"reason\":\"矩阵测试：承接主体无法履约\"}")
            .on(procurement.fresh()).is("200  403  200  403  200  403  403  403  403"),
        // Purchase rounds: clerks and reviewers see those their organisation takes part in (the city and above,
        // each purchaser and above; out of reach: 404), workers none; the round's workbook and a contract's PDF
        // go to whoever may read the round or the contract.
        row("purchase rounds within reach", API, GET, "/api/procurement/rounds")
            .is("200  200  200  200  200  200  200  200  403"),
        row("a purchase round of 定州", API, GET, "/api/procurement/rounds/{round}").on(purchases.shared())
            .is("200  200  404  404  404  404  404  200  403"),
        row("the workbook (.xlsx) of a purchase round of 定州", API, GET, "/api/procurement/rounds/{round}/workbook")
            .on(purchases.shared()).is("200  200  404  404  404  404  404  200  403"),
        row("a contract of 正定县 as PDF", API, GET, "/api/procurement/contracts/{contract}/pdf")
            .on(procurement.shared()).is("200  200  200  404  200  404  404  404  403"),
        // Recruitment's progress and lists: the city and above (404 out of reach), workers none.
        row("the progress of 定州's recruitment", API, GET, "/api/recruitment/rounds/{recruitment}")
            .on(recruitment.shared()).is("200  200  404  404  404  404  404  200  403"),
        row("the candidates of 定州's recruitment (.xlsx)", API, GET, "/api/recruitment/rounds/{recruitment}/candidates")
            .on(recruitment.shared()).is("200  200  404  404  404  404  404  200  403"),
        row("the aptitude-test results of 定州's recruitment (.xlsx)", API, GET,
            "/api/recruitment/rounds/{recruitment}/results?stage=APTITUDE_TEST")
            .on(recruitment.shared()).is("200  200  404  404  404  404  404  200  403"),
        // The talent database (人才信息库): clerks and reviewers list and read the workers of the posts they reach
        // (out of reach: 403 for a list, like /api/posts; 404 for one worker, like a contract), workers only
        // themselves; administrators import workers already on post; the worker's county or city clerks, and
        // administrators, record a leaving (a fresh worker of 正定县 per allowed cell).
        // Without ?org= an administrator, who belongs to no organisation, is asked to name one (400), as at /api/posts.
        row("talent: workers of one's own organisation", API, GET, "/api/talent/workers")
            .is("400  200  200  200  200  200  200  200  403"),
        row("talent: workers of 正定县 on post", API, GET, "/api/talent/workers?org=HE-SJZ-ZD&status=ON_POST")
            .is("200  200  200  403  200  403  403  403  403"),
        row("talent: a worker of 正定县", API, GET, "/api/talent/workers/{worker}").on(talent.shared())
            .is("200  200  200  404  200  404  404  404  404"),
        row("talent: the demo worker's record by id", API, GET, "/api/talent/workers/{own}").on(talent.shared())
            .is("200  200  200  404  200  404  404  404  200"),
        row("talent: one's own record", API, GET, "/api/talent/me")
            .is("404  404  404  404  404  404  404  404  200"),
        row("talent: import workers already on post (CSV)", API, PUT, "/api/talent/workers/import")
            .csv(MatrixTalent.IMPORT).on(talent.freePost())
            .is("200  403  403  403  403  403  403  403  403"),
        row("talent: a worker of 正定县 leaves", API, POST, "/api/talent/workers/{worker}/leave")
            .json("{\"on\":\"2025-06-30\",\"reason\":\"矩阵测试：合同期满\"}").on(talent.fresh())
            .is("200  403  403  403  200  404  404  404  403"),
        // The annual evaluation: administrators and the reviewers of the city or the province open a city's round
        // (here one already open: 409); its progress for the city and above (404 out of reach, workers 403); the
        // evaluations within reach (a county its own, the city its counties', the province all, a worker their own).
        row("open 石家庄's round of 2025 again", API, POST, "/api/evaluations/rounds")
            .json("{\"orgCode\":\"HE-SJZ\",\"year\":" + MatrixEvaluation.YEAR + "}").on(evaluation.shared())
            .is("409  409  409  403  403  403  403  403  403"),
        row("the progress of 石家庄's evaluation round", API, GET, "/api/evaluations/rounds/{round}")
            .on(evaluation.shared()).is("200  200  200  404  404  404  404  404  403"),
        row("evaluations of 正定县 in 2025", API, GET, "/api/evaluations?year=2025&org=HE-SJZ-ZD")
            .on(evaluation.shared()).is("some some some 403  some 403  403  403  some"),
        row("an evaluation of a worker of 正定县", API, GET, "/api/evaluations/{evaluation}").on(evaluation.shared())
            .is("200  200  200  404  200  404  404  404  404"),
        row("the demo worker's own evaluation", API, GET, "/api/evaluations/{own}").on(evaluation.shared())
            .is("200  200  200  404  200  404  404  404  200"),
        // Appeals (Art. 28): the worker reads their own; clerks and reviewers those of the posts they reach (the
        // county, the city that answers, the province); others 404. The written reply likewise, once answered.
        row("appeals within reach", API, GET, "/api/evaluations/appeals")
            .is("200  200  200  200  200  200  200  200  200"),
        row("an appeal of 正定县", API, GET, "/api/evaluations/appeals/{appeal}").on(appeals.shared())
            .is("200  200  200  404  200  404  404  404  404"),
        row("the demo worker's own appeal", API, GET, "/api/evaluations/appeals/{own}").on(appeals.shared())
            .is("200  200  200  404  200  404  404  404  200"),
        row("the written reply to an appeal of 正定县 (PDF)", API, GET, "/api/evaluations/appeals/{appeal}/reply.pdf")
            .on(appeals.shared()).is("200  200  200  404  200  404  404  404  404"),
        row("the demo worker's written reply (PDF)", API, GET, "/api/evaluations/appeals/{own}/reply.pdf")
            .on(appeals.shared()).is("200  200  200  404  200  404  404  404  200"),
        // Daily evaluation (Art. 25): the clerks who reach the worker's post record (another county's or city's:
        // 404, the worker out of reach), reviewers and workers do not (403); those clerks, the reviewers within reach
        // and the worker themself read the entries and their summary (out of reach: 404). Annual results as .xlsx:
        // reviewers and clerks who reach the city or county named, and administrators (out of reach: 403).
        row("daily evaluation: record an entry for a worker of 正定县", API, POST, "/api/evaluations/daily")
            .json(MatrixDailyEntries.ENTRY).on(daily.shared())
            .is("201  403  403  403  201  404  404  404  403"),
        row("daily evaluation: the entries of a worker of 正定县", API, GET,
            "/api/evaluations/daily?workerId={worker}&year=2025").on(daily.shared())
            .is("200  200  200  404  200  404  404  404  404"),
        row("daily evaluation: the demo worker's entries", API, GET, "/api/evaluations/daily?workerId={own}&year=2026")
            .on(daily.shared()).is("200  200  200  404  200  404  404  404  200"),
        row("daily evaluation: the demo worker's summary", API, GET,
            "/api/evaluations/daily/summary?workerId={own}&year=2026").on(daily.shared())
            .is("200  200  200  404  200  404  404  404  200"),
        row("annual results of 石家庄 (.xlsx)", API, GET, "/api/evaluations/results?city=HE-SJZ&year=2026")
            .is("200  200  200  403  403  403  403  403  403"),
        row("annual results of 正定县 (.xlsx)", API, GET, "/api/evaluations/results?city=HE-SJZ-ZD&year=2026")
            .is("200  200  200  403  200  403  403  403  403"),
        // Following cases (ADR 0017). A case's progress: whoever reaches it, and those it was copied to.
        row("progress of case A", API, GET, "/api/cases/{A}/progress")
            .is("200  200  200  404  200  404  404  404  404"),
        row("progress of a case copied to lcclerk", API, GET, "/api/cases/{pi}/progress").on(follow.copiedToLcclerk())
            .is("200  200  200  404  200  200  404  404  404"),
        row("我发起的", API, GET, "/api/cases/mine?kind=STARTED")
            .is("200  200  200  200  200  200  200  200  200"),
        row("抄送我的", API, GET, "/api/cases/mine?kind=COPIED")
            .is("200  200  200  200  200  200  200  200  200"),
        // 抄送: the starter and those who act on an open step; others who reach the case 403, the rest 404.
        row("copy a case of 正定县 to lcclerk", API, POST, "/api/cases/{pi}/copies").json(MatrixFollow.COPY)
            .on(chores.fresh()).is("403  403  201  404  201  404  404  404  404"),
        row("copy onwards a case copied to lcclerk", API, POST, "/api/cases/{pi}/copies")
            .json("{\"users\":[\"zzclerk\"]}").on(follow.copiedToLcclerk())
            .is("403  403  201  404  201  403  404  404  404"),
        // 催办: the starter alone, and only a step due soon or overdue (409 otherwise).
        row("urge a review due tomorrow", API, POST, "/api/tasks/{task}/urge").json("{\"message\":\"矩阵测试：请尽快审核\"}")
            .on(follow.dueTomorrow()).is("403  403  403  404  201  404  404  404  404"),
        row("urge a review not yet due soon", API, POST, "/api/tasks/{task}/urge").json("{}")
            .on(chores.fresh()).is("403  403  403  404  409  404  404  404  404"),
        // Notifications: one's own only.
        row("own notifications", API, GET, "/api/notifications?unread=true")
            .is("200  200  200  200  200  200  200  200  200"),
        row("own unread count", API, GET, "/api/notifications/count")
            .is("200  200  200  200  200  200  200  200  200"),
        row("mark a notification of zdclerk's read", API, POST, "/api/notifications/{notification}/read")
            .on(follow.zdclerksNotification()).is("404  404  404  404  200  404  404  404  404"),
        row("mark all own notifications read", API, POST, "/api/notifications/read-all")
            .is("200  200  200  200  200  200  200  200  200"),
        // The deadline board (ADR 0020): clerks and reviewers for what their organisations reach, administrators
        // everything; a worker supervises no deadlines.
        row("deadline board", API, GET, "/api/sla/board")
            .is("200  200  200  200  200  200  200  200  403"),
        row("deadline board of the post application", API, GET,
            "/api/sla/board?processKey=post-application&month=2026-11")
            .is("200  200  200  200  200  200  200  200  403"),
        // E-mail preferences (ADR 0021): one's own, which everybody has; the change sent leaves them as they were.
        row("own notification preferences", API, GET, "/api/notifications/preferences")
            .is("200  200  200  200  200  200  200  200  200"),
        row("change own notification preferences", API, PUT, "/api/notifications/preferences")
            .json(MatrixFollow.PREFERENCES).is("200  200  200  200  200  200  200  200  200"),
        // Only a holder of the task delegates, to a colleague of a candidate organisation in the same role.
        // Today an administrator, who holds no task and belongs to no organisation, gets 404 like any stranger.
        row("delegate a review to a colleague", API, POST, "/api/tasks/{task}/delegate")
            .json("{\"userId\":\"{colleague}\"}").on(chores.fresh())
            .is("404  404  200  404  404  404  404  404  404"),
        // Return (退回), co-reviewers (加签) and transfer (转办), ADR 0016: a task is found only by those who see it
        // (a candidate organisation's member in the step's role, its assignee or owner, its co-reviewer); anyone
        // else, administrators included, gets 404. Only who may decide the review returns it or adds a co-reviewer,
        // only its holder transfers it.
        row("what one may do with case A's review", API, GET, "/api/tasks/{Atask}/actions")
            .is("404  404  200  404  404  404  404  404  404"),
        row("where case A's review may be returned", API, GET, "/api/tasks/{Atask}/return-targets")
            .is("404  404  200  404  404  404  404  404  404"),
        row("the co-reviewers of case A's review", API, GET, "/api/tasks/{Atask}/co-reviewers")
            .is("404  404  200  404  404  404  404  404  404"),
        row("return a review to the applicant", API, POST, "/api/tasks/{task}/return")
            .json("{\"targetStep\":\"revise-application\",\"reason\":\"矩阵测试：请补充岗位职责\"}")
            .on(chores.fresh()).is("404  404  200  404  404  404  404  404  404"),
        row("add a county clerk below the city as co-reviewer before oneself", API, POST,
            "/api/tasks/{task}/co-reviewers").json("{\"userId\":\"lcclerk\",\"position\":\"BEFORE\"}")
            .on(chores.fresh()).is("404  404  200  404  404  404  404  404  404"),
        // The co-reviewer sees the task but did not add themself: 403; only sjzreviewer, who added them, removes.
        row("remove the co-reviewer sjzreviewer added", API, DELETE, "/api/tasks/{task}/co-reviewers/lcclerk")
            .on(chores.coReviewed("sjzreviewer", "lcclerk", "BEFORE"))
            .is("404  404  204  404  404  403  404  404  404"),
        row("transfer a review to a colleague", API, POST, "/api/tasks/{task}/transfer")
            .json("{\"userId\":\"{colleague}\",\"reason\":\"矩阵测试：出差\"}").on(chores.fresh())
            .is("404  404  200  404  404  404  404  404  404"));
  }

  private static String contractor(int n) {
    return Xlsx.creditCode(String.format("51130000MX%07d", n));
  }

  private Matrix.Setup freshContractor() {
    return user -> {
      String code = contractor(100 + CONTRACTORS.incrementAndGet());
      Api.as(rest, "admin").put("/api/contractors/" + code, CONTRACTOR, MediaType.APPLICATION_JSON);
      return Map.of("contractor", code);
    };
  }

  private List<Door> webApps() {
    return List.of(
        row("start with startInstructions", WEB_APPS, POST, "/process-definition/key/post-application/start")
            .json(MatrixCases.startBody("HE-SJZ-ZD-ZDZ",
                "\"provincialGroup\":{\"value\":\"HE\",\"type\":\"String\"},"
                    + "\"reviewDueDays\":{\"value\":5,\"type\":\"Integer\"},"
                    + "\"escalationDays\":{\"value\":5,\"type\":\"Integer\"}",
                "[{\"type\":\"startBeforeActivity\",\"activityId\":\"provincial-review\"}]"))
            .is("200  403  403  403  403  403  403  403  404"),
        row("throw a BPMN error from a review", WEB_APPS, POST, "/task/{task}/bpmnError")
            .json("{\"errorCode\":\"matrix\"}").on(chores.fresh())
            .is("204  403  403  403  403  403  403  403  403"),
        row("complete a review writing an undeclared variable", WEB_APPS, POST, "/task/{task}/complete")
            .json(FOREIGN_COMPLETE).on(chores.fresh())
            .is("204  403  400  403  403  403  403  403  403"),
        row("claim a review a colleague has claimed", WEB_APPS, POST, "/task/{task}/claim")
            .json("{\"userId\":\"{self}\"}").on(chores.claimedBy(MatrixCases.COLLEAGUE))
            .is("409  403  409  403  403  403  403  403  403"),
        row("submit the review form as its co-reviewer lcclerk", WEB_APPS, POST, "/task/{task}/submit-form")
            .json(decision("APPROVE")).on(chores.coReviewed("sjzreviewer", "lcclerk", "BEFORE"))
            .is("204  403  409  403  403  204  403  403  403"),
        row("own profile update (a new first name)", WEB_APPS, PUT, "/user/{self}/profile")
            .json("{\"id\":\"{self}\",\"firstName\":\"改名\",\"lastName\":\"{lastName}\",\"email\":\"{email}\"}")
            .on(chores.profile()).undo(chores.restoreUser())
            .is("204  403  403  403  403  403  403  403  403"),
        row("filter create", WEB_APPS, POST, "/filter/create")
            .json("{\"resourceType\":\"Task\",\"name\":\"矩阵过滤器\",\"owner\":\"{self}\",\"query\":{}}")
            .undo(chores.deleteFilters("矩阵过滤器"))
            .is("200  403  403  403  403  403  403  403  403"),
        // Tasklist's own door for the daily entry: the start form submitted, held as engine REST's start is.
        row("submit the daily entry's start form for a worker of 正定县", WEB_APPS, POST, MatrixDailyEntries.SUBMIT)
            .json(MatrixDailyEntries.START_BODY).on(daily.shared())
            .is("200  404  404  404  200  404  404  404  404"));
  }

  /*
   * /api takes the Tasklist user's session as Basic takes a password (ADR 0013): the same answers, cell for cell,
   * as the Basic rows above and beside; a change without the web apps' CSRF token is refused whoever asks (403x),
   * before anything else is looked at. Engine REST does not take the session at all.
   */
  private List<Door> platformApiBySession() {
    String candidates = "/api/recruitment/rounds/{recruitment}/candidates";
    String results = "/api/recruitment/rounds/{recruitment}/results?stage=APTITUDE_TEST";
    return List.of(
        row("the progress of 定州's recruitment", API, GET, "/api/recruitment/rounds/{recruitment}").bySession()
            .on(recruitment.shared()).is("200  200  404  404  404  404  404  200  403"),
        row("the candidates of 定州's recruitment (.xlsx)", API, GET, candidates).bySession()
            .on(recruitment.shared()).is("200  200  404  404  404  404  404  200  403"),
        row("the organisations (GET needs no token)", API, GET, "/api/orgs").bySession()
            .is("200  200  200  200  200  200  200  200  200"),
        // The task tab 审批操作 (ADR 0016) calls these with Tasklist's session and token.
        row("what one may do with case A's review", API, GET, "/api/tasks/{Atask}/actions").bySession()
            .is("404  404  200  404  404  404  404  404  404"),
        row("transfer a review to a colleague", API, POST, "/api/tasks/{task}/transfer").bySession()
            .json("{\"userId\":\"{colleague}\",\"reason\":\"矩阵测试：出差\"}").on(chores.fresh())
            .is("404  404  200  404  404  404  404  404  404"),
        row("return a review to the applicant", API, POST, "/api/tasks/{task}/return").bySessionWithoutToken()
            .json("{\"targetStep\":\"revise-application\",\"reason\":\"矩阵测试\"}").on(chores.fresh())
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        // A file refused whole: passing the door is a 400, and nothing changes.
        row("upload candidates to 定州's recruitment (Basic)", API, POST, candidates)
            .upload(MatrixRecruitment.REFUSED_CANDIDATES, "考生.csv").on(recruitment.shared())
            .is("400  403  403  403  403  403  403  400  403"),
        row("upload candidates to 定州's recruitment", API, POST, candidates).bySession()
            .upload(MatrixRecruitment.REFUSED_CANDIDATES, "考生.csv").on(recruitment.shared())
            .is("400  403  403  403  403  403  403  400  403"),
        row("upload candidates to 定州's recruitment", API, POST, candidates).bySessionWithoutToken()
            .upload(MatrixRecruitment.REFUSED_CANDIDATES, "考生.csv").on(recruitment.shared())
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("upload candidates to 定州's recruitment", API, POST, candidates).bySessionWithWrongToken()
            .upload(MatrixRecruitment.REFUSED_CANDIDATES, "考生.csv").on(recruitment.shared())
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        // Allowed: 409, the shared round is not at the aptitude test's sign-off, so the file is never applied.
        row("upload a stage's results to 定州's recruitment (Basic)", API, POST, results)
            .upload(MatrixRecruitment.REFUSED_RESULTS, "结果.csv").on(recruitment.shared())
            .is("409  403  403  403  403  403  403  409  403"),
        row("upload a stage's results to 定州's recruitment", API, POST, results).bySession()
            .upload(MatrixRecruitment.REFUSED_RESULTS, "结果.csv").on(recruitment.shared())
            .is("409  403  403  403  403  403  403  409  403"),
        row("upload a stage's results to 定州's recruitment", API, POST, results).bySessionWithoutToken()
            .upload(MatrixRecruitment.REFUSED_RESULTS, "结果.csv").on(recruitment.shared())
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        // Following cases from Tasklist's 案件进展 tab and 案件跟踪 panel (ADR 0017).
        row("progress of case A", API, GET, "/api/cases/{A}/progress").bySession()
            .is("200  200  200  404  200  404  404  404  404"),
        row("copy a case of 正定县 to lcclerk", API, POST, "/api/cases/{pi}/copies").json(MatrixFollow.COPY)
            .bySession().on(chores.fresh()).is("403  403  201  404  201  404  404  404  404"),
        row("copy a case of 正定县 to lcclerk", API, POST, "/api/cases/{pi}/copies").json(MatrixFollow.COPY)
            .bySessionWithoutToken().on(chores.fresh()).is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("urge a review due tomorrow", API, POST, "/api/tasks/{task}/urge").json("{}").bySession()
            .on(follow.dueTomorrow()).is("403  403  403  404  201  404  404  404  404"),
        row("urge a review due tomorrow", API, POST, "/api/tasks/{task}/urge").json("{}").bySessionWithoutToken()
            .on(follow.dueTomorrow()).is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("mark a notification of zdclerk's read", API, POST, "/api/notifications/{notification}/read").bySession()
            .on(follow.zdclerksNotification()).is("404  404  404  404  200  404  404  404  404"),
        row("mark all own notifications read", API, POST, "/api/notifications/read-all").bySessionWithoutToken()
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("deadline board (Cockpit's 时限监控)", API, GET, "/api/sla/board").bySession()
            .is("200  200  200  200  200  200  200  200  403"),
        row("change own notification preferences", API, PUT, "/api/notifications/preferences")
            .json(MatrixFollow.PREFERENCES).bySession().is("200  200  200  200  200  200  200  200  200"),
        row("change own notification preferences", API, PUT, "/api/notifications/preferences")
            .json(MatrixFollow.PREFERENCES).bySessionWithoutToken()
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("engine REST does not take the session", ENGINE_REST, GET, "/task?maxResults=1").bySession()
            .is("401  401  401  401  401  401  401  401  401"));
  }

  /*
   * Going live (ADR 0019): loading the organisation tree and the users, creating, reading and moving one user, are
   * the administrators' alone; everyone else is refused at the door (403), before any file is read. The admin page
   * in Camunda Admin calls them with the web apps' session and its CSRF token.
   */
  private List<Door> goLive() {
    String orgs = "/api/admin/orgs/import";
    String users = "/api/admin/users/import";
    return List.of(
        row("load an organisation tree", API, POST, orgs).upload(MatrixGoLive.ORGS, "组织.csv")
            .is("200  403  403  403  403  403  403  403  403"),
        row("load users", API, POST, users).upload(MatrixGoLive.USERS, "用户.csv")
            .is("200  403  403  403  403  403  403  403  403"),
        row("create one user", API, POST, "/api/admin/users").json(MatrixGoLive.CREATE).on(goLive.newUser())
            .is("201  403  403  403  403  403  403  403  403"),
        row("read one user in Chinese terms", API, GET, "/api/admin/users/zdclerk")
            .is("200  403  403  403  403  403  403  403  403"),
        row("move one user to 保定", API, PUT, "/api/admin/users/{mover}")
            .json("{\"orgCode\":\"HE-BD\",\"role\":\"市级审核\"}").on(goLive.mover())
            .is("200  403  403  403  403  403  403  403  403"),
        row("load an organisation tree", API, POST, orgs).bySession().upload(MatrixGoLive.ORGS, "组织.csv")
            .is("200  403  403  403  403  403  403  403  403"),
        row("load an organisation tree", API, POST, orgs).bySessionWithoutToken().upload(MatrixGoLive.ORGS, "组织.csv")
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("load users", API, POST, users).bySession().upload(MatrixGoLive.USERS, "用户.csv")
            .is("200  403  403  403  403  403  403  403  403"),
        row("create one user", API, POST, "/api/admin/users").bySession().json(MatrixGoLive.CREATE)
            .on(goLive.newUser()).is("201  403  403  403  403  403  403  403  403"),
        row("move one user to 保定", API, PUT, "/api/admin/users/{mover}").bySessionWithWrongToken()
            .json("{\"orgCode\":\"HE-BD\",\"role\":\"市级审核\"}").on(goLive.mover())
            .is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        row("load an organisation tree", API, POST, orgs).upload(MatrixGoLive.ORGS, "组织.csv").anonymous()
            .is("401"),
        row("create one user", API, POST, "/api/admin/users").json(MatrixGoLive.CREATE).on(goLive.newUser())
            .anonymous().is("401"),
        row("read one user", API, GET, "/api/admin/users/zdclerk").bySession().anonymous().is("401"));
  }

  /**
   * Health answers anyone with its status; metrics answer the monitoring account and administrators. The monitoring
   * account holds no grant: through engine REST and /api it sees no case and no task.
   */
  private List<Door> monitoring() {
    return List.of(
        row("metrics", API, GET, "/actuator/prometheus").is("200  403  403  403  403  403  403  403  403"),
        row("metrics", API, GET, "/actuator/prometheus").anonymous().is("401"),
        row("metrics", API, GET, "/actuator/prometheus").columns("monitor").is("200"),
        row("health", API, GET, "/actuator/health").is("200  200  200  200  200  200  200  200  200"),
        row("health", API, GET, "/actuator/health").anonymous().is("200"),
        row("readiness", API, GET, "/actuator/health/readiness").anonymous().is("200"),
        row("the monitoring account: tasks", ENGINE_REST, GET, "/task?maxResults=5").columns("monitor").is("none"),
        row("the monitoring account: cases", ENGINE_REST, GET, "/process-instance?maxResults=5").columns("monitor")
            .is("none"),
        row("the monitoring account: history", ENGINE_REST, GET, "/history/process-instance?maxResults=5")
            .columns("monitor").is("none"),
        row("the monitoring account: start a post application", ENGINE_REST, POST,
            "/process-definition/key/post-application/start")
            .json(MatrixCases.startBody("HE-SJZ-ZD-ZDZ", null, null)).columns("monitor").is("404"),
        row("the monitoring account: organisations", API, GET, "/api/orgs").columns("monitor").is("none"),
        row("the monitoring account: a case's history", ENGINE_REST, GET,
            "/history/task?processInstanceId={case}&maxResults=10").columns("monitor").is("-"));
  }

  /*
   * Safe deploy (ADR 0022): listing, reading, trying, deploying and rolling back models are the administrators'
   * alone, whether by HTTP Basic or by the web apps' session with its CSRF token.
   */
  private List<Door> models() {
    MatrixModels models = new MatrixModels(repository);
    return List.of(
        row("list the decisions", API, GET, "/api/models?type=dmn")
            .is("200  403  403  403  403  403  403  403  403"),
        row("read post-quota's latest version", API, GET, "/api/models/dmn/post-quota")
            .is("200  403  403  403  403  403  403  403  403"),
        row("read a form's first version", API, GET, "/api/models/form/post-application-review/versions/1")
            .is("200  403  403  403  403  403  403  403  403"),
        row("dry run", API, POST, "/api/models/dry-run").json(MatrixModels.DRY_RUN)
            .is("200  403  403  403  403  403  403  403  403"),
        row("deploy with a comment", API, POST, "/api/models/deployments").json(MatrixModels.DEPLOY)
            .undo(models.deleteProbe()).is("200  403  403  403  403  403  403  403  403"),
        row("the deployment record", API, GET, "/api/models/deployments")
            .is("200  403  403  403  403  403  403  403  403"),
        row("roll post-quota back to a version not earlier", API, POST, "/api/models/dmn/post-quota/rollback")
            .json(MatrixModels.ROLLBACK_TO_NO_EARLIER_VERSION).is("409  403  403  403  403  403  403  403  403"),
        row("policy variants", API, GET, "/api/models/policy")
            .is("200  403  403  403  403  403  403  403  403"),
        row("dry run", API, POST, "/api/models/dry-run").bySession().json(MatrixModels.DRY_RUN)
            .is("200  403  403  403  403  403  403  403  403"),
        row("deploy with a comment", API, POST, "/api/models/deployments").bySessionWithoutToken()
            .json(MatrixModels.DEPLOY).is("403x 403x 403x 403x 403x 403x 403x 403x 403x"),
        // The browser modeler's page and script (ADR 0024): administrators of the web apps only, by session.
        row("the modeler page", API, GET, "/modeler/").bySession()
            .is("200  403  403  403  403  403  403  403  403"),
        row("the modeler's script", API, GET, "/modeler/modeler.js").bySession()
            .is("200  403  403  403  403  403  403  403  403"),
        row("the modeler page", API, GET, "/modeler/").anonymous().is("401"),
        row("list the decisions", API, GET, "/api/models?type=dmn").anonymous().is("401"),
        row("dry run", API, POST, "/api/models/dry-run").json(MatrixModels.DRY_RUN).anonymous().is("401"));
  }

  /** Nothing lies behind /error asked for directly: the same 404 for everyone, logged in or not, by either door. */
  private List<Door> errorPage() {
    return List.of(
        row("the error page", API, GET, "/error").is("404  404  404  404  404  404  404  404  404"),
        row("the error page", API, GET, "/error").anonymous().is("404"),
        row("the error page", API, GET, "/error").columns("monitor").is("404"),
        row("the error page", API, POST, "/error").json("{}").is("404  404  404  404  404  404  404  404  404"),
        row("the error page", API, GET, "/error").bySession().is("404  404  404  404  404  404  404  404  404"));
  }

  private List<Door> anonymous() {
    return List.of(
        row("engine REST: task list", ENGINE_REST, GET, "/task?maxResults=1").anonymous().is("401"),
        row("engine REST: signal", ENGINE_REST, POST, "/signal").json("{\"name\":\"matrix-signal\"}")
            .anonymous().is("401"),
        row("web apps' engine API: task list", WEB_APPS, GET, "/task?maxResults=1").anonymous().is("401"),
        row("web apps' engine API: signal", WEB_APPS, POST, "/signal").json("{\"name\":\"matrix-signal\"}")
            .anonymous().is("401"),
        row("web apps' engine API: start a post application", WEB_APPS, POST,
            "/process-definition/key/post-application/start")
            .json(MatrixCases.startBody("HE-SJZ-ZD-ZDZ", null, null)).anonymous().is("401"),
        row("platform API: organisations", API, GET, "/api/orgs").anonymous().is("401"),
        row("platform API: deadline board", API, GET, "/api/sla/board").anonymous().is("401"),
        row("platform API: deadline board", API, GET, "/api/sla/board").bySession().anonymous().is("401"),
        row("platform API: a recruitment's progress", API, GET, "/api/recruitment/rounds/1").anonymous().is("401"),
        row("platform API: own notifications", API, GET, "/api/notifications/count").anonymous().is("401"),
        row("platform API: own notification preferences", API, PUT, "/api/notifications/preferences")
            .json(MatrixFollow.PREFERENCES).anonymous().is("401"),
        // A browser with a web apps' session (and its token) but nobody logged in is nobody.
        row("platform API: organisations", API, GET, "/api/orgs").bySession().anonymous().is("401"),
        row("platform API: upload candidates", API, POST, "/api/recruitment/rounds/1/candidates").bySession()
            .upload(MatrixRecruitment.REFUSED_CANDIDATES, "考生.csv").anonymous().is("401"));
  }

  private static final String FOREIGN_COMPLETE = "{\"variables\":{"
      + "\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"},"
      + "\"provincialGroup\":{\"value\":\"HE-SJZ\",\"type\":\"String\"}}}";

  private static String decision(String decision) {
    return "{\"variables\":{\"decision\":{\"value\":\"" + decision + "\",\"type\":\"String\"}}}";
  }
}
