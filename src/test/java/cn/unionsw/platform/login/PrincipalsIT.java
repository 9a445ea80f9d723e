package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A login the node remembers (ADR 0025: the same name and password against the same stored hash need no second full
 * check) still gives way at once to everything that changes who the caller is: a new password, a lock, a membership
 * taken away, the user deleted. And the engine's checks skip revocations only because none can be written.
 */
@PlatformIT
class PrincipalsIT {

  private static final String PASSWORD = "Str0ng!Passw0rd";
  private static final String METRICS = "/actuator/prometheus";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  LoginProperties login;
  @Autowired
  LoginLockMapper locks;
  @Autowired
  PrincipalReads reads;
  @Autowired
  DataSource dataSource;

  private String user;

  @AfterEach
  void removeUser() {
    if (user != null) {
      locks.forget(user);
      identityService.deleteUser(user);
    }
  }

  @Test
  void shouldRefuseTheOldPasswordAtOnceAfterAChange() {
    user = createUser();
    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

    var changed = identityService.createUserQuery().userId(user).singleResult();
    changed.setPassword("N3w!Passw0rd-" + UUID.randomUUID());
    identityService.saveUser(changed);

    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseARememberedPasswordOnceTheNameIsLocked() {
    user = createUser();
    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (int i = 0; i < login.maxFailures(); i++) {
      assertThat(metrics(user, "guess" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    ResponseEntity<String> locked = metrics(user, PASSWORD);

    assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(locked.getBody()).contains("login_locked");
  }

  @Test
  void shouldForgetFailuresOnTheNextGoodLoginAsBefore() {
    user = createUser();
    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    metrics(user, "guess");
    assertThat(locks.find(user).failures()).isEqualTo(1);

    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(locks.find(user)).isNull();
  }

  @Test
  void shouldReadTheCallerInAutocommitWithoutATransactionOfItsOwn() throws SQLException {
    // MySQL/MariaDB: the application's pool is out of autocommit on the server (ADR 0034), so the read has its own.
    assertThat(reads.ownPool()).isEqualTo(TestDatabase.isMySql());
    assertThat(dataSource.unwrap(HikariDataSource.class).isAutoCommit()).isNotEqualTo(reads.ownPool());
    user = createUser();

    assertThat(reads.find(user)).singleElement().satisfies(row -> {
      assertThat(row.userId()).isEqualTo(user);
      assertThat(row.groupId()).isEqualTo(Roles.MONITORING);
      assertThat(row.lockRow()).isNull();
    });
    assertThat(reads.find("nobody-" + UUID.randomUUID())).isEmpty();
    // Its own pool is watched beside the application's (hikaricp_* by pool).
    assertThat(metrics(user, PASSWORD).getBody().contains("pool=\"" + PrincipalReads.POOL + "\""))
        .isEqualTo(reads.ownPool());
  }

  @Test
  void shouldTakeAMembershipAwayAtOnce() {
    user = createUser();
    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteMembership(user, Roles.MONITORING);

    assertThat(metrics(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldRefuseADeletedUserAtOnce() {
    String gone = createUser();
    assertThat(metrics(gone, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteUser(gone);

    assertThat(metrics(gone, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(rest, gone, PASSWORD).get("/engine-rest/task/count").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseEveryPasswordOfAUserWhoHasNone() {
    user = "principal" + UUID.randomUUID().toString().substring(0, 8);
    var created = identityService.newUser(user);
    created.setFirstName("测试");
    created.setLastName("用户");
    identityService.saveUser(created);

    ResponseEntity<String> answer = metrics(user, "anything");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getBody()).contains("unauthorized");
  }

  @Test
  void shouldRefuseRevokeAuthorizationsWhicheverTheDoor() {
    ResponseEntity<JsonNode> created = Api.as(rest, "admin").post("/engine-rest/authorization/create", Map.of(
        "type", Authorization.AUTH_TYPE_REVOKE, "permissions", new String[] {"READ"}, "userId", "hereviewer",
        "resourceType", 6, "resourceId", "*"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(created.getBody().path("field").asText()).isEqualTo("type");
    assertThat(created.getBody().path("message").asText()).contains("REVOKE");
    assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
        .count()).isZero();
  }

  private ResponseEntity<String> metrics(String userId, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(userId, password);
    return rest.exchange(METRICS, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** A member of the monitoring group, which alone (with administrators) may read the metrics. */
  private String createUser() {
    String id = "principal" + UUID.randomUUID().toString().substring(0, 8);
    var created = identityService.newUser(id);
    created.setFirstName("测试");
    created.setLastName("用户");
    created.setPassword(PASSWORD);
    identityService.saveUser(created);
    identityService.createMembership(id, Roles.MONITORING);
    return id;
  }
}
