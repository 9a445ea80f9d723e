package cn.unionsw.platform.web;

import cn.unionsw.platform.support.RawHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What was sent and what came back, counted; failures of requests awaiting the kernel are set aside. */
final class Tally {

  private static final Pattern ECHOED = Pattern.compile("(.)\\1{" + Problems.MAX_ECHOED + ",}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SERVER_ERROR = ": answered ";

  private final Set<String> awaitingKernel;
  private int requests;
  private int serverErrors;
  private int notProblemJson;
  private final List<String> awaiting = new ArrayList<>();

  /** @param awaitingKernel names of requests that may fail until the review kernel is there */
  Tally(Set<String> awaitingKernel) {
    this.awaitingKernel = awaitingKernel;
  }

  /** The failures of one answer, judged. */
  List<String> check(BadRequest request, Answer answer) {
    return judge(request, verdict(request, answer));
  }

  /** Everything wrong with an answer, before judging. */
  List<String> verdict(BadRequest request, Answer answer) {
    requests++;
    List<String> wrong = new ArrayList<>();
    String sent = request.method() + " " + EngineBadRequests.clip(request.target()) + " (" + request.name() + ")";
    if (answer.status() >= 500) {
      serverErrors++;
      wrong.add(sent + SERVER_ERROR + answer.status() + " " + EngineBadRequests.clip(answer.body()));
      return wrong;
    }
    if (answer.status() < 400) {
      wrong.add(sent + ": accepted with " + answer.status());
      return wrong;
    }
    JsonNode body = read(answer.body());
    if (!answer.contentType().startsWith("application/problem+json") || body == null
        || !body.path("error").isTextual() || !body.path("message").isTextual()
        || body.path("status").asInt() != answer.status()) {
      notProblemJson++;
      wrong.add(sent + ": " + answer.status() + " is no problem JSON: " + answer.contentType() + " "
          + EngineBadRequests.clip(answer.body()));
      return wrong;
    }
    if (request.field() != null && !request.field().equals(body.path("field").asText(null))) {
      wrong.add(sent + ": names field " + body.path("field") + ", not " + request.field() + ": "
          + EngineBadRequests.clip(body.path("message").asText()));
    }
    if (ECHOED.matcher(answer.body()).find()) {
      wrong.add(sent + ": quotes more than " + Problems.MAX_ECHOED + " characters of input back");
    }
    return wrong;
  }

  /** A request awaiting the kernel may fail, except with a 5xx; once it passes, it must leave the list. */
  List<String> judge(BadRequest request, List<String> wrong) {
    if (request == null || !awaitingKernel.contains(request.name())) {
      return wrong;
    }
    if (wrong.isEmpty()) {
      return List.of(request.name() + ": passes now; remove it from AWAITING_KERNEL");
    }
    if (wrong.stream().anyMatch(w -> w.contains(SERVER_ERROR))) {
      return wrong;
    }
    awaiting.add(request.name());
    return List.of();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return requests + " malformed requests, " + serverErrors + " answered 5xx, " + notProblemJson
        + " not in problem JSON, " + awaiting.size() + " awaiting the review kernel";
  }
}
