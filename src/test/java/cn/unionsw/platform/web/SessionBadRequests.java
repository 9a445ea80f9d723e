package cn.unionsw.platform.web;

import static cn.unionsw.platform.web.BadValues.INJECTIONS;
import static cn.unionsw.platform.web.BadValues.ODD;
import static cn.unionsw.platform.web.BadValues.ids;
import static cn.unionsw.platform.web.BadValues.join;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Malformed requests to the recruitment doors as Tasklist's form sends them (ADR 0013): the web apps' session and
 * its CSRF token instead of Basic ({@link BadRequest#user()} is null). Every one is refused with a 400 naming its
 * field, as the same request with Basic is; the changes sent without a token are refused before that (403,
 * {@code csrf_token}).
 */
final class SessionBadRequests extends BadRequestGroups {

  static final String ROUNDS = "/api/recruitment/rounds/";
  /** A round no one has: the field is checked before the round is looked for. */
  private static final String ROUND = ROUNDS + "987654";
  private static final String BOUNDARY = "unionsw-session-bad-input";
  private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
  private static final byte[] FILE = "身份证号,是否通过,成绩\r\n".getBytes(StandardCharsets.UTF_8);

  /** Sent with the session's own token. */
  static Map<String, List<BadRequest>> all() {
    SessionBadRequests requests = new SessionBadRequests();
    requests.recruitment();
    return requests.groups();
  }

  /** Changes that carry no token or a wrong one: refused whatever else is wrong with them. */
  static List<BadRequest> withoutToken() {
    return List.of(
        new BadRequest("candidates, no token", "POST", ROUND + "/candidates", null, MULTIPART, part("file"), null),
        new BadRequest("candidates without a file part, no token", "POST", ROUNDS + "x/candidates", null, MULTIPART,
            empty(), null),
        new BadRequest("results with an unknown stage, no token", "POST", ROUND + "/results?stage=NOPE", null,
            MULTIPART, part("file"), null));
  }

  private void recruitment() {
    start("recruitment by session");
    List<String> notIds = join(ids(), List.of("99999999999999999999", "1.5", "1e3"));
    pathParam("GET", ROUNDS + "{id}", null, "id", notIds, "id");
    pathParam("GET", ROUNDS + "{id}/candidates", null, "id", notIds, "id");
    List<String> notStages = join(INJECTIONS, ODD, List.of("aptitude_test", "APTITUDE", "APTITUDE_TEST ", "1",
        "HIRED"));
    queryParam(ROUND + "/candidates", null, params(), "stage", notStages, false);
    for (String id : notIds) {
      boolean refusedAsUrl = id.isEmpty() || id.chars().anyMatch(c -> "/\\%;".indexOf(c) >= 0 || c < 0x20)
          || id.equals(".") || id.equals("..");
      if (!id.isEmpty()) {
        String round = ROUNDS + BadRequest.encode(id);
        add(upload("candidates, id " + clip(id), round + "/candidates", part("file"), refusedAsUrl ? null : "id"));
        add(upload("results, id " + clip(id), round + "/results?stage=APTITUDE_TEST", part("file"),
            refusedAsUrl ? null : "id"));
      }
    }
    for (String stage : notStages) {
      if (!stage.trim().isEmpty()) {
        add(upload("results, stage " + clip(stage), ROUND + "/results?stage=" + BadRequest.encode(stage),
            part("file"), "stage"));
      }
    }
    add(upload("results without a stage", ROUND + "/results", part("file"), "stage"));
    add(upload("candidates without a file part", ROUND + "/candidates", empty(), "file"));
    add(upload("candidates, the file under another name", ROUND + "/candidates", part("upload"), "file"));
    add(upload("results without a file part", ROUND + "/results?stage=APTITUDE_TEST", empty(), "file"));
    add(upload("results, the file under another name", ROUND + "/results?stage=INTERVIEW", part("files"), "file"));
  }

  private static BadRequest upload(String name, String target, byte[] body, String field) {
    return new BadRequest(name, "POST", target, null, MULTIPART, body, field);
  }

  /** A multipart body of one file, in the part named as given, as a browser's FormData sends it. */
  private static byte[] part(String name) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"; filename=\"结果.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(FILE);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** A form with no part at all (the form's FormData before a file was chosen). */
  private static byte[] empty() {
    return ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String clip(String value) {
    return value.substring(0, Math.min(value.length(), 20));
  }
}
