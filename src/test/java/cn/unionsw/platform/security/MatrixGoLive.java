package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * What the going-live doors (ADR 0019) are given in the matrix: an organisation file and a users file whose second
 * load changes nothing (so every allowed cell answers 200 whoever ran first), a fresh account for each cell that may
 * create one, and a fresh user of 石家庄 for each cell that may move one.
 */
final class MatrixGoLive {

  /** A county of 唐山 of the matrix's own. */
  static final byte[] ORGS = ("组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n"
      + "HE-TS-MX,HE-TS,矩阵县总工会,县级工会,,,\n"
      + "HE-TS-MX-MXZ,HE-TS-MX,矩阵镇工会,乡镇（街道）工会,12,800,700\n").getBytes(StandardCharsets.UTF_8);
  /** A clerk of 栾城区 of the matrix's own, with an initial password. */
  static final byte[] USERS = ("平台账号,姓名,组织代码,角色,电子邮箱,初始密码\n"
      + "mxclerk,矩阵经办,HE-SJZ-LC,县级经办,,Matrix-Clerk-2026!\n").getBytes(StandardCharsets.UTF_8);
  /** A new user: {@code {newUser}} is an account nobody has. */
  static final String CREATE = "{\"userId\":\"{newUser}\",\"name\":\"矩阵新人\",\"orgCode\":\"HE-SJZ-ZD\","
      + "\"role\":\"县级经办\"}";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final TestRestTemplate rest;

  MatrixGoLive(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** {newUser}: an account nobody has yet. */
  Setup newUser() {
    return Matrix.sharedByRefusals(user -> Map.of("newUser", "mxnew" + NEXT.incrementAndGet()));
  }

  /** {mover}: a fresh reviewer of 石家庄, created by the administrator. */
  Setup mover() {
    return Matrix.sharedByRefusals(user -> {
      String id = "mxmove" + NEXT.incrementAndGet();
      var created = Api.as(rest, "admin").post("/api/admin/users", Map.of("userId", id, "name", "矩阵调动",
          "orgCode", "HE-SJZ", "role", "市级审核"));
      assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
      return Map.of("mover", id);
    });
  }
}
