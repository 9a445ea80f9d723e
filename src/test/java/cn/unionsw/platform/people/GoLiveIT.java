package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.procurement.Xlsx;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Going live through {@code /api}: an administrator loads an organisation tree and its users from files (all or
 * nothing, the same files again changing nothing), then creates and moves one user in Chinese terms; the users log in
 * and reach what their organisation reaches, with the groups a demo user has.
 */
@PlatformIT
class GoLiveIT {

  private static final AtomicInteger RUN = new AtomicInteger();
  private static final String ORGS = "/api/admin/orgs/import";
  private static final String USERS = "/api/admin/users/import";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;

  @Test
  void shouldLoadATreeAndItsUsersOnceHoweverOftenTheFilesAreLoaded() {
    String city = fresh();
    String county = city + "-XA";
    String tag = city.substring(3).toLowerCase();
    byte[] tree = Xlsx.sheet(List.of(
        List.of("组织代码", "上级代码", "名称", "类型", "法人单位数", "职工人数", "会员人数"),
        List.of(county + "-ZZ", county, "新安镇工会", "乡镇（街道）工会", 40, 2400, 2100),
        List.of(city, "HE", "新安市总工会", "市级工会", "", "", ""),
        List.of(county, city, "新安县总工会", "COUNTY", "", "", ""),
        List.of(county + "-KFQ", county, "新安经济开发区工会", "DEV_ZONE", 120, 6100, 5800),
        List.of(county + "-FWZX", county, "新安县职工服务中心", "SERVICE_CENTER_COUNTY_STANDARD", 1, 12, 12)));
    // The users as Excel in China saves "CSV (逗号分隔)": GBK, columns in another order.
    byte[] people = ("姓名,平台账号,角色,组织代码,电子邮箱,初始密码\n"
        + "新安审核," + tag + "reviewer,市级审核," + city + ",,Xinan-Review-2026!\n"
        + "新安经办," + tag + "clerk,县级经办," + county + ",clerk@xinan.example,\n"
        + "新安社工," + tag + "worker,社工," + county + "-ZZ,,\n").getBytes(Charset.forName("GBK"));

    JsonNode orgs = upload(ORGS, "组织.xlsx", tree);
    JsonNode users = upload(USERS, "用户.csv", people);

    assertThat(counts(orgs)).isEqualTo(List.of(5, 5, 0, 0));
    assertThat(counts(users)).isEqualTo(List.of(3, 3, 0, 0));
    assertThat(users.path("passwords")).hasSize(2);
    String clerkPassword = passwordOf(users, tag + "clerk");
    JsonNode units = Api.as(rest, "admin").get("/api/orgs?parent=" + county).getBody();
    assertThat(units).extracting(unit -> unit.path("code").asText() + " " + unit.path("type").asText() + " "
        + unit.path("employeeCount").asInt()).containsExactly(county + "-FWZX SERVICE_CENTER_COUNTY_STANDARD 12",
        county + "-KFQ DEV_ZONE 6100", county + "-ZZ TOWNSHIP_STREET 2400");
    assertThat(groupsOf(tag + "clerk")).containsExactlyInAnyOrder(Roles.CLERK + " ROLE", county + " ORG");
    assertThat(types(tag + "clerk")).isEqualTo(types("zdclerk"));
    assertThat(groupsOf(tag + "worker")).containsExactlyInAnyOrder(Roles.WORKER + " ROLE", county + "-ZZ ORG");
    JsonNode clerk = Api.as(rest, "admin").get("/api/admin/users/" + tag + "clerk").getBody();
    assertThat(clerk.path("name").asText()).isEqualTo("新安经办");
    assertThat(clerk.path("email").asText()).isEqualTo("clerk@xinan.example");
    assertThat(clerk.path("orgName").asText()).isEqualTo("新安县总工会");
    assertThat(clerk.path("roleLabel").asText()).isEqualTo("经办人员");
    assertThat(Api.as(rest, tag + "clerk", clerkPassword).get("/api/orgs?parent=" + county).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, tag + "clerk", clerkPassword).get("/api/orgs?parent=" + city).getStatusCode())
        .as("a county clerk does not reach the city").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, tag + "reviewer", "Xinan-Review-2026!").get("/api/orgs?parent=" + county)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(WebAppSession.login(rest, tag + "clerk", clerkPassword)).isNotNull();

    JsonNode orgsAgain = upload(ORGS, "组织.xlsx", tree);
    JsonNode usersAgain = upload(USERS, "用户.csv", people);

    assertThat(counts(orgsAgain)).isEqualTo(List.of(5, 0, 0, 5));
    assertThat(counts(usersAgain)).isEqualTo(List.of(3, 0, 0, 3));
    assertThat(usersAgain.path("passwords")).isEmpty();
    assertThat(Api.as(rest, tag + "clerk", clerkPassword).get("/api/orgs").getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode moved = upload(USERS, "用户.csv", ("平台账号,姓名,组织代码,角色\n" + tag + "clerk,新安经办,"
        + county + "-KFQ,社工\n").getBytes(StandardCharsets.UTF_8));
    assertThat(counts(moved)).isEqualTo(List.of(1, 0, 1, 0));
    assertThat(groupsOf(tag + "clerk")).containsExactlyInAnyOrder(Roles.WORKER + " ROLE", county + "-KFQ ORG");
  }

  @Test
  void shouldRefuseABadTreeWholeNamingEveryRowByItsHeader() {
    String city = fresh();
    String csv = "组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n"
        + city + ",HE,新丰市总工会,CITY,,,\n"
        + city + "-XF,HE-NOPE,新丰县总工会,COUNTY,,,\n"
        + city + "-XF2,HE-SJZ,新丰二县总工会,COUNTY,,,\n"
        + city + "-ZZ,"  + city + ",新丰镇工会,村委会,3,-1,10\n"
        + city + ",HE,新丰市总工会,CITY,,,\n";

    ResponseEntity<JsonNode> refused = Api.as(rest, "admin").upload(ORGS, "组织.csv", bytes(csv));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("file");
    assertThat(refused.getBody().path("message").asText()).contains("文件有 5 处错误，未导入任何数据");
    assertThat(refused.getBody().path("errors")).extracting(e -> e.path("row").asInt() + " " + e.path("column")
        .asText() + " " + e.path("field").asText()).containsExactly("3 组织代码 code", "4 组织代码 code",
        "5 类型 type", "5 职工人数 employeeCount", "6 组织代码 code");
    assertThat(refused.getBody().path("errors").get(0).path("reason").asText())
        .isEqualTo("组织代码 " + city + "-XF 不在上级代码 HE-NOPE 之下（代码按前缀逐级嵌套：HE-NOPE 的下级组织代码应为 HE-NOPE-…）");
    assertThat(Api.as(rest, "admin").get("/api/orgs/" + city).getStatusCode()).as("nothing applied")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldRefuseBadUsersWholeAndCreateNobody() {
    String tag = fresh().substring(3).toLowerCase();
    String csv = "平台账号,姓名,组织代码,角色,电子邮箱,初始密码\n"
        + tag + "ok,好用户,HE-SJZ-ZD,县级经办,,\n"
        + tag + "-bad,坏账号,HE-SJZ-ZD,县级经办,,\n"
        + tag + "nobody,无组织,HE-SJZ-NOPE,县级经办,,\n"
        + tag + "weak,弱密码,HE-SJZ,市级审核,,abc\n"
        + tag + "rolex,无角色,HE-SJZ,处长,,\n"
        + tag.toUpperCase() + "OK,重复,HE-SJZ-ZD,县级经办,,\n";

    ResponseEntity<JsonNode> refused = Api.as(rest, "admin").upload(USERS, "用户.csv", bytes(csv));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors")).extracting(e -> e.path("row").asInt() + " " + e.path("column")
        .asText()).containsExactly("3 平台账号", "4 组织代码", "5 初始密码", "6 角色", "7 平台账号");
    assertThat(identity.createUserQuery().userId(tag + "ok").count()).as("nobody created").isZero();
  }

  @Test
  void shouldCreateAndMoveOneUserHandingTheirClaimedReviewBack() {
    String user = fresh().substring(3).toLowerCase() + "mover";
    ResponseEntity<JsonNode> created = Api.as(rest, "admin").post("/api/admin/users",
        Map.of("userId", user, "name", "调动审核员", "orgCode", "HE-SJZ", "role", "市级审核"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("user").path("roleLabel").asText()).isEqualTo("审核人员");
    String password = created.getBody().path("password").asText();
    assertThat(password).hasSize(14);
    assertThat(Api.as(rest, "admin").post("/api/admin/users", Map.of("userId", user, "name", "又一个",
        "orgCode", "HE-SJZ", "role", "市级审核")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    String instance = new PostApplications(rest).start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String review = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(PostApplicationProcess.Elements.MUNICIPAL_REVIEW).singleResult().getId();
    assertThat(Api.as(rest, user, password).post("/engine-rest/task/" + review + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<JsonNode> moved = Api.as(rest, "admin").put("/api/admin/users/" + user,
        Map.of("orgCode", "HE-BD", "role", "审核人员"), MediaType.APPLICATION_JSON);

    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody().path("user").path("orgCode").asText()).isEqualTo("HE-BD");
    assertThat(moved.getBody().path("user").path("name").asText()).isEqualTo("调动审核员");
    assertThat(moved.getBody().path("returnedTasks")).extracting(JsonNode::asText).containsExactly(review);
    assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    assertThat(tasks.createTaskQuery().taskId(review).taskCandidateGroup("HE-SJZ").count()).isEqualTo(1);
    assertThat(groupsOf(user)).containsExactlyInAnyOrder(Roles.REVIEWER + " ROLE", "HE-BD ORG");
    assertThat(Api.as(rest, user, password).get("/api/orgs").getBody()).extracting(o -> o.path("code").asText())
        .containsExactly("HE-BD");
    assertThat(Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + review + "/claim",
        Map.of("userId", "sjzreviewer")).getStatusCode()).as("a colleague takes it up").isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<JsonNode> again = Api.as(rest, "admin").put("/api/admin/users/" + user,
        Map.of("orgCode", "HE-BD", "role", "reviewer"), MediaType.APPLICATION_JSON);
    assertThat(again.getBody().path("returnedTasks")).isEmpty();
    assertThat(Api.as(rest, "admin").put("/api/admin/users/" + user + "x", Map.of("orgCode", "HE-BD", "role",
        "reviewer"), MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private JsonNode upload(String path, String name, byte[] file) {
    ResponseEntity<JsonNode> answer = Api.as(rest, "admin").upload(path, name, file);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** Rows of the file, then created, updated, unchanged. */
  private static List<Integer> counts(JsonNode result) {
    String total = result.has("organisations") ? "organisations" : "users";
    return List.of(result.path(total).asInt(), result.path("created").asInt(), result.path("updated").asInt(),
        result.path("unchanged").asInt());
  }

  private static String passwordOf(JsonNode result, String user) {
    for (JsonNode entry : result.path("passwords")) {
      if (entry.path("userId").asText().equals(user)) {
        return entry.path("password").asText();
      }
    }
    throw new AssertionError("no password generated for " + user + ": " + result);
  }

  private Set<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId() + " " + g.getType())
        .collect(Collectors.toSet());
  }

  private Set<String> types(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getType)
        .collect(Collectors.toSet());
  }

  /** A city code of this test's own (tests share one registry). */
  private static String fresh() {
    return "HE-G" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase() + RUN.incrementAndGet();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
