package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadRequest.object;
import static cn.unionsw.platform.web.BadRequest.quoted;
import static cn.unionsw.platform.web.BadRequest.with;
import static cn.unionsw.platform.web.BadValues.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Malformed starts of a post application ({@code POST /engine-rest/process-definition/key/post-application/start}
 * as zdclerk) and completions of a municipal review ({@code POST /engine-rest/task/{id}/complete} as
 * sjzreviewer): one bad variable, name or body at a time in an otherwise valid request.
 */
final class EngineBadRequests {

  static final String START = "/engine-rest/process-definition/key/post-application/start";

  /** Straight to registering the posts, past the listeners that record and check the applicant. */
  static final String SKIP_TO_REGISTER = "{\"skipCustomListeners\":true,\"skipIoMappings\":true,"
      + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"register-posts\"}],"
      + "\"variables\":" + BadRequest.object(variables("unitCode", string("HE-SJZ-ZD-XCP"), "applicationType",
      string("NEW"), "requestedPosts", typed("1", "Integer"), "proposedGrade", string("ENTRY"))) + "}";

  /** A valid application, as PostApplicationIT starts them. */
  static final Map<String, String> APPLICATION = variables("unitCode", string("HE-SJZ-ZD-XCP"), "applicationType",
      string("NEW"), "requestedPosts", typed("1", "Integer"), "proposedGrade", string("ENTRY"), "duties",
      string("职工维权、集体协商指导"), "justification", string("园区新建，职工服务需求明显增长"));

  private EngineBadRequests() {
  }

  static List<BadRequest> starts() {
    List<BadRequest> all = new ArrayList<>();
    List<String> notCodes = join(quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, LONE_SURROGATE,
        "HE-SJZ-LC-LCZ", "HE-SJZ-ZD", "HE-SJZ-ZD-NOPE", "he-sjz-zd-xcp"))));
    variable(all, "start", START, "zdclerk", APPLICATION, "unitCode", join(strings(notCodes), wrongTypes("\"x\"")));
    List<String> notChoices = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, "new", "DELETE", "NEW ")));
    variable(all, "start", START, "zdclerk", APPLICATION, "applicationType",
        join(strings(notChoices), wrongTypes("\"NEW\""), List.of(typed("null", "String"))));
    variable(all, "start", START, "zdclerk", APPLICATION, "proposedGrade",
        join(strings(quotedAll(join(INJECTIONS, List.of("", HUGE, "entry", "LEVEL_9")))), wrongTypes("\"ENTRY\""),
            List.of(typed("null", "String"))));
    variable(all, "start", START, "zdclerk", APPLICATION, "requestedPosts",
        join(counts(1, 50), List.of(typed("null", "Integer"))));
    variable(all, "start", START, "zdclerk", APPLICATION, "employeeCount", counts(0, 10_000_000));
    for (String text : List.of("justification", "duties")) {
      variable(all, "start", START, "zdclerk", APPLICATION, text, List.of(string(HUGE), string("长".repeat(4001)),
          typed("1", "Integer"), typed("true", "Boolean"), objectVariable("java.util.HashMap")));
    }
    // What the process derives or takes from the login, and names it does not know.
    for (var extra : List.of(List.of("applicant", string("admin")), List.of("provincialGroup", string("HE-SJZ")),
        List.of("municipalGroup", string("HE-BD")), List.of("overQuota", typed("false", "Boolean")),
        List.of("maxPosts", typed("999", "Integer")), List.of("route", string("DIRECT_CITY")),
        List.of("reviewCount", typed("5", "Integer")), List.of("foo", string("bar")),
        List.of("${execution}", string("x")), List.of("' OR 1=1 --", string("x")),
        List.of("x".repeat(256), string("x")), List.of("", string("x")))) {
      String name = extra.get(0);
      all.add(BadRequest.json("start: extra " + clip(name) + "=" + clip(extra.get(1)), "POST", START, "zdclerk",
          body(with(APPLICATION, name, extra.get(1))), name.isEmpty() || name.length() > 64 ? null : name));
    }
    String application = object(APPLICATION);
    List<String> bodies = List.of("{\"variables\":[]}", "{\"variables\":\"x\"}",
        "{\"variables\":{\"unitCode\":\"HE-SJZ-ZD-XCP\"}}", "{\"variables\":" + application + ",\"businessKey\":"
            + quoted(HUGE) + "}",
        "{\"variables\":" + application + ",\"startInstructions\":" + instruction("startBeforeActivity", "nope") + "}",
        "{\"variables\":" + application + ",\"startInstructions\":" + instruction("nope", "municipal-review") + "}",
        "{\"variables\":" + application + ",\"startInstructions\":"
            + instruction("startBeforeActivity", "municipal-review") + "}",
        SKIP_TO_REGISTER,
        "{\"variables\":" + application + ",\"withVariablesInReturn\":\"maybe\"}", "{}", "{\"variables\":{}}");
    bodies(all, "start", START, "zdclerk", application, bodies);
    return all;
  }

  static final String DEFAULT_START = "/engine-rest/process-definition/key/contractor-default/start";

  /**
   * Malformed reports of a contractor default ({@code POST …/contractor-default/start} as zdclerk, the purchaser's
   * clerk): one bad variable, name or body at a time in a report of {@code contractId}, an ACTIVE contract of 正定县.
   */
  static List<BadRequest> defaultStarts(long contractId, long otherCountysContract) {
    List<BadRequest> all = new ArrayList<>();
    Map<String, String> report = variables("contractId", typed(String.valueOf(contractId), "Integer"),
        "defaultKind", string("WAGES"), "facts", string("自 8 月起拖欠两名工会社工工资"));
    variable(all, "report", DEFAULT_START, "zdclerk", report, "contractId", join(counts(1, Integer.MAX_VALUE),
        List.of(typed("null", "Integer"), typed(String.valueOf(Integer.MAX_VALUE - 7), "Integer"),
            typed(String.valueOf(otherCountysContract), "Integer"))));
    List<String> notKinds = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, "wages", "TAX", "WAGES ")));
    variable(all, "report", DEFAULT_START, "zdclerk", report, "defaultKind",
        join(strings(notKinds), wrongTypes("\"WAGES\""), List.of(typed("null", "String"))));
    variable(all, "report", DEFAULT_START, "zdclerk", report, "facts", List.of(string(""), string(" "), string(HUGE),
        string("实".repeat(2001)), typed("null", "String"), typed("1", "Integer"), typed("true", "Boolean"),
        objectVariable("java.util.HashMap")));
    // What the process derives (the order, the purchaser, the starter) is not the reporter's to give.
    for (var extra : List.of(List.of("reportedBy", string("sjzreviewer")), List.of("purchaserCode", string("HE-BD")),
        List.of("provinceCode", string("BJ")), List.of("correctionWorkingDays", typed("365", "Integer")),
        List.of("corrected", typed("true", "Boolean")), List.of("newContractorCreditCode", string("x")),
        List.of("caseNumber", string("违约〔2026〕正定 9999")), List.of("foo", string("bar")))) {
      all.add(BadRequest.json("report: extra " + extra.get(0), "POST", DEFAULT_START, "zdclerk",
          body(with(report, extra.get(0), extra.get(1))), extra.get(0)));
    }
    String valid = object(report);
    bodies(all, "report", DEFAULT_START, "zdclerk", valid, List.of("{\"variables\":[]}", "{}", "{\"variables\":{}}",
        "{\"variables\":" + valid + ",\"businessKey\":\"违约〔2026〕正定 0001\"}",
        "{\"variables\":" + valid + ",\"startInstructions\":" + instruction("startBeforeActivity", "terminate-contract")
            + "}"));
    return all;
  }

  static final String APPEAL_START = "/engine-rest/process-definition/key/evaluation-appeal/start";

  /**
   * Malformed appeals (Art. 28, {@code POST …/evaluation-appeal/start} as zdclerk for {@code workerId}, a worker of
   * 正定县 whose outcome of {@code year} is published): one bad variable, name or body at a time; none may file one.
   * {@code unpublished} is a year without a published outcome for that worker.
   */
  static List<BadRequest> appealStarts(String workerId, int year, int unpublished) {
    List<BadRequest> all = new ArrayList<>();
    Map<String, String> appeal = variables("workerId", string(workerId), "year", typed(String.valueOf(year), "Integer"),
        "reason", string("满意度测评有误，不应评为基本合格"));
    List<String> notWorkers = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, LONE_SURROGATE, "nobody",
        "zdclerk", "lcclerk", workerId.toUpperCase(), workerId + " ")));
    variable(all, "appeal", APPEAL_START, "zdclerk", appeal, "workerId",
        join(strings(notWorkers), wrongTypes(quoted(workerId)), List.of(typed("null", "String"))));
    variable(all, "appeal", APPEAL_START, "zdclerk", appeal, "year", join(counts(2017, 2100),
        List.of(typed("null", "Integer"), typed(String.valueOf(unpublished), "Integer"))));
    variable(all, "appeal", APPEAL_START, "zdclerk", appeal, "reason", List.of(string(""), string(" "), string(HUGE),
        string("理".repeat(2001)), typed("null", "String"), typed("1", "Integer"), typed("true", "Boolean"),
        objectVariable("java.util.HashMap"), javaSerialized()));
    // What the process derives (the reviewing union, the due date, the starter) is not the appellant's to give.
    for (var extra : List.of(List.of("filedBy", string("zdworker")), List.of("reviewerCode", string("HE-BD")),
        List.of("appealDueAt", string("2099-12-31T23:59:59+08:00")), List.of("appealId", typed("1", "Integer")),
        List.of("decision", string("UPHOLD")), List.of("revisedOutcome", string("EXCELLENT")),
        List.of("caseNumber", string("申诉〔2026〕正定 0001")), List.of("foo", string("bar")))) {
      all.add(BadRequest.json("appeal: extra " + extra.get(0), "POST", APPEAL_START, "zdclerk",
          body(with(appeal, extra.get(0), extra.get(1))), extra.get(0)));
    }
    String valid = object(appeal);
    bodies(all, "appeal", APPEAL_START, "zdclerk", valid, List.of("{\"variables\":[]}", "{}", "{\"variables\":{}}",
        "{\"variables\":" + valid + ",\"businessKey\":\"申诉〔2026〕正定 0001\"}",
        "{\"variables\":" + valid + ",\"startInstructions\":" + instruction("startBeforeActivity", "answer-appeal")
            + "}"));
    return all;
  }

  /**
   * Malformed answers to an appeal ({@code POST /engine-rest/task/{id}/complete} of appeal-review as sjzreviewer),
   * whose outcome under appeal is BASIC: one bad variable at a time; the review must stay open.
   */
  static List<BadRequest> appealAnswers(String taskId) {
    List<BadRequest> all = new ArrayList<>();
    String target = "/engine-rest/task/" + taskId + "/complete";
    Map<String, String> dismiss = variables("decision", string("DISMISS"), "reply", string("维持原评价结果"));
    List<String> notDecisions = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, "dismiss", "APPROVE",
        "REJECT", "DISMISS ")));
    variable(all, "answer", target, "sjzreviewer", dismiss, "decision",
        join(strings(notDecisions), wrongTypes("\"DISMISS\""), List.of(typed("null", "String"))));
    variable(all, "answer", target, "sjzreviewer", dismiss, "reply", List.of(string(""), string(" "), string(HUGE),
        string("答".repeat(4001)), typed("null", "String"), typed("1", "Integer"), typed("true", "Boolean"),
        objectVariable("java.util.ArrayList")));
    Map<String, String> uphold = variables("decision", string("UPHOLD"), "reply", string("改判"),
        "revisedOutcome", string("QUALIFIED"));
    variable(all, "answer", target, "sjzreviewer", uphold, "revisedOutcome", join(strings(quotedAll(join(INJECTIONS,
        ODD, List.of("", " ", "qualified", "OUTSTANDING", "BASIC")))), wrongTypes("\"QUALIFIED\""),
        List.of(typed("null", "String"))));
    all.add(BadRequest.json("answer: DISMISS with a revised outcome", "POST", target, "sjzreviewer",
        body(with(dismiss, "revisedOutcome", string("QUALIFIED"))), "revisedOutcome"));
    for (var extra : List.of(List.of("workerId", string("lcclerk")), List.of("reviewerCode", string("HE")),
        List.of("year", typed("2017", "Integer")), List.of("reason", string("改写的理由")),
        // Not 1: on a fresh database (this test first) the appeal answered here is appeal 1, and its own id sent back
        // unchanged is let through, as the kernel lets a form's read-only fields through.
        List.of("appealId", typed("2147483647", "Integer")), List.of("foo", string("bar")))) {
      all.add(BadRequest.json("answer: sealed " + extra.get(0), "POST", target, "sjzreviewer",
          body(with(dismiss, extra.get(0), extra.get(1))), extra.get(0)));
    }
    bodies(all, "answer", target, "sjzreviewer", object(dismiss), List.of("{\"variables\":[]}", "{}",
        "{\"variables\":{}}"));
    return all;
  }

  static final String ROUND_START = "/engine-rest/process-definition/key/post-procurement/start";

  /**
   * Malformed starts of a purchase round ({@code POST …/post-procurement/start} as dzclerk, Dingzhou's clerk): one
   * bad variable, name or body at a time; none may open a round.
   */
  static List<BadRequest> roundStarts(int year) {
    List<BadRequest> all = new ArrayList<>();
    Map<String, String> round = variables("roundYear", typed(String.valueOf(year), "Integer"),
        "serviceStart", string(year + "-01-01"));
    variable(all, "round", ROUND_START, "dzclerk", round, "roundYear", join(counts(2020, 2100),
        List.of(typed("null", "Integer"))));
    List<String> notDates = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, year + "-13-01", year + "-02-30",
        year + "/01/01", "01-01-" + year, (year + 5) + "-01-01", (year - 1) + "-12-31", year + "-1-1",
        year + "-01-01T00:00")));
    variable(all, "round", ROUND_START, "dzclerk", round, "serviceStart",
        join(strings(notDates), wrongTypes(quoted(year + "-01-01")), List.of(typed("null", "String"))));
    // What the round sets itself (its id, city, purchasers, plan, winner) is not the starter's to give.
    for (var extra : List.of(List.of("roundId", typed("987654", "Integer")), List.of("cityCode", string("HE-SJZ")),
        List.of("purchaser", string("HE-SJZ-ZD")), List.of("planSummary", string("x")),
        List.of("proposedWinner", string("91130100MA0000001X")), List.of("priceWeight", typed("20", "Integer")),
        List.of("caseNumber", string("岗购〔2026〕定州 9999")), List.of("purchaseRounds", string("x")))) {
      all.add(BadRequest.json("round: extra " + extra.get(0), "POST", ROUND_START, "dzclerk",
          body(with(round, extra.get(0), extra.get(1))), extra.get(0)));
    }
    String valid = object(round);
    bodies(all, "round", ROUND_START, "dzclerk", valid, List.of("{\"variables\":[]}", "{}", "{\"variables\":{}}",
        "{\"variables\":" + valid + ",\"businessKey\":\"岗购〔2026〕定州 0001\"}",
        "{\"variables\":" + valid + ",\"startInstructions\":" + instruction("startBeforeActivity", "award-contract")
            + "}"));
    return all;
  }

  /**
   * Malformed bids at a purchase round's record-bid task (as dzclerk): one bad field at a time of a bid by
   * {@code bidder}, a qualified contractor; none may be recorded.
   */
  static List<BadRequest> bids(String taskId, String bidder, String barred) {
    List<BadRequest> all = new ArrayList<>();
    String target = "/engine-rest/task/" + taskId + "/complete";
    Map<String, String> bid = variables("bidderCreditCode", string(bidder), "bidPrice", string("100000"),
        "subcontracting", typed("false", "Boolean"), "capabilityScores", string("80 85"),
        "qualityScores", string("82 84"), "benefitScores", string("78 80"), "moreBids", typed("true", "Boolean"));
    variable(all, "bid", target, "dzclerk", bid, "bidderCreditCode", join(strings(quotedAll(join(INJECTIONS, ODD,
        List.of("", " ", HUGE, bidder.substring(0, 17), bidder.substring(0, 17) + "I", barred,
            "91130100MA00000000")))), wrongTypes(quoted(bidder))));
    variable(all, "bid", target, "dzclerk", bid, "bidPrice", join(strings(quotedAll(List.of("", " ", "0", "-1",
        "1.234", "八十万", "1e5", "1000000000000", "NaN", "Infinity", "0x10", HUGE))), List.of(typed("100000", "Integer"),
        typed("100000.5", "Double"), typed("true", "Boolean"), typed("null", "String"))));
    for (String line : List.of("capabilityScores", "qualityScores", "benefitScores")) {
      variable(all, "bid", target, "dzclerk", bid, line, join(strings(quotedAll(List.of("", " ", "80", "80 85 90",
          "101 80", "-1 80", "八十 80", "80.555 80", HUGE))), List.of(typed("80", "Integer"), typed("null", "String"))));
    }
    variable(all, "bid", target, "dzclerk", bid, "subcontracting", List.of(string("false"), typed("0", "Integer"),
        typed("\"no\"", "Boolean")));
    for (var extra : List.of(List.of("roundId", typed("987654", "Integer")), List.of("proposedWinner", string(bidder)),
        List.of("priceWeight", typed("30", "Integer")), List.of("awardDecision", string("AWARD")),
        List.of("cityCode", string("HE-SJZ")))) {
      all.add(BadRequest.json("bid: sealed " + extra.get(0), "POST", target, "dzclerk",
          body(with(bid, extra.get(0), extra.get(1))), extra.get(0)));
    }
    bodies(all, "bid", target, "dzclerk", object(bid), List.of("{\"variables\":[]}"));
    return all;
  }

  static final String DAILY_START = "/engine-rest/process-definition/key/evaluation-daily-entry/start";

  /**
   * Malformed daily entries from Tasklist's start form ({@code POST …/evaluation-daily-entry/start} as zdclerk): one
   * bad variable, name or body at a time in an entry for the worker of {@code identity} (on post in 正定县 since
   * 2025-03-01); an entry for {@code otherCountys}, a worker of 栾城区, is not zdclerk's to make. None may record one.
   */
  static List<BadRequest> dailyEntryStarts(String identity, String otherCountys) {
    List<BadRequest> all = new ArrayList<>();
    Map<String, String> duty = variables("identityNumber", string(identity), "date", string("2025-06-30"), "kind",
        string("DUTY"), "rating", typed("4", "Long"), "note", string("按时完成走访"));
    String wrongCheck = identity.substring(0, 17) + (identity.endsWith("0") ? "1" : "0");
    variable(all, "daily entry", DAILY_START, "zdclerk", duty, "identityNumber", join(strings(quotedAll(join(
        INJECTIONS, ODD, List.of("", " ", HUGE, wrongCheck, identity.substring(0, 17), identity + "0")))),
        wrongTypes(quoted(identity)), List.of(typed("null", "String"))));
    all.add(BadRequest.json("daily entry: a worker of another county", "POST", DAILY_START, "zdclerk",
        body(with(duty, "identityNumber", string(otherCountys))), null));
    List<String> notDates = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, "2025-13-01", "2025-02-30",
        "2025/06/30", "30-06-2025", "2999-01-01", "2025-02-28", "2025-6-30", "2025-06-30T00:00")));
    variable(all, "daily entry", DAILY_START, "zdclerk", duty, "date", join(strings(notDates),
        wrongTypes(quoted("2025-06-30")), List.of(typed("null", "String"))));
    List<String> notKinds = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, "duty", "PRESENT", "DUTY ")));
    variable(all, "daily entry", DAILY_START, "zdclerk", duty, "kind", join(strings(notKinds),
        wrongTypes(quoted("DUTY")), List.of(typed("null", "String"))));
    variable(all, "daily entry", DAILY_START, "zdclerk", duty, "rating", join(counts(1, 5),
        List.of(typed("null", "Long"))));
    variable(all, "daily entry", DAILY_START, "zdclerk", duty, "attendance", List.of(string("PRESENT")));
    Map<String, String> attendance = variables("identityNumber", string(identity), "date", string("2025-06-30"),
        "kind", string("ATTENDANCE"), "attendance", string("PRESENT"), "note", string("到岗"));
    variable(all, "daily entry", DAILY_START, "zdclerk", attendance, "attendance", join(strings(quotedAll(join(
        INJECTIONS, List.of("", " ", HUGE, "present", "HOLIDAY")))), wrongTypes(quoted("PRESENT")),
        List.of(typed("null", "String"))));
    variable(all, "daily entry", DAILY_START, "zdclerk", attendance, "rating", List.of(typed("3", "Long")));
    variable(all, "daily entry", DAILY_START, "zdclerk", duty, "note", List.of(string(""), string(" "), string(HUGE),
        string("评".repeat(1001)), string("评".repeat(2001)), typed("null", "String"), typed("1", "Integer"),
        typed("true", "Boolean"), objectVariable("java.util.HashMap")));
    // What the process records itself, and names it does not know.
    for (var extra : List.of(List.of("workerId", typed("1", "Integer")), List.of("dailyEntryId", typed("1", "Integer")),
        List.of("caseNumber", string("日评〔2026〕正定 9999")), List.of("reviewCount", typed("0", "Integer")),
        List.of("foo", string("bar")), List.of("${execution}", string("x")))) {
      all.add(BadRequest.json("daily entry: extra " + extra.get(0), "POST", DAILY_START, "zdclerk",
          body(with(duty, extra.get(0), extra.get(1))), extra.get(0)));
    }
    String valid = object(duty);
    bodies(all, "daily entry", DAILY_START, "zdclerk", valid, List.of("{\"variables\":[]}", "{}",
        "{\"variables\":{}}", "{\"variables\":" + valid + ",\"businessKey\":\"日评〔2026〕正定 0001\"}",
        "{\"variables\":" + valid + ",\"startInstructions\":"
            + instruction("startBeforeActivity", "end-daily-entry-recorded") + "}"));
    return all;
  }

  static List<BadRequest> completions(String taskId) {
    List<BadRequest> all = new ArrayList<>();
    String target = "/engine-rest/task/" + taskId + "/complete";
    Map<String, String> approve = variables("decision", string("APPROVE"));
    List<String> notDecisions = quotedAll(join(INJECTIONS, ODD, List.of("", " ", HUGE, LONE_SURROGATE, "approve",
        "MAYBE", "APPROVE ")));
    variable(all, "complete", target, "sjzreviewer", approve, "decision",
        join(strings(notDecisions), wrongTypes("\"APPROVE\""), List.of(typed("null", "String"))));
    Map<String, String> reject = variables("decision", string("REJECT"), "comment", string("不符合条件"));
    variable(all, "complete", target, "sjzreviewer", reject, "comment", List.of(string(""), string(" "),
        string(HUGE), string("意".repeat(4001)), typed("null", "String"), typed("1", "Integer"),
        typed("true", "Boolean"), objectVariable("java.util.ArrayList")));
    all.add(BadRequest.json("complete: RETURN without comment", "POST", target, "sjzreviewer",
        body(variables("decision", string("RETURN"))), "comment"));
    // A review step declares only the decision and the comment: the kernel refuses anything else, naming it.
    for (var extra : List.of(List.of("provincialGroup", string("HE-SJZ")), List.of("unitCode", string("HE-SJZ-ZD-JG")),
        List.of("requestedPosts", typed("50", "Integer")), List.of("applicant", string("sjzreviewer")))) {
      all.add(BadRequest.json("complete: sealed " + extra.get(0), "POST", target, "sjzreviewer",
          body(with(approve, extra.get(0), extra.get(1))), extra.get(0)));
    }
    for (var extra : List.of(List.of("reviewCount", typed("5", "Integer")), List.of("foo", string("bar")),
        List.of("${execution}", string("x")), List.of("x".repeat(256), string("x")))) {
      String name = extra.get(0);
      all.add(BadRequest.json("complete: extra " + clip(name), "POST", target, "sjzreviewer",
          body(with(approve, name, extra.get(1))), name.length() > 64 ? null : name));
    }
    bodies(all, "complete", target, "sjzreviewer", object(approve), List.of("{\"variables\":[]}",
        "{\"variables\":\"x\"}", "{\"variables\":{\"decision\":\"APPROVE\"}}", "{}", "{\"variables\":{}}",
        "{\"variables\":" + object(approve) + ",\"withVariablesInReturn\":\"maybe\"}"));
    return all;
  }

  /** What Tasklist sends when a review form is submitted, tampered with. */
  static List<BadRequest> formSubmissions(String target) {
    List<BadRequest> all = new ArrayList<>();
    Map<String, String> reject = variables("decision", string("REJECT"), "comment", string("不符合条件"));
    for (var bad : List.of(List.of("decision", string("MAYBE")), List.of("decision", typed("4294967297", "Integer")),
        List.of("decision", javaSerialized()), List.of("comment", string(HUGE)), List.of("comment", string(" ")))) {
      all.add(BadRequest.json("form: " + bad.get(0) + "=" + clip(bad.get(1)), "POST", target, null,
          body(with(reject, bad.get(0), bad.get(1))), bad.get(0)));
    }
    for (String body : List.of("null", "{", "{\"variables\":[]}", "[]")) {
      all.add(BadRequest.json("form: body " + body, "POST", target, null, body, null));
    }
    return all;
  }

  // Building blocks

  private static void variable(List<BadRequest> all, String door, String target, String user,
      Map<String, String> valid, String name, List<String> values) {
    for (String value : values) {
      all.add(BadRequest.json(door + ": " + name + "=" + clip(value), "POST", target, user,
          body(with(valid, name, value)), name));
    }
  }

  private static void bodies(List<BadRequest> all, String door, String target, String user, String variables,
      List<String> more) {
    for (String body : join(List.of("null", "[]", "{", "\"x\"", "123", ""), more)) {
      all.add(BadRequest.json(door + ": body " + clip(body), "POST", target, user, body, null));
    }
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      all.add(new BadRequest(door + ": content type " + type, "POST", target, user, type,
          BadRequest.bytes("{\"variables\":" + variables + "}"), null));
    }
  }

  /** Whole numbers from {@code min} to {@code max}, as Camunda's typed values: outside, not whole, not numbers. */
  private static List<String> counts(long min, long max) {
    return List.of(typed(String.valueOf(min - 1), "Integer"), typed(String.valueOf(max + 1), "Integer"),
        typed("4294967297", "Integer"), typed("4294967297", "Long"), typed("-4294967297", "Long"),
        typed("4294967297", null), typed("99999", "Short"), typed("1.5", "Double"), typed("1e308", "Double"),
        typed("\"abc\"", "Integer"), string("abc"), string("1"), string("${1}"), string("' OR 1=1 --"),
        typed("true", "Boolean"), objectVariable("java.lang.Integer"));
  }

  /** A string variable's value given as another type. */
  private static List<String> wrongTypes(String valid) {
    return List.of(typed("1", "Integer"), typed("true", "Boolean"), typed("\"2026-01-01T00:00:00.000+0800\"", "Date"),
        typed(quoted("{\"a\":1}"), "Json"), typed(valid, "Nope"), typed("\"AAAA\"", "Bytes"),
        objectVariable("java.lang.String"), javaSerialized());
  }

  private static List<String> strings(List<String> quotedValues) {
    return quotedValues.stream().map(v -> typed(v, "String")).toList();
  }

  static String string(String value) {
    return typed(quoted(value), "String");
  }

  static String typed(String rawValue, String type) {
    return "{\"value\":" + rawValue + (type == null ? "" : ",\"type\":\"" + type + "\"") + "}";
  }

  /** An Object variable in JSON, the format Camunda accepts without Java serialization. */
  private static String objectVariable(String className) {
    return "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"" + className
        + "\",\"serializationDataFormat\":\"application/json\"}}";
  }

  /** A Java-serialized String ("a"): the classic carrier of deserialization attacks. */
  private static String javaSerialized() {
    return "{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
  }

  private static String instruction(String type, String activityId) {
    return "[{\"type\":\"" + type + "\",\"activityId\":\"" + activityId + "\"}]";
  }

  private static String body(Map<String, String> variables) {
    return "{\"variables\":" + object(variables) + "}";
  }

  private static Map<String, String> variables(String... nameValue) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      map.put(nameValue[i], nameValue[i + 1]);
    }
    return map;
  }

  private static List<String> quotedAll(List<String> values) {
    return values.stream().map(BadRequest::quoted).toList();
  }

  /** Payload names stay short: they are listed in reports and in {@link BadInputIT#AWAITING_KERNEL}. */
  static String clip(String text) {
    return text.length() <= 48 ? text : text.substring(0, 40) + "…(" + text.length() + ")";
  }
}
