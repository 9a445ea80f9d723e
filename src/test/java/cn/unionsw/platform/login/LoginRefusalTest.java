package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.login.LoginRefusal.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class LoginRefusalTest {

  @Test
  void shouldRoundTheWaitUpToWholeSecondsAndMinutes() {
    var refusal = new LoginRefusal(Reason.USER_LOCKED, Duration.ofSeconds(61).plusMillis(1));

    assertThat(refusal.retryAfterSeconds()).isEqualTo(62);
    assertThat(refusal.message()).contains("暂时", "请 2 分钟后再试");
    assertThat(new LoginRefusal(Reason.USER_LOCKED, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void shouldAnswerALockedName401AndAThrottledAddress429() {
    assertThat(new LoginRefusal(Reason.USER_LOCKED, Duration.ofMinutes(1)).status())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(new LoginRefusal(Reason.SOURCE_THROTTLED, Duration.ofMinutes(1)).status())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
  }
}
