package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadRequest.object;
import static cn.unionsw.platform.web.BadRequest.quoted;
import static cn.unionsw.platform.web.BadRequest.with;
import static cn.unionsw.platform.web.BadValues.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Malformed requests to every {@code /api} endpoint ({@code grep -rn Mapping src/main/java}), one bad part at a
 * time in an otherwise valid request, so that the refusal must name that part. Endpoints are grouped: the test
 * checks that nothing was written after each group.
 */
final class ApiBadRequests extends BadRequestGroups {

  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
  private static final LocalDate FIRST_PAY_DAY = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_PAY_DAY = LocalDate.of(2100, 12, 31);

  /** @param taskId an open municipal-review task that sjzreviewer may delegate */
  static Map<String, List<BadRequest>> all(String taskId) {
    ApiBadRequests requests = new ApiBadRequests();
    requests.workdays();
    requests.policy();
    requests.posts();
    requests.gradeStructure();
    requests.pay();
    requests.orgs();
    requests.tasks(taskId);
    return requests.groups();
  }

  private void workdays() {
    start("workdays");
    var add = params("from", "2026-09-24", "days", "10");
    queryParam("/api/workdays/add", "zdclerk", add, "from", dates(FIRST_DAY, LAST_DAY), true);
    queryParam("/api/workdays/add", "zdclerk", add, "days", ints(1, 3650), true);
    pathParam("GET", "/api/workdays/{date}", "zdclerk", "date", dates(FIRST_DAY, LAST_DAY), null);
    pathParam("PUT", "/api/workdays/years/{year}", "admin", "year", ints(2000, 2100), "year",
        "[{\"date\":\"2097-01-01\",\"offDay\":true,\"name\":\"元旦\"}]");
    String year = "/api/workdays/years/2097";
    for (String body : List.of("a,b,c\n2097-01-01,true,元旦\n", "date,off_day,name\n2097-02-30,true,x\n",
        "date,off_day,name\n+99999-01-01,true,x\n", "date,off_day,name\n2097-01-01,maybe,x\n",
        "date,off_day,name\n2097-01-01,true,\n", "date,off_day,name\n2097-01-01,true," + "名".repeat(65) + "\n",
        "date,off_day,name\n2098-01-01,true,x\n", "date,off_day,name\n2097-01-01,true,x\n2097-01-01,true,x\n",
        "date,off_day,name\n2097-01-07,false,x\n", "date,off_day,name\n2097-01-01,true\n",
        "date,off_day,name\n2097-01-01,true,x,extra\n", "date,off_day,name\n" + HUGE + "\n", "\n\n\n")) {
      add(new BadRequest("csv schedule", "PUT", year, "admin", "text/csv", BadRequest.bytes(body), "schedule"));
    }
    add(new BadRequest("csv schedule", "PUT", year, "admin", "text/csv", BadRequest.bytes(""), null));
    for (String body : List.of("[{\"date\":\"2097-02-30\",\"offDay\":true,\"name\":\"x\"}]",
        "[{\"date\":\"2097-01-01\",\"offDay\":\"maybe\",\"name\":\"x\"}]",
        "[{\"date\":1,\"offDay\":true,\"name\":\"x\"}]",
        "[{\"date\":\"2097-01-01\",\"offDay\":true,\"name\":" + quoted(HUGE) + "}]", "{}", "[1]", "[[]]")) {
      add(BadRequest.json("json schedule", "PUT", year, "admin", body, "schedule"));
    }
    // An empty array is a valid schedule (a year without special days), so it is not sent here.
    bodies("PUT", year, "admin", "[]", false, "[]");
  }

  private void policy() {
    start("policy");
    queryParam("/api/policy/settings", "zdclerk", params(), "province", join(codes(), List.of("HE-SJZ")), false);
    pathParam("GET", "/api/policy/settings/{p}/quota-decision", "zdclerk", "p", codes(), "provinceCode");
    pathParam("PUT", "/api/policy/settings/{p}/quota-decision", "admin", "p", codes(), "provinceCode",
        "{\"settingValue\":\"post-quota\"}");
    pathParam("PUT", "/api/policy/settings/HE/{k}", "admin", "k", join(INJECTIONS, ODD, List.of("QUOTA-DECISION")),
        "settingKey", "{\"settingValue\":\"post-quota\"}");
    String setting = "/api/policy/settings/HE/quota-decision";
    bodyField("PUT", setting, "admin", params("settingValue", quoted("post-quota")), "settingValue",
        join(quotedAll(join(INJECTIONS, ODD, List.of("", " ", "post-quota-nope", HUGE))), List.of("[]", "{}", "null")));
    bodies("PUT", setting, "admin", "{\"settingValue\":\"post-quota\"}", true);
    var quota = params("unitCode", "HE-SJZ-ZD-ZDZ", "employeeCount", "100", "separateUnionCount", "0");
    queryParam("/api/policy/quota", "zdclerk", quota, "unitCode", codes(), true);
    queryParam("/api/policy/quota", "zdclerk", quota, "employeeCount", ints(0, 10_000_000), false);
    queryParam("/api/policy/quota", "zdclerk", quota, "separateUnionCount", ints(0, 10_000_000), false);
  }

  private void posts() {
    start("posts");
    queryParam("/api/posts", "zdclerk", params(), "org", codes(), false);
    for (String csv : List.of("unit_code,grade,posts\nhe-nope,ENTRY,1\n", "unit_code,grade,posts\nHE-NOPE-X,ENTRY,1\n",
        "unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,LEVEL_9,1\n", "unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,ENTRY,-1\n",
        "unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,ENTRY,4294967297\n", "unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,ENTRY,abc\n",
        "unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,ENTRY,1.5\n", "unit_code,grade,posts\n' OR 1=1 --,ENTRY,1\n",
        "unit_code,grade,posts\n${1+1},ENTRY,1\n", "unit_code,grade,posts\nHE-SJZ-ZD-ZDZ,ENTRY\n",
        "a,b,c\nHE-SJZ-ZD-ZDZ,ENTRY,1\n", "unit_code,grade,posts\n", "", "unit_code,grade,posts\n" + HUGE + "\n",
        "unit_code,grade,posts\n" + "HE-SJZ-ZD-ZDZ,ENTRY,1\n".repeat(20_000))) {
      add(new BadRequest("csv posts", "PUT", "/api/posts/imported", "admin", "text/csv", BadRequest.bytes(csv), null));
    }
    bodies("PUT", "/api/posts/imported", "admin", null, false);
    pathParam("GET", "/api/post-applications/{id}/reviews", "zdclerk", "id", ids(), null);
    pathParam("POST", "/api/post-applications/{id}/withdraw", "zdclerk", "id", ids(), null);
  }

  private void gradeStructure() {
    start("grade structure");
    pathParam("GET", "/api/grade-structure/{p}/2026", "zdclerk", "p", codes(), "provinceCode");
    pathParam("GET", "/api/grade-structure/HE/{y}", "zdclerk", "y", ints(2000, 2100), "year");
    String valid = "{\"ENTRY\":40,\"LEVEL_3\":35,\"LEVEL_2\":20,\"LEVEL_1\":10}";
    pathParam("PUT", "/api/grade-structure/{p}/2026", "admin", "p", join(codes(), List.of("HE-SJZ")), "provinceCode",
        valid);
    pathParam("PUT", "/api/grade-structure/HE/{y}", "admin", "y", ints(2000, 2100), "year", valid);
    var shares = params("ENTRY", "40", "LEVEL_3", "35", "LEVEL_2", "20", "LEVEL_1", "10");
    for (String grade : List.of("ENTRY", "LEVEL_1")) {
      bodyField("PUT", "/api/grade-structure/HE/2026", "admin", shares, grade, join(notInt(0, 100), List.of("null")));
    }
    for (String key : List.of("FOO", "entry", "", "${1}", LONG_IN_URL.substring(0, 100))) {
      add(BadRequest.json("unknown grade", "PUT", "/api/grade-structure/HE/2026", "admin",
          object(with(shares, key, "10")), key.isEmpty() || key.length() > 64 ? null : key));
    }
    add(BadRequest.json("sum under 100", "PUT", "/api/grade-structure/HE/2026", "admin",
        object(with(shares, "ENTRY", "1")), "structure"));
    bodies("PUT", "/api/grade-structure/HE/2026", "admin", valid, true);
  }

  private void pay() {
    start("pay");
    for (String table : List.of("minimum-wages", "employer-rates")) {
      queryParam("/api/pay/" + table, "zdclerk", params(), "region", codes(), false);
      String valid = table.equals("minimum-wages") ? "{\"monthlyAmount\":2380,\"tierLabel\":\"第一档\",\"source\":\"x\"}"
          : "{\"socialInsuranceRate\":0.26,\"managementFeeRate\":0.06,\"source\":\"x\"}";
      pathParam("PUT", "/api/pay/" + table + "/{r}/2025-01-01", "admin", "r", join(codes(), List.of("HE-NOPE")),
          "regionCode", valid);
      pathParam("PUT", "/api/pay/" + table + "/HE-SJZ/{d}", "admin", "d", dates(FIRST_PAY_DAY, LAST_PAY_DAY),
          "effectiveFrom", valid);
      // Deleting needs no body; the row named does not exist, so even a wrongly accepted key deletes nothing.
      pathParam("DELETE", "/api/pay/" + table + "/{r}/2001-01-01", "admin", "r", codes(), null);
      pathParam("DELETE", "/api/pay/" + table + "/HE-SJZ/{d}", "admin", "d", dates(FIRST_PAY_DAY, LAST_PAY_DAY),
          "effectiveFrom");
      bodies("PUT", "/api/pay/" + table + "/HE-SJZ/2025-01-01", "admin", valid, true);
    }
    String wage = "/api/pay/minimum-wages/HE-SJZ/2025-01-01";
    var wages = params("monthlyAmount", "2380", "tierLabel", quoted("第一档"), "source", quoted("x"));
    bodyField("PUT", wage, "admin", wages, "monthlyAmount", join(quotedAll(decimals("100000.01", "1.001")),
        List.of("-1", "0", "100000.01", "1.001", "1e309", "true", "[]", "{}", "null")));
    bodyField("PUT", wage, "admin", wages, "tierLabel", join(notText(), List.of(quoted("档".repeat(33)), quoted(HUGE))));
    bodyField("PUT", wage, "admin", wages, "source", join(notText(), List.of(quoted(""), quoted(" "), quoted(HUGE),
        quoted("来".repeat(201)), "null")));
    String rate = "/api/pay/employer-rates/HE-SJZ/2025-01-01";
    var rates = params("socialInsuranceRate", "0.26", "managementFeeRate", "0.06", "source", quoted("x"));
    for (String field : List.of("socialInsuranceRate", "managementFeeRate")) {
      bodyField("PUT", rate, "admin", rates, field, List.of("-0.01", "1", "1.5", "0.00001", "1e309", "\"abc\"",
          "true", "[]", "{}", "null"));
    }
    var quote = params("orgCode", "HE-SJZ-ZD-ZDZ", "grade", "ENTRY", "allowanceTier", "1", "date", "2026-01-01",
        "actualMonthlyPay", "5000", "outcome", "QUALIFIED");
    queryParam("/api/pay/quote", "zdclerk", quote, "orgCode", codes(), true);
    queryParam("/api/pay/quote", "zdclerk", quote, "grade", choices(), true);
    queryParam("/api/pay/quote", "zdclerk", quote, "allowanceTier", ints(1, 3), true);
    queryParam("/api/pay/quote", "zdclerk", quote, "date", dates(FIRST_PAY_DAY, LAST_PAY_DAY), false);
    queryParam("/api/pay/quote", "zdclerk", quote, "actualMonthlyPay", decimals("100000.01", "1.001"), false);
    queryParam("/api/pay/quote", "zdclerk", quote, "outcome", choices(), false);
  }

  private void orgs() {
    start("orgs");
    queryParam("/api/orgs", "zdclerk", params(), "parent", codes(), false);
    pathParam("GET", "/api/orgs/{code}", "zdclerk", "code", codes(), "code");
    var org = params("parentCode", quoted("HE-SJZ-ZD"), "name", quoted("坏输入测试"), "type", quoted("TOWNSHIP_STREET"),
        "legalEntityCount", "1", "employeeCount", "10", "memberCount", "5");
    String valid = object(org);
    pathParam("PUT", "/api/orgs/{code}", "admin", "code", codes(), "code", valid);
    String target = "/api/orgs/HE-SJZ-ZD-BADIN";
    bodyField("PUT", target, "admin", org, "parentCode", join(quotedAll(join(codes(), List.of("HE-SJZ-LC", "HE-NOPE"))),
        notText()));
    bodyField("PUT", target, "admin", org, "name", join(notText(), List.of(quoted(""), quoted(" "), quoted(HUGE),
        quoted("名".repeat(129)), "null")));
    bodyField("PUT", target, "admin", org, "type",
        join(notChoice(), List.of(quoted("PROVINCE"), quoted("CITY"), "null")));
    for (String count : List.of("legalEntityCount", "employeeCount", "memberCount")) {
      bodyField("PUT", target, "admin", org, count, notInt(0, 10_000_000));
    }
    bodies("PUT", target, "admin", valid, true);
  }

  private void tasks(String taskId) {
    start("tasks");
    pathParam("POST", "/api/tasks/{id}/delegate", "sjzreviewer", "id", ids(), null, "{\"userId\":\"sjzreviewer\"}");
    String delegate = "/api/tasks/" + taskId + "/delegate";
    bodyField("POST", delegate, "sjzreviewer", params("userId", quoted("sjzreviewer")), "userId",
        join(quotedAll(join(INJECTIONS, ODD, List.of("", " ", "bdreviewer", "hereviewer", "zdclerk", HUGE,
            LONE_SURROGATE))), notText(), List.of("null")));
    bodies("POST", delegate, "sjzreviewer", "{\"userId\":\"nobody\"}", true);
  }
}
