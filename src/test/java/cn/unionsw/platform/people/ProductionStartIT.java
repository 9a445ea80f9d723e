package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.NodeDatabase;
import cn.unionsw.platform.support.PlatformNode;
import cn.unionsw.platform.support.ReadmeSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A province going live on a production start: the packaged platform as its own process, no demo data, nothing but
 * the first administrator from {@code ADMIN_USER}/{@code ADMIN_PASSWORD}. On the MySQL run the database and its user
 * are made by the README's step 2 as written, and the platform connects as that user with the README's variables
 * ({@code SPRING_PROFILES_ACTIVE=mysql}, {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}). The administrator
 * loads Hebei's whole tree (about 2,570 organisations) and a user for the province, each city and each county through
 * {@code /api}, a county clerk logs in with the password generated for them, and the same files loaded again change
 * nothing. The times go to {@code target/golive-benchmark-<h2|mysql>.txt} (docs/benchmarks.md).
 */
@ExtendWith(TestDatabase.class)
class ProductionStartIT {

  private static final String ADMIN = "golive";
  private static final String ADMIN_PASSWORD = "Go-Live-Admin-2026!";
  private static final String ZHENGDING = "130123";

  private PlatformNode node;
  private Runnable dropDatabase = () -> { };

  @AfterEach
  void stop() {
    if (node != null) {
      node.kill();
    }
    dropDatabase.run();
  }

  @Test
  void shouldGoLiveWithHebeisTreeAndItsUsersOnAnEmptyProductionStart() {
    HebeiTree hebei = new HebeiTree();
    node = TestDatabase.isMySql() ? PlatformNode.start(1, List.of(), mySqlByTheReadme())
        : PlatformNode.start(1, h2Arguments(), Map.of("ADMIN_USER", ADMIN, "ADMIN_PASSWORD", ADMIN_PASSWORD));
    Api admin = Api.as(node.rest(), ADMIN, ADMIN_PASSWORD);
    assertThat(admin.get("/api/orgs").getBody()).as("no organisations").isEmpty();
    assertThat(admin.get("/engine-rest/user/count").getBody().path("count").asInt()).as("no user but the first")
        .isEqualTo(1);

    Timed orgs = upload(admin, "/api/admin/orgs/import", "河北省组织.csv", hebei.organisations());
    Timed users = upload(admin, "/api/admin/users/import", "河北省用户.csv", hebei.users());

    assertThat(orgs.answer().path("created").asInt()).isEqualTo(hebei.organisationCount());
    assertThat(users.answer().path("created").asInt()).isEqualTo(hebei.userCount());
    assertThat(users.answer().path("passwords")).hasSize(hebei.userCount());
    String clerk = HebeiTree.clerk(ZHENGDING);
    String password = passwordOf(users.answer(), clerk);
    String county = HebeiTree.countyCode(ZHENGDING, "1301");
    Api zhengding = Api.as(node.rest(), clerk, password);
    assertThat(zhengding.get("/api/orgs").getBody()).extracting(org -> org.path("code").asText() + " "
        + org.path("name").asText()).containsExactly(county + " 正定县总工会");
    assertThat(zhengding.get("/api/orgs?parent=" + county).getBody()).hasSize((int) hebei.townshipsOf(ZHENGDING));
    assertThat(zhengding.get("/api/orgs?parent=HE-1301").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(node.rest(), "r1301", passwordOf(users.answer(), "r1301")).get("/api/orgs?parent=" + county)
        .getStatusCode()).as("石家庄's reviewer reaches 正定县").isEqualTo(HttpStatus.OK);

    Timed orgsAgain = upload(admin, "/api/admin/orgs/import", "河北省组织.csv", hebei.organisations());
    Timed usersAgain = upload(admin, "/api/admin/users/import", "河北省用户.csv", hebei.users());

    assertThat(orgsAgain.answer().path("unchanged").asInt()).isEqualTo(hebei.organisationCount());
    assertThat(usersAgain.answer().path("unchanged").asInt()).isEqualTo(hebei.userCount());
    assertThat(usersAgain.answer().path("passwords")).isEmpty();
    assertThat(zhengding.get("/api/orgs").getStatusCode()).isEqualTo(HttpStatus.OK);
    record(hebei, orgs, users, orgsAgain, usersAgain);
  }

  /** README step 2 as written, for a database and user of this run's own; the README's variables for the node. */
  private Map<String, String> mySqlByTheReadme() {
    String database = TestDatabase.databaseBeside("golive");
    String user = database.length() <= 32 ? database : database.substring(database.length() - 32);
    String password = "Db-" + UUID.randomUUID().toString().substring(0, 8) + "-Go!";
    Map<String, String> chosen = Map.of("DB_NAME", database, "DB_USER", user, "DB_PASSWORD", password);
    String drop = "sudo mysql -e \"DROP DATABASE IF EXISTS \\`$DB_NAME\\`; DROP USER IF EXISTS '$DB_USER'@'127.0.0.1';\"";
    ReadmeSteps.run(drop, chosen);
    dropDatabase = () -> ReadmeSteps.run(drop, chosen);
    ReadmeSteps.run(ReadmeSteps.block("database"), chosen);
    String url = System.getProperty("it.mysql.url").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    try (var connection = DriverManager.getConnection(url, user, password);
        var collation = connection.createStatement().executeQuery("select @@collation_database")) {
      collation.next();
      assertThat(collation.getString(1)).as("the README's database").isEqualTo("utf8mb4_bin");
    } catch (SQLException e) {
      throw new AssertionError("the README's user cannot connect over TCP as Connector/J does", e);
    }
    assertThat(ReadmeSteps.block("start")).contains("SPRING_PROFILES_ACTIVE=mysql", "DB_URL=", "ADMIN_USER=",
        "ADMIN_PASSWORD=");
    return Map.of("SPRING_PROFILES_ACTIVE", "mysql", "DB_URL", url, "DB_USER", user, "DB_PASSWORD", password,
        "ADMIN_USER", ADMIN, "ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  /** The default profile on an empty H2 file database, without the demo data: production as H2 can be. */
  private static List<String> h2Arguments() {
    List<String> arguments = new ArrayList<>(NodeDatabase.fresh("golive").nodeArguments());
    arguments.add("--platform.demo-data.enabled=false");
    return arguments;
  }

  private record Timed(JsonNode answer, long millis) {
  }

  private static Timed upload(Api admin, String path, String name, String csv) {
    long start = System.nanoTime();
    ResponseEntity<JsonNode> answer = admin.upload(path, name, csv.getBytes(StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return new Timed(answer.getBody(), millis);
  }

  private static String passwordOf(JsonNode result, String user) {
    for (JsonNode entry : result.path("passwords")) {
      if (entry.path("userId").asText().equals(user)) {
        return entry.path("password").asText();
      }
    }
    throw new AssertionError("no password generated for " + user);
  }

  private static void record(HebeiTree hebei, Timed orgs, Timed users, Timed orgsAgain, Timed usersAgain) {
    String run = TestDatabase.isMySql() ? "mysql" : "h2";
    String line = String.format("golive [%s]: %d organisations %d ms, again %d ms; %d users %d ms, again %d ms%n", run,
        hebei.organisationCount(), orgs.millis(), orgsAgain.millis(), hebei.userCount(), users.millis(),
        usersAgain.millis());
    System.out.print(line);
    try {
      Files.writeString(Path.of("target", "golive-benchmark-" + run + ".txt"), line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
