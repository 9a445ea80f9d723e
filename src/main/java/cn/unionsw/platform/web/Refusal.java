package cn.unionsw.platform.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the platform refuses from inside the engine (a delegate, a task listener): the user's mistake, not a
 * fault. Its message reads {@code "<field>: <reason>"}. Engine REST and Tasklist answer it as a 400 with that
 * message even where the engine wraps it, and it is logged at DEBUG, not as an error. Only this class is treated
 * so: Camunda's own {@link BadUserRequestException}s (a missing id, say) raised inside a delegate are a fault of
 * ours and stay a 500 and an ERROR.
 */
public class Refusal extends BadUserRequestException {

  private final String field;

  public Refusal(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
