package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadRequest.object;
import static cn.unionsw.platform.web.BadRequest.quoted;
import static cn.unionsw.platform.web.BadRequest.with;
import static cn.unionsw.platform.web.BadValues.*;

import cn.unionsw.platform.procurement.Contract;
import cn.unionsw.platform.procurement.Xlsx;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

  /**
   * @param taskId an open municipal-review task that sjzreviewer may delegate
   * @param contract an ACTIVE contract of 正定县 that zdclerk may transfer
   * @param next a qualified contractor that could take it over
   * @param worker a worker of 正定县 on post, whom zdclerk may record as leaving
   * @param freeUnit a township of 正定县 with one free entry post, onto which an import could put a worker
   * @param caseId zdclerk's case that {@code taskId} belongs to, which zdclerk may copy and urge (not yet due soon)
   */
  static Map<String, List<BadRequest>> all(String taskId, Contract contract, String next, Worker worker,
      String freeUnit, String caseId) {
    ApiBadRequests requests = new ApiBadRequests();
    requests.workdays();
    requests.policy();
    requests.posts();
    requests.gradeStructure();
    requests.pay();
    requests.orgs();
    requests.tasks(taskId);
    requests.following(caseId, taskId);
    requests.contractors();
    requests.contracts(contract, next);
    requests.rounds();
    requests.recruitment();
    requests.talent(worker, freeUnit);
    requests.evaluations();
    requests.appeals();
    requests.dailyEntries(worker);
    requests.sla();
    Map<String, List<BadRequest>> groups = requests.groups();
    groups.putAll(GoLiveBadRequests.all());
    groups.putAll(ModelsBadRequests.all());
    return groups;
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
    for (String count : List.of("legalEntityCount", "employeeCount", "memberCount", "separateUnionCount")) {
      bodyField("PUT", target, "admin", org, count, notInt(0, 10_000_000));
    }
    bodies("PUT", target, "admin", valid, true);
  }

  private void contractors() {
    start("contractors");
    queryParam("/api/contractors", "zdclerk", params("province", "HE"), "province",
        join(codes(), List.of("HE-SJZ")), true);
    // Never registered: each request is refused before anything is looked up or written.
    String code = Xlsx.creditCode("51130000BD0000001");
    List<String> badCodes = join(INJECTIONS, ODD, List.of(code.substring(0, 17), code + "1", code.toLowerCase(),
        code.substring(0, 17) + "I", code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"), LONG_IN_URL, " "));
    var qualification = params("kind", quoted("REGISTRATION"), "evidence", quoted("民政登记 1"),
        "validFrom", quoted("2025-01-01"), "validUntil", quoted("2027-12-31"));
    var contractor = params("name", quoted("坏输入测试服务社"), "kind", quoted("SOCIAL_ORGANISATION"),
        "provinceCode", quoted("HE"), "qualifications", "[" + object(qualification) + "]");
    String valid = object(contractor);
    String target = "/api/contractors/" + code;
    pathParam("PUT", "/api/contractors/{c}", "admin", "c", badCodes, "creditCode", valid);
    bodyField("PUT", target, "admin", contractor, "name", join(notText(), List.of(quoted(""), quoted(" "),
        quoted(HUGE), quoted("名".repeat(101)), "null")));
    bodyField("PUT", target, "admin", contractor, "kind", join(notChoice(), List.of("null")));
    bodyField("PUT", target, "admin", contractor, "provinceCode", join(quotedAll(join(codes(), List.of("HE-SJZ",
        "XX"))), notText(), List.of("null")));
    bodyField("PUT", target, "admin", contractor, "qualifications", List.of("null", "{}", "\"x\"", "123", "[null]"));
    bodyField("PUT", target, "admin", with(contractor, "kind", quoted("HR_AGENCY")), "qualifications",
        List.of("[" + object(qualification) + "]"));
    add(BadRequest.json("a qualification twice", "PUT", target, "admin", object(with(contractor, "qualifications",
        "[" + object(qualification) + "," + object(qualification) + "]")), "qualificationKind"));
    for (var bad : List.of(params("kind", quoted("LICENCE")), params("kind", "null"), params("kind", "1"),
        params("evidence", quoted("")), params("evidence", quoted(HUGE)), params("evidence", "[]"),
        params("validFrom", quoted("2026-02-30")), params("validFrom", quoted("+99999-01-01")),
        params("validFrom", "null"), params("validUntil", quoted("2024-12-31")), params("validUntil", quoted("x")))) {
      String field = bad.keySet().iterator().next();
      String one = object(with(qualification, field, bad.get(field)));
      add(BadRequest.json(field + " in a qualification", "PUT", target, "admin",
          object(with(contractor, "qualifications", "[" + one + "]")), field.equals("kind") && bad.get(field)
              .equals("null") ? "qualificationKind" : field));
    }
    bodies("PUT", target, "admin", valid, true);

    String bar = target + "/bar";
    pathParam("POST", "/api/contractors/{c}/bar", "hereviewer", "c", badCodes, "creditCode", "{\"reason\":\"x\"}");
    bodyField("POST", bar, "hereviewer", params("reason", quoted("拖欠社保")), "reason", join(notText(),
        List.of(quoted(""), quoted(" "), quoted(HUGE), quoted("理".repeat(501)), "null")));
    bodies("POST", bar, "hereviewer", "{\"reason\":\"x\"}", true);
    add(BadRequest.json("bar of a contractor never registered", "POST", bar, "hereviewer", "{\"reason\":\"x\"}",
        null));

    String upload = "/api/contractors/import?province=HE";
    List<List<Object>> rows = Xlsx.qualifiedRows(code, "坏输入测试服务社", "SOCIAL_ORGANISATION",
        LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
    byte[] good = Xlsx.register(rows);
    for (String province : List.of("he", "HE-SJZ", "XX", "' OR 1=1 --", LONG_IN_URL)) {
      add(upload("province in query", "/api/contractors/import?province=" + BadRequest.encode(province), good,
          "province"));
    }
    List<List<Object>> badRows = new java.util.ArrayList<>(rows);
    badRows.set(0, List.of(code, "坏输入测试服务社", "SOCIAL_ORGANISATION", "REGISTRATION", "x", "2026-02-30", ""));
    badRows.add(List.of(code.substring(0, 17) + "I", HUGE, "基金会", "LICENCE", "", "x", "y"));
    for (byte[] file : List.of(BadRequest.bytes("a,b,c\n"), new byte[0], BadRequest.bytes(HUGE),
        Xlsx.sheet(List.of(List.of("code", "name"))), Xlsx.register(List.of()), Xlsx.register(badRows),
        Xlsx.register(List.of(List.of(code, "x", "SOCIAL_ORGANISATION", "TAX", FOUR_BYTE, "${1+1}", "' OR 1=1 --"))))) {
      add(upload("file", upload, file, "file"));
    }
    add(new BadRequest("no file part", "POST", upload, "admin", "multipart/form-data; boundary=" + BOUNDARY,
        BadRequest.bytes("--" + BOUNDARY + "--\r\n"), null));
    bodies("POST", upload, "admin", null, false);
  }

  private void contracts(Contract contract, String next) {
    start("contracts");
    String base = "/api/procurement/contracts";
    queryParam(base, "zdclerk", params(), "status", join(choices(), List.of("active", "ENDED", "ACTIVE ")), false);
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3", "0x10"));
    pathParam("GET", base + "/{id}", "zdclerk", "id", notIds, "id");
    var transfer = params("contractorCreditCode", quoted(next), "reason", quoted("原承接主体无法履约"));
    String valid = object(transfer);
    pathParam("POST", base + "/{id}/transfer", "zdclerk", "id", notIds, "id", valid);
    String target = base + "/" + contract.id() + "/transfer";
    String unknown = Xlsx.creditCode("51130000BD0000002");
    bodyField("POST", target, "zdclerk", transfer, "contractorCreditCode", join(quotedAll(join(INJECTIONS, ODD,
        List.of("", " ", next.substring(0, 17), next + "1", next.toLowerCase(), next.substring(0, 17) + "I",
            next.substring(0, 17) + (next.endsWith("0") ? "1" : "0"), HUGE, unknown,
            contract.contractorCreditCode()))), notText(), List.of("null")));
    bodyField("POST", target, "zdclerk", transfer, "reason", join(notText(), List.of(quoted(""), quoted(" "),
        quoted(HUGE), quoted("理".repeat(501)), "null")));
    bodies("POST", target, "zdclerk", valid, true);
  }

  private void rounds() {
    start("purchase rounds");
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3", "0x10", "-1", "0"));
    pathParam("GET", "/api/procurement/rounds/{id}", "dzclerk", "id", notIds, "id");
    pathParam("GET", "/api/procurement/rounds/{id}/workbook", "dzclerk", "id", notIds, "id");
    pathParam("GET", "/api/procurement/contracts/{id}/pdf", "zdclerk", "id",
        join(ids(), List.of("99999999999999999999", "1.5", "1e3", "0x10")), "id");
  }

  private void recruitment() {
    start("recruitment");
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3"));
    pathParam("GET", "/api/recruitment/rounds/{id}", "dzclerk", "id", notIds, "id");
    pathParam("GET", "/api/recruitment/rounds/{id}/candidates", "dzclerk", "id", notIds, "id");
    List<String> notStages = join(INJECTIONS, ODD, List.of("aptitude_test", "APTITUDE", "APTITUDE_TEST ", "1"));
    queryParam("/api/recruitment/rounds/987654/candidates", "dzclerk", params(), "stage", notStages, false);
    pathParam("GET", "/api/recruitment/rounds/{id}/results?stage=APTITUDE_TEST", "dzclerk", "id", notIds, "id");
    queryParam("/api/recruitment/rounds/987654/results", "dzclerk", params(), "stage",
        join(notStages, List.of("SCREENING")), true);
    for (String stage : notStages) {
      if (!stage.trim().isEmpty()) {
        add(upload("stage " + stage.substring(0, Math.min(stage.length(), 20)),
            "/api/recruitment/rounds/987654/results?stage=" + BadRequest.encode(stage),
            "x".getBytes(StandardCharsets.UTF_8), "stage"));
      }
    }
    add(new BadRequest("results without a stage", "POST", "/api/recruitment/rounds/987654/results", "dzclerk",
        "multipart/form-data; boundary=" + BOUNDARY, BadRequest.bytes("--" + BOUNDARY + "--\r\n"), "stage"));
    add(new BadRequest("candidates without a file part", "POST", "/api/recruitment/rounds/987654/candidates",
        "dzclerk", "multipart/form-data; boundary=" + BOUNDARY, BadRequest.bytes("--" + BOUNDARY + "--\r\n"), "file"));
  }

  private void talent(Worker worker, String freeUnit) {
    start("talent database");
    String workers = "/api/talent/workers";
    queryParam(workers, "zdclerk", params(), "org", codes(), false);
    queryParam(workers, "zdclerk", params(), "status", join(choices(), List.of("on_post", "ON_POST ", "LEFT,ON_POST")),
        false);
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3", "0x10"));
    pathParam("GET", workers + "/{id}", "zdclerk", "id", notIds, "id");
    var leave = params("on", quoted(worker.onPostSince().plusDays(1).toString()), "reason", quoted("合同期满"));
    String valid = object(leave);
    pathParam("POST", workers + "/{id}/leave", "zdclerk", "id", notIds, "id", valid);
    String target = workers + "/" + worker.id() + "/leave";
    bodyField("POST", target, "zdclerk", leave, "on", join(quotedAll(List.of(
        worker.onPostSince().minusDays(1).toString(), "2999-12-31", "2026-02-30", "2026-13-01", "+99999-01-01",
        "2026-1-1", "20260101", "2026-01-01T00:00:00", "", " ", LONG_IN_URL, FOUR_BYTE)), quotedAll(INJECTIONS),
        List.of("null", "true", "{}")));
    bodyField("POST", target, "zdclerk", leave, "reason", join(notText(), List.of(quoted(""), quoted(" "),
        quoted(HUGE), quoted("理".repeat(501)), quoted("合同\u0000期满"), "null")));
    bodies("POST", target, "zdclerk", valid, true);

    String upload = workers + "/import";
    String header = String.join(",", TalentFixtures.HEADER);
    String good = TalentFixtures.identity();
    String badCheck = good.substring(0, 17) + (good.endsWith("0") ? "1" : "0");
    for (String csv : List.of("a,b,c\n", header + "\n", "\n\n\n", HUGE,
        header + "\n王五," + badCheck + ",本科,无,初级岗," + freeUnit + ",2024-05-06,某服务社,2024-01-01,2026-12-31,\n",
        header + "\n王五," + good + ",本科,无,初级岗,HE-SJZ-ZD-NOPE,2024-05-06,某服务社,2024-01-01,2026-12-31,\n",
        header + "\n王五," + good + ",本科,无,一级岗," + freeUnit + ",2024-05-06,某服务社,2024-01-01,2026-12-31,\n",
        header + "\n王五," + good + ",本科,无,初级岗," + freeUnit + ",2024-05-06,某服务社,2024-01-01,2026-12-31,nobody\n",
        header + "\n" + FOUR_BYTE + "," + good + ",${1+1},' OR 1=1 --,五级岗," + freeUnit + ",2026-02-30,,,,\n",
        header + "\n王五," + good + ",本科,无,初级岗," + freeUnit + ",2024-05-06,某服务社,2024-01-01,2026-12-31,\n"
            + "赵六," + good + ",本科,无,初级岗," + freeUnit + ",2024-05-06,某服务社,2024-01-01,2026-12-31,\n",
        header + "\n\"王五,本科\n")) {
      add(new BadRequest("csv workers", "PUT", upload, "admin", "text/csv", BadRequest.bytes(csv), "file"));
    }
    add(new BadRequest("csv workers in UTF-16", "PUT", upload, "admin", "text/csv",
        ("\uFEFF" + header + "\n").getBytes(StandardCharsets.UTF_16LE), "file"));
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    for (byte[] file : List.of(BadRequest.bytes("a,b,c\n"), Xlsx.sheet(List.of(List.of("姓名", "身份证号"))),
        TalentFixtures.xlsx(List.of()), TalentFixtures.xlsx(List.of(TalentFixtures.row(freeUnit, "身份证号", badCheck),
            TalentFixtures.row("HE-SJZ-ZD-NOPE"), TalentFixtures.row(freeUnit, "岗位等级", "LEVEL_1"))))) {
      add(new BadRequest("xlsx workers", "PUT", upload, "admin", xlsx, file, "file"));
    }
    bodies("PUT", upload, "admin", null, false);
  }

  /**
   * The annual evaluation: opening a round (each bad field of an otherwise valid opening of 石家庄's round by its
   * reviewer, refused before anything is opened), a round's progress, the evaluations within reach and one of them.
   */
  private void evaluations() {
    start("annual evaluation");
    int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    String rounds = "/api/evaluations/rounds";
    var open = params("orgCode", quoted("HE-SJZ"), "year", String.valueOf(thisYear));
    bodyField("POST", rounds, "sjzreviewer", open, "orgCode", join(quotedAll(codes()), quotedAll(List.of("",
        "HE-SJZ-ZD", "HE-SJZ-ZD-ZDZ", "HE-NOPE", "HE-SJZ-FWZX")), List.of("null", "123", "true", "[]", "{}")));
    bodyField("POST", rounds, "sjzreviewer", open, "year", join(notInt(2000, thisYear), List.of("null",
        "1999", String.valueOf(thisYear + 1))));
    bodies("POST", rounds, "sjzreviewer", object(open), true);
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3", "0x10"));
    pathParam("GET", rounds + "/{id}", "sjzreviewer", "id", notIds, "id");
    pathParam("GET", "/api/evaluations/{id}", "zdclerk", "id", notIds, "id");
    queryParam("/api/evaluations", "zdclerk", params(), "year", ints(2000, 2100), false);
    queryParam("/api/evaluations", "zdclerk", params(), "org", codes(), false);
  }

  /** The deadline board (ADR 0020): a process nobody deployed, a month that is none. */
  private void sla() {
    start("deadline board");
    queryParam("/api/sla/board", "sjzreviewer", params(), "processKey", join(ids(), List.of("no-such-process",
        "POST-APPLICATION")), false);
    queryParam("/api/sla/board", "sjzreviewer", params(), "month", join(INJECTIONS, ODD, List.of("2026-13", "2026-00",
        "2026-1", "26-11", "1899-12", "3000-01", "2026/11", "2026-11-01", "2026-11 ", LONG_IN_URL)), false);
  }

  private void appeals() {
    start("appeals");
    String appeals = "/api/evaluations/appeals";
    queryParam(appeals, "zdworker", params(), "year", join(ints(2017, 2100), List.of("２０２６", "2026.0", "+2026")),
        false);
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3", "0x10", "-1", "0"));
    pathParam("GET", appeals + "/{id}", "zdworker", "id", notIds, "id");
    pathParam("GET", appeals + "/{id}/reply.pdf", "zdworker", "id", notIds, "id");
  }

  /**
   * Daily entries for {@code worker} (on post in 正定县 since 2025-03-01, zdclerk's to record) and the annual results
   * (sjzreviewer's to download). An attendance entry is the base where a bad attendance is sent, so that a value
   * read as none is still refused.
   */
  private void dailyEntries(Worker worker) {
    start("evaluations");
    String daily = "/api/evaluations/daily";
    var duty = params("workerId", String.valueOf(worker.id()), "date", quoted("2025-06-30"), "kind", quoted("DUTY"),
        "rating", "4", "note", quoted("按时完成走访"));
    bodyField("POST", daily, "zdclerk", duty, "workerId", List.of("0", "-1", "99999999999999999999", "1.5", "1e3",
        "\"7\"", "\"\"", "true", "[]", "{}", "null"));
    bodyField("POST", daily, "zdclerk", duty, "date", join(quotedAll(List.of("2999-12-31", "2025-02-28", "2026-02-30",
        "2026-13-01", "+99999-01-01", "2026-1-1", "20260101", "2026-01-01T00:00:00", "", " ", LONG_IN_URL, FOUR_BYTE)),
        quotedAll(INJECTIONS), List.of("null", "123", "true", "{}", "[]")));
    bodyField("POST", daily, "zdclerk", duty, "kind", join(notChoice(), List.of(quoted("PRESENT"), "null")));
    bodyField("POST", daily, "zdclerk", duty, "rating", join(notInt(1, 5), List.of("null")));
    bodyField("POST", daily, "zdclerk", duty, "attendance", List.of(quoted("PRESENT"), quoted("LEAVE")));
    var attendance = params("workerId", String.valueOf(worker.id()), "date", quoted("2025-06-30"), "kind",
        quoted("ATTENDANCE"), "attendance", quoted("PRESENT"), "note", quoted("到岗"));
    bodyField("POST", daily, "zdclerk", attendance, "attendance", join(notChoice(), List.of(quoted("DUTY"), "null")));
    bodyField("POST", daily, "zdclerk", attendance, "rating", List.of("1", "5", "0"));
    bodyField("POST", daily, "zdclerk", duty, "note", join(notText(), List.of(quoted(""), quoted(" "), quoted(HUGE),
        quoted("评".repeat(1001)), quoted("走访\u0000记录"), "null")));
    bodies("POST", daily, "zdclerk", object(duty), true);
    List<String> notWorkers = join(List.of("0", "-1", "99999999999999999999", "1.5", "1e3", "0x10", "abc", LONG_IN_URL,
        "０１２", FOUR_BYTE, "\u0000"), INJECTIONS.subList(0, 3));
    for (String path : List.of(daily, daily + "/summary")) {
      var read = params("workerId", String.valueOf(worker.id()), "year", "2025");
      queryParam(path, "zdclerk", read, "workerId", notWorkers, true);
      queryParam(path, "zdclerk", read, "year", ints(2000, 2100), true);
    }
    var results = params("city", "HE-SJZ", "year", "2026");
    queryParam("/api/evaluations/results", "sjzreviewer", results, "city", join(codes(), List.of("HE",
        "HE-SJZ-ZD-ZDZ", "HE-NOPE", "HE-SJZ-NOPE")), true);
    queryParam("/api/evaluations/results", "sjzreviewer", results, "year", ints(2000, 2100), true);
  }

  /** Copies (抄送), urges (催办), 我发起的 and notifications (ADR 0017). */
  private void following(String caseId, String taskId) {
    start("following cases");
    pathParam("GET", "/api/cases/{id}/progress", "zdclerk", "id", ids(), null);
    String copy = "{\"users\":[\"lcclerk\"]}";
    pathParam("POST", "/api/cases/{id}/copies", "zdclerk", "id", ids(), null, copy);
    var mine = params("kind", "STARTED", "firstResult", "0", "maxResults", "50");
    queryParam("/api/cases/mine", "zdclerk", mine, "kind", join(choices(), List.of("started", "COPY", "STARTER")),
        true);
    queryParam("/api/cases/mine", "zdclerk", mine, "firstResult", ints(0, 100_000), false);
    queryParam("/api/cases/mine", "zdclerk", mine, "maxResults", ints(1, 200), false);
    String copies = "/api/cases/" + caseId + "/copies";
    var valid = params("users", "[\"lcclerk\"]", "note", quoted("请知悉"));
    String fiftyOne = "[" + String.join(",", java.util.Collections.nCopies(51, quoted("lcclerk"))) + "]";
    bodyField("POST", copies, "zdclerk", valid, "users", join(notText().subList(0, 4), List.of("\"lcclerk\"",
        "[123]", "[null]", "[[\"lcclerk\"]]", "[\"\"]", "[\"nobody\"]", "[\"zdclerk\"]", "[]", fiftyOne,
        "[" + quoted(HUGE) + "]", "[" + quoted(LONE_SURROGATE) + "]"), quotedAll(INJECTIONS).stream()
        .map(value -> "[" + value + "]").toList()));
    bodyField("POST", copies, "zdclerk", valid, "organisations", join(List.of("123", "{}", "\"HE-BD\"", "[123]",
        "[null]", "[\"he-bd\"]", "[\"HE-NOPE\"]", fiftyOne.replace("lcclerk", "HE-BD"), "[" + quoted(HUGE) + "]"),
        quotedAll(INJECTIONS).stream().map(value -> "[" + value + "]").toList()));
    bodyField("POST", copies, "zdclerk", valid, "note", join(notText(), List.of(quoted(HUGE), quoted("注".repeat(501)))));
    bodies("POST", copies, "zdclerk", copy, true);
    pathParam("POST", "/api/tasks/{id}/urge", "zdclerk", "id", ids(), null, "{}");
    String urge = "/api/tasks/" + taskId + "/urge";
    bodyField("POST", urge, "zdclerk", params("message", quoted("请尽快审核")), "message",
        join(notText(), List.of(quoted(HUGE), quoted("催".repeat(201)))));
    bodies("POST", urge, "zdclerk", "{}", true, "{}");
    queryParam("/api/notifications", "zdclerk", params("unread", "true"), "unread",
        List.of("maybe", "2", "null", FOUR_BYTE, "' OR 1=1 --", LONG_IN_URL), false);
    queryParam("/api/notifications", "zdclerk", params("unread", "true"), "maxResults", ints(1, 200), false);
    // Whole numbers in range name no notification of zdclerk's: 404, which names no field.
    pathParam("POST", "/api/notifications/{id}/read", "zdclerk", "id", join(ints(1, Long.MAX_VALUE - 1), ids()), null);
    // E-mail preferences (ADR 0021): a boolean, and known kinds to booleans. Valid values change nothing for zdclerk.
    String preferences = "/api/notifications/preferences";
    var emailOn = params("email", "true");
    bodyField("PUT", preferences, "zdclerk", emailOn, "email", List.of("null", "\"true\"", "\"no\"", "\"\"",
        "[]", "{}", "[true]", quoted(HUGE)));
    var kindOn = params("kinds", "{\"COPY\":true}");
    bodyField("PUT", preferences, "zdclerk", kindOn, "kinds", join(List.of("[]", "123", "\"COPY\"", "true",
        "{\"NOPE\":true}", "{\"copy\":true}", "{\"ALL\":false}", "{\"\":true}", "{\"COPY\":null}",
        "{" + quoted(HUGE) + ":true}", "{" + quoted(LONE_SURROGATE) + ":true}"),
        quotedAll(INJECTIONS).stream().map(kind -> "{" + kind + ":true}").toList()));
    bodies("PUT", preferences, "zdclerk", "{\"email\":true}", true);
  }

  private static final String BOUNDARY = "unionsw-bad-input";

  /** A multipart upload of one file in the field {@code file}, built by hand as a browser would send it. */
  private static BadRequest upload(String name, String target, byte[] file, String field) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new BadRequest(name, "POST", target, "admin", "multipart/form-data; boundary=" + BOUNDARY,
        body.toByteArray(), field);
  }

  private void tasks(String taskId) {
    start("tasks");
    pathParam("POST", "/api/tasks/{id}/delegate", "sjzreviewer", "id", ids(), null, "{\"userId\":\"sjzreviewer\"}");
    String delegate = "/api/tasks/" + taskId + "/delegate";
    bodyField("POST", delegate, "sjzreviewer", params("userId", quoted("sjzreviewer")), "userId",
        join(quotedAll(join(INJECTIONS, ODD, List.of("", " ", "bdreviewer", "hereviewer", "zdclerk", HUGE,
            LONE_SURROGATE))), notText(), List.of("null")));
    bodies("POST", delegate, "sjzreviewer", "{\"userId\":\"nobody\"}", true);
    caseActions(taskId);
  }

  /** Return, co-reviewers and transfer (ADR 0016) on the same open review: none may go through. */
  private void caseActions(String taskId) {
    String task = "/api/tasks/" + taskId;
    for (String door : List.of("/actions", "/return-targets", "/co-reviewers")) {
      pathParam("GET", "/api/tasks/{id}" + door, "sjzreviewer", "id", ids(), null);
    }
    pathParam("POST", "/api/tasks/{id}/return", "sjzreviewer", "id", ids(), null,
        "{\"targetStep\":\"revise-application\",\"reason\":\"请补充\"}");
    pathParam("POST", "/api/tasks/{id}/co-reviewers", "sjzreviewer", "id", ids(), null,
        "{\"userId\":\"sjzreviewer2\",\"position\":\"AFTER\"}");
    pathParam("DELETE", "/api/tasks/{id}/co-reviewers/sjzreviewer2", "sjzreviewer", "id", ids(), null);
    pathParam("DELETE", task + "/co-reviewers/{user}", "sjzreviewer", "user", join(ids(), List.of("sjzreviewer2")),
        null);
    pathParam("POST", "/api/tasks/{id}/transfer", "sjzreviewer", "id", ids(), null,
        "{\"userId\":\"sjzreviewer2\",\"reason\":\"出差\"}");
    List<String> badReasons = join(quotedAll(List.of("", " ", HUGE, "意".repeat(2001), "请\u0000补充",
        LONE_SURROGATE)), notText(), List.of("null"));

    var ret = params("targetStep", quoted("revise-application"), "reason", quoted("请补充岗位职责"));
    bodyField("POST", task + "/return", "sjzreviewer", ret, "targetStep", join(quotedAll(join(INJECTIONS, ODD,
        List.of("", " ", "provincial-review", "municipal-review", "fill-application", HUGE, LONE_SURROGATE))),
        notText(), List.of("null")));
    bodyField("POST", task + "/return", "sjzreviewer", ret, "reason", badReasons);
    bodies("POST", task + "/return", "sjzreviewer", "{\"targetStep\":\"revise-application\"}", true);

    var add = params("userId", quoted("sjzreviewer2"), "position", quoted("AFTER"));
    List<String> notCoReviewers = join(quotedAll(join(INJECTIONS, ODD, List.of("", " ", "bdreviewer", "zzclerk",
        "hereviewer", "zdclerk", "sjzreviewer", "zdworker", "admin", "nobody", HUGE, LONE_SURROGATE))), notText(),
        List.of("null"));
    bodyField("POST", task + "/co-reviewers", "sjzreviewer", add, "userId", notCoReviewers);
    bodyField("POST", task + "/co-reviewers", "sjzreviewer", add, "position", join(notChoice(),
        List.of("\"before\"", "null")));
    bodies("POST", task + "/co-reviewers", "sjzreviewer", "{\"userId\":\"nobody\",\"position\":\"AFTER\"}",
        true);

    var transfer = params("userId", quoted("sjzreviewer2"), "reason", quoted("出差"));
    bodyField("POST", task + "/transfer", "sjzreviewer", transfer, "userId", join(quotedAll(join(INJECTIONS, ODD,
        List.of("", " ", "bdreviewer", "hereviewer", "sjzclerk", "zdclerk", "sjzreviewer", HUGE, LONE_SURROGATE))),
        notText(), List.of("null")));
    bodyField("POST", task + "/transfer", "sjzreviewer", transfer, "reason", join(quotedAll(List.of(HUGE,
        "意".repeat(2001), "请\u0000转办", LONE_SURROGATE)), notText()));
    bodies("POST", task + "/transfer", "sjzreviewer", "{\"userId\":\"nobody\"}", true);
  }
}
