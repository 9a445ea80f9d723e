package cn.unionsw.platform.login;

import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Why a login is not even tried, and for how long. The message says it is temporary and never whether the user
 * exists: a name that belongs to no one is locked in the same way.
 */
public record LoginRefusal(Reason reason, Duration retryAfter) {

  private static final String ATTRIBUTE = LoginRefusal.class.getName();

  public enum Reason {
    /** The user name failed too often in a row. */
    USER_LOCKED,
    /** The client address failed too often, whatever the names. */
    SOURCE_THROTTLED
  }

  /** 401 for a locked name (the credentials are not accepted now), 429 for an address that tried too much. */
  public HttpStatus status() {
    return reason == Reason.USER_LOCKED ? HttpStatus.UNAUTHORIZED : HttpStatus.TOO_MANY_REQUESTS;
  }

  /** Whole seconds, rounded up, at least one: what {@code Retry-After} carries. */
  public long retryAfterSeconds() {
    long millis = Math.max(retryAfter.toMillis(), 1);
    return (millis + 999) / 1000;
  }

  String error() {
    return reason == Reason.USER_LOCKED ? "login_locked" : "login_throttled";
  }

  String message() {
    long minutes = (retryAfterSeconds() + 59) / 60;
    return reason == Reason.USER_LOCKED
        ? "登录失败次数过多，此用户名已暂时锁定，请 " + minutes + " 分钟后再试，或请管理员解锁"
            + " (too many failed logins: temporarily locked)"
        : "来自此地址的登录失败次数过多，已暂时限制登录，请 " + minutes + " 分钟后再试"
            + " (too many failed logins from this address: temporarily refused)";
  }

  /** The refusal the guard gave a login in this request, if it refused one. */
  public static Optional<LoginRefusal> givenTo(HttpServletRequest request) {
    return Optional.ofNullable((LoginRefusal) request.getAttribute(ATTRIBUTE));
  }

  /**
   * Notes the refusal on the current request: the guard refuses inside the engine's password check, which can only
   * answer false, and the doors (HTTP Basic's entry point, the web apps' login filter) tell the client why.
   */
  void noteOnCurrentRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** The answer in the platform's problem JSON, with {@code Retry-After}. */
  public void write(HttpServletResponse response, ObjectMapper json) throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
    Problems.write(response, json, status(), error(), message());
  }
}
