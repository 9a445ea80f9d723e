package cn.unionsw.platform.web;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The platform's one refusal: a request it will not carry out, of a {@link Kind} that the edge (the API's error
 * handler, engine REST's exception mappers) turns into an HTTP status. Services carry no statuses. It is thrown
 * before anything is written, or inside the transaction it rolls back; from inside the engine (a delegate, a
 * listener, the engine guard) it is the user's mistake, not a fault: answered with its message and logged at
 * DEBUG. A field refusal's message reads {@code "<field>: <reason>"}.
 *
 * <p>Only this class is treated so: Camunda's own {@link BadUserRequestException}s (a missing id, say) raised
 * inside a delegate are a fault of ours and stay a 500 and an ERROR.
 */
public class Refusal extends BadUserRequestException {

  /** What kind of refusal: the edge maps it to 400, 403, 404 or 409. */
  public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

  private final Kind kind;
  private final String error;
  private final String field;
  private final List<RowError> rows;

  /**
   * One bad row of an uploaded file: its number as the user's spreadsheet shows it, the field at fault, the reason,
   * and, where the file names its columns by Chinese headers, the header of that column (null where it does not).
   */
  public record RowError(int row, String field, String reason, String column) {

    public RowError(int row, String field, String reason) {
      this(row, field, reason, null);
    }
  }

  /** Bad input in one named field. */
  public Refusal(String field, String reason) {
    this(Kind.INVALID, "invalid_" + field, field, reason);
  }

  private Refusal(Kind kind, String error, String field, String reason) {
    this(kind, error, field, reason, List.of());
  }

  private Refusal(Kind kind, String error, String field, String reason, List<RowError> rows) {
    // Messages are built by concatenation and may quote what a client sent: clipped here, once for every door.
    super(Problems.clip(field == null || reason.startsWith(field + ": ") ? reason : field + ": " + reason));
    this.kind = kind;
    this.error = error;
    this.field = field;
    this.rows = List.copyOf(rows);
  }

  /** Bad input in one named field. */
  public static Refusal invalid(String field, String reason) {
    return new Refusal(field, reason);
  }

  /** Bad input in one named field, with an error code of its own. */
  public static Refusal invalid(String error, String field, String reason) {
    return new Refusal(Kind.INVALID, error, field, reason);
  }

  /** A file refused whole: every bad row is named (the answer's {@code errors}), so that all are fixed at once. */
  public static Refusal invalidRows(String field, String reason, List<RowError> rows) {
    return new Refusal(Kind.INVALID, "invalid_" + field, field, reason, rows);
  }

  public static Refusal forbidden(String reason) {
    return new Refusal(Kind.FORBIDDEN, "forbidden", null, reason);
  }

  /** Not the caller's to act on what one field names (a case started for another organisation's contract). */
  public static Refusal forbidden(String field, String reason) {
    return new Refusal(Kind.FORBIDDEN, "forbidden", field, reason);
  }

  /** {@code what} names the missing thing: the error code is {@code <what>_not_found}. */
  public static Refusal notFound(String what, String reason) {
    return new Refusal(Kind.NOT_FOUND, what + "_not_found", null, reason);
  }

  /** What one field names does not exist: {@code <what>_not_found}, naming the field. */
  public static Refusal notFound(String what, String field, String reason) {
    return new Refusal(Kind.NOT_FOUND, what + "_not_found", field, reason);
  }

  /** The request is fine but the state it meets is not (already ended, changed meanwhile). */
  public static Refusal conflict(String error, String reason) {
    return new Refusal(Kind.CONFLICT, error, null, reason);
  }

  /** A conflict about one field's value. */
  public static Refusal conflict(String error, String field, String reason) {
    return new Refusal(Kind.CONFLICT, error, field, reason);
  }

  public Kind kind() {
    return kind;
  }

  public String error() {
    return error;
  }

  public String field() {
    return field;
  }

  /** The bad rows of a file, or none. */
  public List<RowError> rows() {
    return rows;
  }
}
