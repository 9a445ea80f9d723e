package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Posts approved before the platform, loaded by an administrator so that quotas count them from the first day. */
@PlatformIT
class PostImportIT {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  PostImport postImport;

  @Test
  void shouldGiveEachUnitExactlyTheFilesPostsHoweverOftenItIsLoaded() {
    String file = """
        unit_code,grade,posts
        HE-TS-QA-QAZ,ENTRY,2
        HE-TS-QA-QAZ,LEVEL_3,1
        HE-BD-LZ-DXJD,ENTRY,1
        """;

    var first = load(file);
    var again = load(file);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody().path("units").asInt()).isEqualTo(2);
    assertThat(first.getBody().path("posts").asInt()).isEqualTo(4);
    assertThat(again.getBody().path("importId").asLong()).isGreaterThan(first.getBody().path("importId").asLong());
    JsonNode posts = Api.as(rest, "admin").get("/api/posts?org=HE-TS-QA-QAZ").getBody();
    assertThat(posts).hasSize(3).allSatisfy(post -> assertThat(post.path("createdByInstance").asText())
        .isEqualTo("import:" + again.getBody().path("importId").asText()));
    assertThat(posts).extracting(post -> post.path("grade").asText()).containsExactly("ENTRY", "ENTRY", "LEVEL_3");

    load("unit_code,grade,posts\nHE-TS-QA-QAZ,ENTRY,0\nHE-TS-QA-QAZ,LEVEL_3,1\n");
    assertThat(Api.as(rest, "admin").get("/api/posts?org=HE-TS-QA-QAZ").getBody())
        .extracting(post -> post.path("grade").asText()).containsExactly("LEVEL_3");
    assertThat(Api.as(rest, "admin").get("/api/posts?org=HE-BD-LZ-DXJD").getBody()).as("not in the file: kept")
        .hasSize(1);
  }

  @Test
  void shouldNotDoubleAUnitsPostsWhenTwoAdministratorsLoadItAtOnce() throws Exception {
    String file = "unit_code,grade,posts\nHE-XJ-XJJD,ENTRY,1\nHE-XJ-XJJD,LEVEL_3,1\n";
    CyclicBarrier together = new CyclicBarrier(2);
    // Straight to the service: the HTTP login in front of it spreads the two loads too far apart to overlap.
    Callable<HttpStatusCode> loadTogether = () -> {
      together.await(30, TimeUnit.SECONDS);
      postImport.replace(file, "admin");
      return HttpStatus.OK;
    };

    ExecutorService admins = Executors.newFixedThreadPool(2);
    try {
      // Several rounds: one pair of loads does not always overlap.
      for (int round = 1; round <= 20; round++) {
        var one = admins.submit(loadTogether);
        var other = admins.submit(loadTogether);
        assertThat(List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS)))
            .containsOnly(HttpStatus.OK);
        assertThat(Api.as(rest, "admin").get("/api/posts?org=HE-XJ-XJJD").getBody()).as("round " + round)
            .hasSize(2);
      }
    } finally {
      admins.shutdownNow();
    }
  }

  @Test
  void shouldCountImportedPostsAgainstTheQuota() {
    // 桃园街道: 1900 employees, quota 1 (Art. 10). With its one earlier post, a new one needs a justification.
    load("unit_code,grade,posts\nHE-BD-ZZ-TYJD,ENTRY,1\n");

    var response = Api.as(rest, "zzclerk").post("/engine-rest/process-definition/key/post-application/start",
        Map.of("variables", newEntryPost("HE-BD-ZZ-TYJD")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("justification", "申请后岗位数 2", "超出定额 1");
  }

  @Test
  void shouldRefuseABadLineNamingItAndWriteNothing() {
    var response = load("""
        unit_code,grade,posts
        HE-TS-QA-FWZX,LEVEL_2,1
        HE-TS-QA-FWZX,LEVEL_9,1
        """);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("grade");
    assertThat(response.getBody().path("message").asText()).startsWith("grade: 第 3 行：").contains("LEVEL_9");
    assertThat(Api.as(rest, "admin").get("/api/posts?org=HE-TS-QA-FWZX").getBody()).isEmpty();
  }

  @Test
  void shouldLetOnlyAdministratorsLoadPosts() {
    var response = Api.as(rest, "hereviewer").put("/api/posts/imported",
        "unit_code,grade,posts\nHE-XJ-FWZX,ENTRY,1\n", CSV);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "hereviewer").get("/api/posts?org=HE-XJ-FWZX").getBody()).isEmpty();
  }

  @Test
  void shouldShowTheDemoWorkersPost() {
    JsonNode posts = Api.as(rest, "zdclerk").get("/api/posts?org=" + PostsDemoData.WORKER_UNIT).getBody();

    assertThat(posts).anySatisfy(post -> {
      assertThat(post.path("grade").asText()).isEqualTo("ENTRY");
      assertThat(post.path("createdByInstance").asText()).startsWith("import:");
    });
  }

  private ResponseEntity<JsonNode> load(String csv) {
    return Api.as(rest, "admin").put("/api/posts/imported", csv, CSV);
  }

  private static Map<String, Object> newEntryPost(String unit) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("unitCode", Map.of("value", unit, "type", "String"));
    variables.put("applicationType", Map.of("value", "NEW", "type", "String"));
    variables.put("requestedPosts", Map.of("value", 1, "type", "Integer"));
    variables.put("proposedGrade", Map.of("value", "ENTRY", "type", "String"));
    variables.put("duties", Map.of("value", "职工维权、困难职工帮扶", "type", "String"));
    return variables;
  }
}
