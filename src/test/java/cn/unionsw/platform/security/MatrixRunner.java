package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.http.HttpMethod.GET;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.security.Matrix.Body;
import cn.unionsw.platform.security.Matrix.Cell;
import cn.unionsw.platform.security.Matrix.Door;
import cn.unionsw.platform.security.Matrix.Reply;
import cn.unionsw.platform.security.Matrix.Surface;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.WebAppSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Runs the matrix: each cell as one dynamic test named after it, one request (or one per shared case) as its user,
 * one assertion on the outcome. Engine REST and {@code /api} are called with HTTP Basic, the web apps' engine API
 * with a logged-in session and its CSRF token. Counts what it ran for the summary line.
 */
final class MatrixRunner {

  /** The unit each user applies for in the start cells: a basic unit directly under their own organisation. */
  private static final Map<String, String> OWN_UNIT = Map.of("admin", "HE-SJZ-ZD-GXQ", "hereviewer", "HE-SJZ-JG",
      "sjzreviewer", "HE-SJZ-JG", "bdreviewer", "HE-BD-ZZ-KFQ", "zdclerk", "HE-SJZ-ZD-GXQ", "lcclerk", "HE-SJZ-LC-YHZ",
      "zzclerk", "HE-BD-ZZ-KFQ", "dzclerk", "HE-DZ-BCQ", "zdworker", "HE-SJZ-ZD-ZDZ");

  /** A token of Camunda's form (32 hex digits) that is no session's. */
  private static final String WRONG_TOKEN = "0123456789ABCDEF0123456789ABCDEF";

  private static int cells;
  private static int allowed;
  private static int refused;
  private static final List<String> DISAGREEMENTS = new ArrayList<>();

  private final TestRestTemplate rest;
  private final MatrixCases cases;
  private final Map<String, WebAppSession> sessions = new HashMap<>();
  private final Map<Door, Map<String, String>> sharedByRefusals = new HashMap<>();

  MatrixRunner(TestRestTemplate rest, MatrixCases cases) {
    this.rest = rest;
    this.cases = cases;
  }

  /** The line for docs/security.md, and below it every cell that disagreed with the table. */
  static synchronized String summary() {
    String database = TestDatabase.isMySql() ? "mysql" : "h2";
    String line = String.format("AccessMatrixIT [%s]: %d cells, %d allowed, %d refused", database, cells, allowed,
        refused);
    if (DISAGREEMENTS.isEmpty()) {
      return line;
    }
    return line + System.lineSeparator() + DISAGREEMENTS.size() + " cells disagree with the table:"
        + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", DISAGREEMENTS);
  }


  DynamicNode section(String name, List<Door> doors) {
    return dynamicContainer(name, doors.stream().map(door -> dynamicContainer(door.name(),
        door.cells().stream().map(cell -> dynamicTest(cell.name(), () -> check(cell))))));
  }

  private void check(Cell cell) {
    Door door = cell.door();
    Map<String, String> values = new LinkedHashMap<>(cases.shared());
    values.put("self", cell.user());
    values.put("unit", OWN_UNIT.get(cell.user()));
    values.put("Ajobdef", cases.a.jobDefinitionId());
    values.putAll(door.setup().sharedByRefusals() && !cell.allowed()
        ? sharedByRefusals.computeIfAbsent(door, unused -> door.setup().apply(cell.user()))
        : door.setup().apply(cell.user()));
    String actual;
    Reply reply = null;
    try {
      if (door.allCases()) {
        Map<String, String> letterById = new HashMap<>();
        Matrix.CASES.forEach(letter -> letterById.put(values.get(letter), letter));
        reply = call(cell, Matrix.merge(values, Map.of("cases", String.join(",", letterById.keySet()))));
        actual = Matrix.seenIn(reply, letterById);
      } else if (door.perCase()) {
        Map<String, Reply> byCase = new LinkedHashMap<>();
        for (String letter : Matrix.CASES) {
          byCase.put(letter, call(cell, Matrix.merge(values, Map.of("case", values.get(letter)))));
        }
        actual = Matrix.seen(byCase);
      } else {
        reply = call(cell, values);
        actual = cell.expected().equals("self") || cell.expected().equals("all")
            ? Matrix.users(cell.user(), reply) : reply.token(cell.expected());
      }
    } finally {
      door.undo().accept(values, reply);
    }
    count(cell, actual);
    assertThat(actual).as("%s%nanswered %s", cell.name(), reply == null ? actual : reply.status() + " "
        + reply.excerpt()).isEqualTo(cell.expected());
  }

  private static synchronized void count(Cell cell, String actual) {
    cells++;
    if (cell.allowed()) {
      allowed++;
    } else {
      refused++;
    }
    if (!actual.equals(cell.expected())) {
      DISAGREEMENTS.add(cell.name() + " got " + actual);
    }
  }

  private Reply call(Cell cell, Map<String, String> values) {
    Door door = cell.door();
    String path = door.surface().prefix + Matrix.fill(door.path(), values);
    Body body = door.body();
    ResponseEntity<String> response;
    boolean anonymous = cell.user().equals(Matrix.ANONYMOUS);
    if (door.surface() == Surface.WEB_APPS) {
      WebAppSession session = sessions.computeIfAbsent(cell.user(), user -> anonymous
          ? WebAppSession.anonymous(rest) : WebAppSession.login(rest, user, Api.DEMO_PASSWORD));
      response = door.method() == GET ? session.get(path)
          : session.send(door.method(), path, body == null ? null : Matrix.fill(body.text(), values));
    } else if (door.caller() != Matrix.Caller.BASIC) {
      // Engine REST or /api with the web apps' session cookie (ADR 0013), and its token as the row says.
      WebAppSession session = sessions.computeIfAbsent(cell.user(), user -> anonymous
          ? WebAppSession.anonymous(rest) : WebAppSession.login(rest, user, Api.DEMO_PASSWORD));
      String token = switch (door.caller()) {
        case SESSION -> session.xsrfToken();
        case SESSION_WRONG_TOKEN -> WRONG_TOKEN;
        default -> null;
      };
      response = session.exchange(door.method(), path, entity(body, values), token);
    } else {
      TestRestTemplate caller = anonymous ? rest : rest.withBasicAuth(cell.user(), Api.DEMO_PASSWORD);
      response = caller.exchange(path, door.method(), entity(body, values), String.class);
    }
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  private static HttpEntity<?> entity(Body body, Map<String, String> values) {
    if (body == null) {
      return HttpEntity.EMPTY;
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(body.type());
    if (body.form() == null) {
      return new HttpEntity<>(Matrix.fill(body.text(), values), headers);
    }
    var form = new LinkedMultiValueMap<String, Object>();
    if (body.file() != null) {
      form.add("file", new ByteArrayResource(body.file()) {
        @Override
        public String getFilename() {
          return body.fileName();
        }
      });
    }
    body.form().forEach((name, value) -> {
      if (name.equals("data") && body.fileName() != null) {
        form.add(name, new ByteArrayResource(value.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return body.fileName();
          }
        });
      } else {
        form.add(name, Matrix.fill(value, values));
      }
    });
    return new HttpEntity<>(form, headers);
  }
}
