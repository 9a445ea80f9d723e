package cn.unionsw.platform.config;

import cn.unionsw.platform.login.LoginRefusal;
import org.springframework.security.core.AuthenticationException;

/** HTTP Basic credentials that were not even checked: the user name is locked or the address throttled for now. */
class LoginRefusedException extends AuthenticationException {

  private final transient LoginRefusal refusal;

  LoginRefusedException(LoginRefusal refusal) {
    super("Login refused for now: " + refusal.reason());
    this.refusal = refusal;
  }

  LoginRefusal refusal() {
    return refusal;
  }
}
