package cn.unionsw.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The access matrix as data: a {@link Door} is one row (a method, a path, a body, and what each demo user should get
 * there), a {@link Cell} one user at one door. The expected outcome of a cell is a token:
 * <ul>
 *   <li>a status ({@code 200}, {@code 204}; {@code 400}, {@code 401}, {@code 404}, {@code 409}, and {@code 500} where
 *       that is what Camunda answers today); {@code 403} is the platform's refusal (problem JSON with
 *       {@code "error":"forbidden"}), {@code 403c} Camunda's own (an authorization the user lacks), {@code 403x}
 *       a change through the web apps' session without its CSRF token ({@code "error":"csrf_token"}, ADR 0013);</li>
 *   <li>{@code some} / {@code none}: answered 200 with a non-empty / empty list;</li>
 *   <li>for doors with {@code {case}} (asked once per shared case) or {@code {cases}} (asked once for all) in the
 *       path, the shared cases the user sees there: {@code ABC}, {@code A}, {@code -} for none (A: 正定 county,
 *       B: 涿州 county, C: 定州, directly administered);</li>
 *   <li>{@code self} / {@code all}: the user list shows only oneself / every demo user.</li>
 * </ul>
 */
final class Matrix {

  /** The columns of every row, in this order. */
  static final List<String> USERS = List.of("admin", "hereviewer", "sjzreviewer", "bdreviewer", "zdclerk", "lcclerk",
      "zzclerk", "dzclerk", "zdworker");
  static final List<String> CASES = List.of("A", "B", "C");
  /** The one column of the rows that call without logging in. */
  static final String ANONYMOUS = "anonymous";
  static final ObjectMapper JSON = new ObjectMapper();

  private Matrix() {
  }

  /** Where a door is: engine REST, the web apps' engine API (with a session and its CSRF token), or /api. */
  enum Surface {
    ENGINE_REST("/engine-rest"), WEB_APPS("/camunda/api/engine/engine/default"), API("");

    final String prefix;

    Surface(String prefix) {
      this.prefix = prefix;
    }
  }

  /**
   * How a cell's request authenticates: HTTP Basic (engine REST and /api by default), or the web apps' session
   * (the web apps' engine API always; /api on rows that say so, ADR 0013) with its CSRF token, without it, or with
   * a wrong one.
   */
  enum Caller {
    BASIC(""), SESSION(" [session]"), SESSION_WITHOUT_TOKEN(" [session, no X-XSRF-TOKEN]"),
    SESSION_WRONG_TOKEN(" [session, wrong X-XSRF-TOKEN]");

    final String label;

    Caller(String label) {
      this.label = label;
    }
  }

  /** What a cell needs before its request (placeholders for path and body), given the user. */
  interface Setup extends Function<String, Map<String, String>> {

    /**
     * Whether cells expected to be refused may share one result of this set-up per row (a fresh case): a refused
     * cell changes nothing, so only the allowed cells need a case of their own. Should a refusal fail (a hole),
     * that cell fails and names the request, whatever the cells after it then meet.
     */
    default boolean sharedByRefusals() {
      return false;
    }
  }

  /** A set-up whose result the refused cells of a row share (see {@link Setup#sharedByRefusals()}). */
  static Setup sharedByRefusals(Setup setup) {
    return new Setup() {
      @Override
      public Map<String, String> apply(String user) {
        return setup.apply(user);
      }

      @Override
      public boolean sharedByRefusals() {
        return true;
      }
    };
  }

  /** What a cell puts back after its request, whatever the outcome (placeholders, reply). */
  interface Undo extends BiConsumer<Map<String, String>, Reply> {
  }

  /** A body: JSON text, CSV text or a multipart form, with placeholders in its text. */
  record Body(MediaType type, String text, Map<String, String> form, String fileName, byte[] file) {

    static Body json(String text) {
      return new Body(MediaType.APPLICATION_JSON, text, null, null, null);
    }

    /** CSV in UTF-8 (said so: a client's default for text/* is ISO-8859-1, which has no Chinese). */
    static Body csv(String text) {
      return new Body(MediaType.parseMediaType("text/csv;charset=UTF-8"), text, null, null, null);
    }

    /** A multipart form; {@code fileName} names the one field sent as a file ({@code data}), if any. */
    static Body multipart(Map<String, String> form, String fileName) {
      return new Body(MediaType.MULTIPART_FORM_DATA, null, form, fileName, null);
    }

    /** A multipart upload of one binary file (an .xlsx) in the field {@code file}. */
    static Body upload(byte[] file, String fileName) {
      return new Body(MediaType.MULTIPART_FORM_DATA, null, Map.of(), fileName, file);
    }
  }

  /** One row of the matrix: its columns are {@link #USERS}, {@link #ANONYMOUS} alone, or as the row names them. */
  record Door(String name, Surface surface, Caller caller, HttpMethod method, String path, Body body, Setup setup,
      Undo undo, List<String> users, List<String> expected) {

    Door {
      if (expected.size() != users.size()) {
        throw new IllegalArgumentException(name + ": " + expected.size() + " expectations for " + users.size()
            + " users");
      }
    }

    /** A door asked once per shared case ({@code {case}} in the path). */
    boolean perCase() {
      return path.contains("{case}");
    }

    /** A door asked once for all shared cases ({@code {cases}}: their ids, comma-separated). */
    boolean allCases() {
      return path.contains("{cases}");
    }

    List<Cell> cells() {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < users.size(); i++) {
        cells.add(new Cell(this, users.get(i), expected.get(i)));
      }
      return cells;
    }
  }

  /** One user at one door. */
  record Cell(Door door, String user, String expected) {

    String name() {
      return String.format("%-11s %-6s %s%s%s → %s", user, door.method(), door.surface().prefix, door.path(),
          door.caller().label, expected);
    }

    /** Answered 2xx as intended (lists included, whatever they show). */
    boolean allowed() {
      return !expected.matches("\\d{3}c?") || expected.startsWith("2");
    }
  }

  /** An answer. */
  record Reply(int status, String body) {

    JsonNode json() {
      try {
        return body == null || body.isBlank() ? null : JSON.readTree(body);
      } catch (Exception e) {
        return null;
      }
    }

    /** The token this reply stands for, in the terms of the expected token. */
    String token(String expected) {
      JsonNode json = json();
      if (status == 403 && json != null && "csrf_token".equals(json.path("error").asText())) {
        return "403x";
      }
      if (status == 403) {
        // Camunda's own names the permission the user lacks; the engine guard's door is shut whatever one holds.
        boolean camundas = json != null && json.path("missingAuthorizations").isArray()
            && !json.path("missingAuthorizations").isEmpty();
        return json != null && "forbidden".equals(json.path("error").asText()) && !camundas ? "403" : "403c";
      }
      if (status == 200 && json != null && json.isArray() && (expected.equals("some") || expected.equals("none"))) {
        return json.isEmpty() ? "none" : "some";
      }
      return String.valueOf(status);
    }

    String excerpt() {
      return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
  }

  /** The shared cases a user saw at a {case} door, as letters ({@code -} for none), or the first failing status. */
  static String seen(Map<String, Reply> byCase) {
    TreeSet<String> letters = new TreeSet<>();
    for (var entry : byCase.entrySet()) {
      Reply reply = entry.getValue();
      JsonNode json = reply.json();
      if (reply.status() != 200 || json == null || !json.isArray()) {
        return reply.status() + " on " + entry.getKey() + ": " + reply.excerpt();
      }
      if (!json.isEmpty()) {
        letters.add(entry.getKey());
      }
    }
    return letters.isEmpty() ? "-" : String.join("", letters);
  }

  /** The shared cases a list names (by {@code processInstanceId}, or {@code id} for instances), as letters. */
  static String seenIn(Reply reply, Map<String, String> letterById) {
    JsonNode json = reply.json();
    if (reply.status() != 200 || json == null || !json.isArray()) {
      return reply.status() + ": " + reply.excerpt();
    }
    TreeSet<String> letters = new TreeSet<>();
    json.forEach(item -> {
      String id = item.hasNonNull("processInstanceId") ? item.path("processInstanceId").asText()
          : item.path("id").asText();
      if (letterById.containsKey(id)) {
        letters.add(letterById.get(id));
      }
    });
    return letters.isEmpty() ? "-" : String.join("", letters);
  }

  /** {@code self} when the list holds only the user, {@code all} when it holds every demo user. */
  static String users(String user, Reply reply) {
    JsonNode json = reply.json();
    if (reply.status() != 200 || json == null || !json.isArray()) {
      return String.valueOf(reply.status());
    }
    List<String> ids = new ArrayList<>();
    json.forEach(node -> ids.add(node.path("id").asText()));
    if (ids.equals(List.of(user))) {
      return "self";
    }
    return ids.containsAll(USERS) ? "all" : ids.toString();
  }

  static String fill(String template, Map<String, String> values) {
    if (template == null) {
      return null;
    }
    String text = template;
    for (var entry : values.entrySet()) {
      if (entry.getValue() != null) {
        text = text.replace("{" + entry.getKey() + "}", entry.getValue());
      }
    }
    return text;
  }

  /** The expectations of a row, one token per user, separated by blanks. */
  static List<String> tokens(String row) {
    return List.of(row.trim().split("\\s+"));
  }

  static Map<String, String> merge(Map<String, String> first, Map<String, String> second) {
    Map<String, String> merged = new LinkedHashMap<>(first);
    merged.putAll(second);
    return merged;
  }

  static Object json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** Starts a row: {@code row(name, surface, method, path).json(body).on(setUp).undo(putBack).is("tokens")}. */
  static RowBuilder row(String name, Surface surface, HttpMethod method, String path) {
    return new RowBuilder(name, surface, method, path);
  }

  /** One row under construction. */
  static final class RowBuilder {

    private final String name;
    private final Surface surface;
    private final HttpMethod method;
    private final String path;
    private Body body;
    private Setup setup = user -> Map.of();
    private Undo undo = (values, reply) -> { };
    private List<String> users = USERS;
    private Caller caller;

    RowBuilder(String name, Surface surface, HttpMethod method, String path) {
      this.name = name;
      this.surface = surface;
      this.method = method;
      this.path = path;
    }

    RowBuilder json(String text) {
      body = Body.json(text);
      return this;
    }

    RowBuilder csv(String text) {
      body = Body.csv(text);
      return this;
    }

    RowBuilder multipart(Map<String, String> form, String fileName) {
      body = Body.multipart(form, fileName);
      return this;
    }

    RowBuilder upload(byte[] file, String fileName) {
      body = Body.upload(file, fileName);
      return this;
    }

    RowBuilder on(Setup setup) {
      this.setup = setup;
      return this;
    }

    RowBuilder undo(Undo undo) {
      this.undo = undo;
      return this;
    }

    /** Through the web apps' session and its CSRF token, as a page in Tasklist calls (ADR 0013). */
    RowBuilder bySession() {
      this.caller = Caller.SESSION;
      return this;
    }

    /** Through the web apps' session without the CSRF token, as another site's page could make a browser send. */
    RowBuilder bySessionWithoutToken() {
      this.caller = Caller.SESSION_WITHOUT_TOKEN;
      return this;
    }

    RowBuilder bySessionWithWrongToken() {
      this.caller = Caller.SESSION_WRONG_TOKEN;
      return this;
    }

    /** A row with these columns instead of {@link #USERS} (the monitoring account, say). */
    RowBuilder columns(String... columns) {
      this.users = List.of(columns);
      return this;
    }

    /** A row with one column: a caller who has not logged in. */
    RowBuilder anonymous() {
      this.users = List.of(ANONYMOUS);
      return this;
    }

    Door is(String expectations) {
      Caller how = caller != null ? caller : surface == Surface.WEB_APPS ? Caller.SESSION : Caller.BASIC;
      return new Door(name, surface, how, method, path, body, setup, undo, users, tokens(expectations));
    }
  }
}
