package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.MovableClock;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
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
 * Nobody can lock a user out for good: wrong passwords lock a name for a while, through either door (HTTP Basic,
 * the web apps' login form), an address that tries many names is held back, and an administrator can unlock at
 * once, on the record. Attackers come from their own addresses (X-Forwarded-For, trusted from the loopback proxy
 * as from nginx), so that the other tests' address is never throttled.
 */
@PlatformIT
class LoginProtectionIT {

  private static final String PASSWORD = "Str0ng!Passw0rd";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  HistoryService historyService;
  @Autowired
  MovableClock clock;
  @Autowired
  LoginProperties login;
  @Autowired
  LoginLockMapper locks;

  @AfterEach
  void putTheClockBackAndAdminIn() {
    clock.reset();
    locks.forget("admin");
  }

  @Test
  void shouldNotLetAnAnonymousCallerLockTheAdministratorForGood() {
    String attacker = newAddress();
    // Two rounds of locks, as many wrong passwords as Camunda's own lock (10 then) took to lock admin for good.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < login.maxFailures(); i++) {
        assertThat(basic(attacker, "admin", "guess" + i).getBody().path("error").asText()).isEqualTo("unauthorized");
      }

      assertLocked(basic(newAddress(), "admin", Api.DEMO_PASSWORD));
      clock.moveBy(login.lockDuration().plusSeconds(1));
    }

    assertThat(basic(newAddress(), "admin", Api.DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldAnswerForANameThatIsNoOnesExactlyAsForAUser() {
    String user = createUser();
    String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
    String attacker = newAddress();
    // Both locks set and read at one instant: Retry-After is whole seconds, which real time could round apart.
    clock.stop();
    for (int i = 0; i < login.maxFailures(); i++) {
      basic(attacker, user, "guess" + i);
      basic(attacker, nobody, "guess" + i);
    }

    var forUser = basic(attacker, user, PASSWORD);
    var forNobody = basic(attacker, nobody, PASSWORD);

    assertLocked(forUser);
    assertThat(forNobody.getStatusCode()).isEqualTo(forUser.getStatusCode());
    assertThat(forNobody.getBody()).isEqualTo(forUser.getBody());
    assertThat(forNobody.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
        .isEqualTo(forUser.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
  }

  @Test
  void shouldLetAnAdministratorUnlockAtOnceOnTheRecord() {
    String user = createUser();
    lockOut(user);
    Date before = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    var unlock = Api.as(rest, "admin").post("/api/users/" + user + "/unlock", null);

    assertThat(unlock.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(basic(newAddress(), user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertUnlockRecorded(user, before);
  }

  @Test
  void shouldKeepCamundaAdminsUnlockButtonWorking() {
    String user = createUser();
    lockOut(user);
    Date before = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    var unlock = WebAppSession.login(rest, "admin", Api.DEMO_PASSWORD)
        .post("/camunda/api/engine/engine/default/user/" + user + "/unlock", "{}");

    assertThat(unlock.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(basic(newAddress(), user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertUnlockRecorded(user, before);
  }

  @Test
  void shouldLetOnlyAdministratorsUnlockAndNameNoMissingUser() {
    var byReviewer = Api.as(rest, "hereviewer").post("/api/users/admin/unlock", null);
    var missing = Api.as(rest, "admin").post("/api/users/nosuchuser" + UUID.randomUUID().toString()
        .substring(0, 8) + "/unlock", null);

    assertThat(byReviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byReviewer.getBody().path("error").asText()).isEqualTo("forbidden");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody().path("error").asText()).isEqualTo("user_not_found");
  }

  @Test
  void shouldGuardTheWebAppLoginFormToo() {
    String user = createUser();
    String attacker = newAddress();
    for (int i = 0; i < login.maxFailures(); i++) {
      assertThat(WebAppSession.tryLogin(rest, user, "guess" + i, attacker).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    var rightDuringLock = WebAppSession.tryLogin(rest, user, PASSWORD, newAddress());

    assertLocked(rightDuringLock);
    assertLocked(basic(newAddress(), user, PASSWORD));
    clock.moveBy(login.lockDuration());
    WebAppSession.login(rest, user, PASSWORD);
  }

  @Test
  void shouldHoldBackAnAddressThatTriesManyNames() {
    String user = createUser();
    String sprayer = newAddress();
    for (int i = 0; i < login.sourceMaxFailures(); i++) {
      assertThat(basic(sprayer, "name" + i + "x" + ADDRESSES.get(), "guess").getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    var fromSprayer = basic(sprayer, user, PASSWORD);
    var formFromSprayer = WebAppSession.tryLogin(rest, user, PASSWORD, sprayer);

    assertThat(fromSprayer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(fromSprayer.getBody().path("error").asText()).isEqualTo("login_throttled");
    assertThat(fromSprayer.getBody().path("message").asText()).contains("暂时");
    assertThat(Long.parseLong(fromSprayer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
        .isBetween(1L, login.sourceWindow().toSeconds());
    assertThat(formFromSprayer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(basic(newAddress(), user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    clock.moveBy(login.sourceWindow());
    assertThat(basic(sprayer, user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void assertLocked(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
    assertThat(response.getBody().path("error").asText()).isEqualTo("login_locked");
    assertThat(response.getBody().path("message").asText()).contains("暂时锁定", "分钟后再试");
    assertThat(Long.parseLong(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
        .isBetween(1L, login.lockDuration().toSeconds());
  }

  private void assertUnlockRecorded(String user, Date notBefore) {
    var entries = historyService.createUserOperationLogQuery().entityType(EntityTypes.USER)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_UNLOCK).userId("admin").listPage(0, 1000).stream()
        .filter(entry -> user.equals(entry.getNewValue()))
        .toList();
    assertThat(entries).singleElement().satisfies(entry -> {
      assertThat(entry.getProperty()).isEqualTo("userId");
      assertThat(entry.getTimestamp()).isAfterOrEqualTo(notBefore);
    });
  }

  private void lockOut(String user) {
    String attacker = newAddress();
    for (int i = 0; i < login.maxFailures(); i++) {
      basic(attacker, user, "guess" + i);
    }
    assertLocked(basic(newAddress(), user, PASSWORD));
  }

  private ResponseEntity<JsonNode> basic(String address, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.add("X-Forwarded-For", address);
    return rest.exchange("/api/orgs", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }

  private static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }

  private String createUser() {
    String id = "login" + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, Roles.CLERK);
    identityService.createMembership(id, "HE-SJZ-LC");
    return id;
  }
}
