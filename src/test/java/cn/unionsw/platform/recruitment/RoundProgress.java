package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** What the recruitment tests share: a round's progress as counts, waiting for it, and a file uploaded. */
final class RoundProgress {

  private RoundProgress() {
  }

  /** Candidates at a stage with an outcome, as {@code GET /api/recruitment/rounds/{id}} tallies them. */
  static int count(JsonNode progress, String stage, String outcome) {
    for (JsonNode tally : progress.path("candidates")) {
      if (tally.path("stage").asText().equals(stage) && tally.path("outcome").asText().equals(outcome)) {
        return tally.path("candidates").asInt();
      }
    }
    return 0;
  }

  /** Reads the progress until {@code done} holds, failing with the last one read after {@code within}. */
  static JsonNode await(String what, Supplier<JsonNode> progress, Predicate<JsonNode> done, Duration within) {
    long until = System.nanoTime() + within.toNanos();
    JsonNode last = progress.get();
    while (!done.test(last)) {
      assertThat(System.nanoTime()).as("waiting for %s: %s", what, last).isLessThan(until);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      last = progress.get();
    }
    return last;
  }

  /** A file as the multipart part {@code file}, with any extra headers, through an authenticated template. */
  static ResponseEntity<JsonNode> upload(TestRestTemplate rest, String path, byte[] file, String name,
      HttpHeaders extra) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.addAll(extra);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.postForEntity(path, new HttpEntity<>(form, headers), JsonNode.class);
  }
}
