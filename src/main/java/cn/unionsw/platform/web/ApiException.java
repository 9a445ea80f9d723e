package cn.unionsw.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client can act on: answered as problem JSON with {@code error} (a stable code) and
 * {@code message} (what and why). Thrown before anything is written, or inside the transaction it rolls back.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String error;
  private final String field;

  public ApiException(HttpStatus status, String error, String field, String message) {
    super(message);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  /** Bad input in one named field. */
  public static ApiException badRequest(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "invalid_" + field, field, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", null, message);
  }

  public static ApiException notFound(String what, String message) {
    return new ApiException(HttpStatus.NOT_FOUND, what + "_not_found", null, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String error() {
    return error;
  }

  public String field() {
    return field;
  }
}
