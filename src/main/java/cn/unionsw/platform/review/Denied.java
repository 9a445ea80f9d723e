package cn.unionsw.platform.review;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The engine guard's "not for you": an {@link AuthorizationException}, as Camunda's own are, because every engine
 * REST resource passes those on untouched, where many re-wrap other engine exceptions into a 400 or 500 that keeps
 * only the text. It answers 403 with error {@code forbidden}; unlike Camunda's it names no missing permission (no
 * grant would help: the door is shut to all but administrators).
 */
final class Denied extends AuthorizationException {

  Denied(String message) {
    super(message);
  }
}
