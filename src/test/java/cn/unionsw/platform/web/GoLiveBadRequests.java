package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadRequest.quoted;
import static cn.unionsw.platform.web.BadValues.*;

import cn.unionsw.platform.procurement.Xlsx;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Malformed requests to the going-live doors (ADR 0019): organisation and users files with one kind of bad row each,
 * or no file at all, refused whole naming {@code file}; a user created or moved with one bad field, refused naming
 * it. Nothing may be written: no organisation, group, user or membership.
 */
final class GoLiveBadRequests extends BadRequestGroups {

  private static final String BOUNDARY = "unionsw-go-live";
  private static final String ORGS = "/api/admin/orgs/import";
  private static final String USERS = "/api/admin/users/import";
  private static final String ORG_HEADER = "组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n";
  private static final String USER_HEADER = "平台账号,姓名,组织代码,角色,电子邮箱,初始密码\n";

  static Map<String, List<BadRequest>> all() {
    GoLiveBadRequests requests = new GoLiveBadRequests();
    requests.orgFiles();
    requests.userFiles();
    requests.oneUser();
    return requests.groups();
  }

  private void orgFiles() {
    start("going live: organisation files");
    String good = "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,坏输入镇工会,TOWNSHIP_STREET,1,10,10\n";
    for (String rows : List.of(
        "HE-SJZ-XX-BADGL,HE-SJZ-XX,未知上级,TOWNSHIP_STREET,1,10,10\n",
        "HE-BD-BADGL,HE-SJZ,不在上级之下,COUNTY,,,\n",
        good + good,
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,未知类型,VILLAGE,1,10,10\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,负数,TOWNSHIP_STREET,-1,10,10\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,非整数,TOWNSHIP_STREET,1,1.5,10\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,太大,TOWNSHIP_STREET,1,4294967297,10\n",
        "HE-SJZ-ZD-ZDZ,HE-SJZ-ZD,正定镇工会,DEV_ZONE,126,1850,1620\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,市级工会,CITY,,,\n",
        "HE-SJZ-BADGL,,没有上级,COUNTY,,,\n",
        "he-sjz-badgl,HE-SJZ,小写代码,COUNTY,,,\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,,TOWNSHIP_STREET,1,10,10\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD," + "名".repeat(129) + ",TOWNSHIP_STREET,1,10,10\n",
        "HE-SJZ-ZD-BADGL,HE-SJZ-ZD,控制\u0000字符,TOWNSHIP_STREET,1,10,10\n",
        "' OR 1=1 --,HE-SJZ-ZD,${1+1},TOWNSHIP_STREET,1,10,10\n",
        good + "HE-SJZ-ZD-BADGL2,HE-SJZ-ZD,坏的一行,VILLAGE,1,10,10\n")) {
      add(upload("organisation row", ORGS, "组织.csv", bytes(ORG_HEADER + rows), "file"));
    }
    for (byte[] file : List.of(bytes("a,b,c\n" + good), bytes(ORG_HEADER), bytes("\n\n\n"), bytes(HUGE),
        ("\uFEFF" + ORG_HEADER + good).getBytes(StandardCharsets.UTF_16LE))) {
      add(upload("organisation file", ORGS, "组织.csv", file, "file"));
    }
    add(upload("organisation file", ORGS, "组织.xlsx", Xlsx.sheet(List.of(List.of("组织代码", "名称"))), "file"));
    add(upload("organisation file", ORGS, "组织.xlsx", bytes(ORG_HEADER + good), "file"));
    add(upload("organisation file", ORGS, "组织.xls", bytes(ORG_HEADER + good), "file"));
    add(upload("organisation file", ORGS, "组织.txt", bytes(ORG_HEADER + good), "file"));
    add(new BadRequest("no file part", "POST", ORGS, "admin", "multipart/form-data; boundary=" + BOUNDARY,
        BadRequest.bytes("--" + BOUNDARY + "--\r\n"), null));
    bodies("POST", ORGS, "admin", null, false);
  }

  private void userFiles() {
    start("going live: users files");
    String good = "badglok,坏输入好行,HE-SJZ-ZD,县级经办,,\n";
    for (String rows : List.of(
        "bad-id,连字符,HE-SJZ-ZD,县级经办,,\n",
        "坏账号,中文账号,HE-SJZ-ZD,县级经办,,\n",
        "badglx,,HE-SJZ-ZD,县级经办,,\n",
        "badglx,未知组织,HE-SJZ-NOPE,县级经办,,\n",
        "badglx,未知角色,HE-SJZ-ZD,科长,,\n",
        "badglx,社工在县,HE-SJZ-ZD,社工,,\n",
        "badglx,省级在市,HE-SJZ,省级审核,,\n",
        "badglx,管理员有组织,HE,平台管理员,,\n",
        "badglx,坏邮箱,HE-SJZ-ZD,县级经办,not-an-email,\n",
        "badglx,弱密码,HE-SJZ-ZD,县级经办,,abc\n",
        good + "BADGLOK,重复账号,HE-SJZ-LC,县级经办,,\n",
        good + "badglx2,坏的一行,HE-SJZ-ZD,处长,,\n",
        "admin,取消最后的管理员,HE-SJZ,市级审核,,\n")) {
      add(upload("user row", USERS, "用户.csv", bytes(USER_HEADER + rows), "file"));
    }
    for (byte[] file : List.of(bytes("a,b,c\n" + good), bytes(USER_HEADER), bytes(HUGE),
        Xlsx.sheet(List.of(List.of("平台账号", "姓名"))))) {
      add(upload("users file", USERS, "用户.xlsx", file, "file"));
    }
    add(new BadRequest("no file part", "POST", USERS, "admin", "multipart/form-data; boundary=" + BOUNDARY,
        BadRequest.bytes("--" + BOUNDARY + "--\r\n"), null));
    bodies("POST", USERS, "admin", null, false);
  }

  private void oneUser() {
    start("going live: one user");
    String create = "/api/admin/users";
    var user = params("userId", quoted("badglnew"), "name", quoted("坏输入新人"), "orgCode", quoted("HE-SJZ-ZD"),
        "role", quoted("县级经办"));
    bodyField("POST", create, "admin", user, "userId", join(quotedAll(List.of("", " ", "zhang-san", "张三",
        "a".repeat(65), "reviewer", "zdclerk", HUGE, FOUR_BYTE, "\u0000")), quotedAll(INJECTIONS), notText(),
        List.of("null")));
    bodyField("POST", create, "admin", user, "name", join(quotedAll(List.of("", " ", "名".repeat(65), HUGE,
        "控制\u0000字符")), notText(), List.of("null")));
    bodyField("POST", create, "admin", user, "orgCode", join(quotedAll(join(codes(), List.of("HE-NOPE",
        "HE-SJZ-NOPE"))), notText(), List.of("null")));
    bodyField("POST", create, "admin", user, "role", join(quotedAll(join(choices(), List.of("科长", "县级社工",
        "社工", "省级审核", ""))), notText(), List.of("null")));
    bodyField("POST", create, "admin", user, "email", join(quotedAll(List.of("x", "a@b", "@x.cn", HUGE,
        "a\u0000@x.cn")), notText()));
    bodyField("POST", create, "admin", user, "password", join(quotedAll(List.of("short", "alllowercase12!",
        "NoDigits-Here!", "badglnew-Passw0rd!")), notText()));
    bodies("POST", create, "admin", BadRequest.object(user), true);

    String target = "/api/admin/users/lcclerk";
    var move = params("orgCode", quoted("HE-SJZ-LC"), "role", quoted("县级经办"));
    pathParam("PUT", "/api/admin/users/{id}", "admin", "id", join(ids(), List.of("nobody")), null,
        BadRequest.object(move));
    bodyField("PUT", target, "admin", move, "orgCode", join(quotedAll(join(codes(), List.of("HE-NOPE",
        "HE-SJZ-LC-NOPE"))), notText(), List.of("null")));
    bodyField("PUT", target, "admin", move, "role", join(quotedAll(join(choices(), List.of("科长", "社工",
        "省级审核"))), notText(), List.of("null")));
    bodyField("PUT", target, "admin", move, "name", join(quotedAll(List.of("", " ", HUGE, "控制\u0000字符")),
        notText()));
    bodyField("PUT", target, "admin", move, "email", join(quotedAll(List.of("x", HUGE)), notText()));
    bodyField("PUT", target, "admin", move, "password", quotedAll(List.of("New-Passw0rd-2026!")));
    bodies("PUT", target, "admin", BadRequest.object(move), true);
    pathParam("GET", "/api/admin/users/{id}", "admin", "id", join(ids(), List.of("nobody")), null);
  }

  /** A multipart upload of one file in the field {@code file}, under the name given, as a browser sends it. */
  private static BadRequest upload(String name, String target, String fileName, byte[] file, String field) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new BadRequest(name, "POST", target, "admin", "multipart/form-data; boundary=" + BOUNDARY,
        body.toByteArray(), field);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
