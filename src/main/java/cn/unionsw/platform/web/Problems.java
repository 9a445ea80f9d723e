package cn.unionsw.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the platform's error body: problem JSON with the contract's {@code error} and {@code message}. */
public final class Problems {

  /** How much of what a client sent is quoted back, as a field name or a value; a stray megabyte is not. */
  public static final int MAX_ECHOED = 64;
  /** The longest message sent back: ours are a sentence or two, longer ones carry someone's input. */
  static final int MAX_MESSAGE = 256;
  /** The most bad rows of a file named in one answer. */
  static final int MAX_ROW_ERRORS = 1000;
  /** The one answer to a fault of ours: no exception text, which would tell an attacker more than a user. */
  public static final String DATABASE_UNAVAILABLE = "数据库暂时无法连接，请稍后重试；已经提交成功的办理不会丢失 "
      + "(the database is unavailable for the moment; try again shortly)";
  public static final String INTERNAL_ERROR = "服务器内部错误，请稍后再试或联系管理员 (internal server error)";
  /** A change that met another one (Camunda's optimistic locking), wherever the engine is called. */
  public static final String CHANGED_MEANWHILE = "数据已被他人修改，请刷新后重试 (changed by someone else meanwhile: "
      + "reload and try again)";
  public static final String ALREADY_CLAIMED = "任务已被他人认领 (the task is already claimed by someone else)";

  private Problems() {
  }

  public static ProblemDetail of(HttpStatusCode status, String error, String message) {
    message = cut(whole(message), MAX_MESSAGE);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    // A code may carry a field named by the client (a map key): encoded, it is always a valid URI.
    problem.setType(URI.create("urn:unionsw:error:" + URLEncoder.encode(error, StandardCharsets.UTF_8)));
    problem.setProperty("error", error);
    problem.setProperty("message", message);
    return problem;
  }

  /**
   * A refusal that only its status describes: a path that does not exist, a method it does not take, a request
   * the server could not read. Every 5xx is one generic answer: what went wrong is for the log, not the client.
   */
  public static ProblemDetail of(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> of(status, "bad_request", "请求无效 (bad request)");
      case 401 -> of(status, "unauthorized", "需要登录：请以 HTTP Basic 提供用户名和密码 (authentication required)");
      case 403 -> of(status, "forbidden", "无权访问 (access denied)");
      case 404 -> of(status, "not_found", "没有这个地址 (no such resource)");
      case 405 -> of(status, "method_not_allowed", "此地址不支持该请求方法 (method not allowed)");
      case 406 -> of(status, "not_acceptable", "无法以所要求的格式回答 (not acceptable)");
      case 409 -> of(status, "conflict", "与当前状态冲突，请刷新后重试 (conflict)");
      case 413 -> of(status, "payload_too_large", "请求体过大 (payload too large)");
      case 414 -> of(status, "uri_too_long", "请求地址过长 (URI too long)");
      case 415 -> of(status, "unsupported_media_type", "不支持的内容类型 (unsupported media type)");
      default -> status.is4xxClientError()
          ? of(status, "bad_request", "请求无效 (bad request, HTTP " + status.value() + ")")
          : of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", INTERNAL_ERROR);
    };
  }

  /** The answer while the database is out of reach (503): nothing of the request was done, it may be sent again. */
  public static ProblemDetail databaseUnavailable() {
    return of(HttpStatus.SERVICE_UNAVAILABLE, "database_unavailable", DATABASE_UNAVAILABLE);
  }

  /**
   * Whether a request's path belongs to a JSON API, whose clients read problem JSON even where no controller
   * answered (an unknown path, a rejected URL): the platform API, engine REST and the web apps' APIs.
   */
  public static boolean isApiPath(String path) {
    return path != null && (path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest")
        || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/"));
  }

  /**
   * The request's path as a problem's {@code instance}, cut short like anything else a client sent; none where
   * the path is no URI (Tomcat refused it for that).
   */
  public static URI instance(String requestUri) {
    try {
      return URI.create(cut(whole(String.valueOf(requestUri)), MAX_ECHOED));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A refusal as the client reads it: its kind's status, its code, its message and the field it names. */
  public static ProblemDetail of(Refusal refusal) {
    ProblemDetail problem = of(status(refusal.kind()), refusal.error(), refusal.getMessage());
    if (refusal.field() != null) {
      problem.setProperty("field", refusal.field());
    }
    if (!refusal.rows().isEmpty()) {
      // Each reason may quote a cell: clipped like a message.
      problem.setProperty("errors", refusal.rows().stream().limit(MAX_ROW_ERRORS).map(Problems::rowError).toList());
    }
    return problem;
  }

  /** One bad row: its number, field and reason, and the column's Chinese header where the file has one. */
  private static Map<String, Object> rowError(Refusal.RowError row) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("row", row.row());
    error.put("field", row.field());
    if (row.column() != null) {
      error.put("column", row.column());
    }
    error.put("reason", clip(row.reason()));
    return error;
  }

  /**
   * The same body as a plain map, for writers outside Spring MVC (engine REST's Jersey providers), whose JSON
   * mapper does not know {@link ProblemDetail}.
   */
  public static Map<String, Object> asMap(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }

  /** What a client sent, fit to be quoted back in a message: at most {@link #MAX_ECHOED} characters. */
  public static String quote(Object value) {
    return cut(whole(String.valueOf(value)), MAX_ECHOED);
  }

  /**
   * A message that may carry input we did not quote ourselves (a refusal built by concatenation, an exception
   * text of Camunda's or Jackson's): every word longer than {@link #MAX_ECHOED} is cut, and so is the whole beyond
   * {@link #MAX_MESSAGE}. Words, because such messages put spaces around what they quote.
   */
  public static String clip(String message) {
    if (message == null) {
      return null;
    }
    message = whole(message);
    StringBuilder clipped = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= message.length(); i++) {
      if (i == message.length() || Character.isWhitespace(message.charAt(i))) {
        clipped.append(i - start > MAX_ECHOED ? quote(message.substring(start, i)) : message.substring(start, i));
        if (i < message.length()) {
          clipped.append(message.charAt(i));
        }
        start = i + 1;
      }
    }
    return cut(clipped.toString(), MAX_MESSAGE);
  }

  /** Half a 4-byte character (JSON allows "\\ud800") becomes U+FFFD, or writing the answer would fail. */
  private static String whole(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
        ? 0xFFFD : c));
    return out.toString();
  }

  /** Never between the two halves of a 4-byte character: a lone surrogate cannot be written as UTF-8 JSON. */
  private static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end) + "…";
  }

  /** The one place a refusal's kind becomes an HTTP status. */
  public static HttpStatus status(Refusal.Kind kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
  }

  /** For filters that answer before any controller runs (authentication, access). */
  public static void write(HttpServletResponse response, ObjectMapper json, HttpStatusCode status, String error,
      String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), of(status, error, message));
  }
}
