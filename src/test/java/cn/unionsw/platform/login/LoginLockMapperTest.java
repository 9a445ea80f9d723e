package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.login.LoginLockMapper.LoginLock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

// An H2 of its own whose URL carries NON_KEYWORDS=YEAR (V47's column "year" is a keyword to H2 2.x), which the
// slice's own embedded database would lack.
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:loginlockmappertest;DB_CLOSE_DELAY=-1;"
    + "NON_KEYWORDS=YEAR")
class LoginLockMapperTest {

  private static final Instant UNTIL = Instant.parse("2026-12-01T08:15:00Z");

  @Autowired
  LoginLockMapper mapper;

  @Test
  void shouldCountFailuresFromTheFirst() {
    assertThat(mapper.addFailure("zdclerk")).isZero();
    mapper.insertFirstFailure("zdclerk");
    assertThat(mapper.addFailure("zdclerk")).isOne();

    assertThat(mapper.find("zdclerk")).isEqualTo(new LoginLock("zdclerk", 2, null));
    assertThatThrownBy(() -> mapper.insertFirstFailure("zdclerk")).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void shouldLockOnlyOnceTheLimitIsReachedAndCountAnew() {
    mapper.insertFirstFailure("zdclerk");
    mapper.addFailure("zdclerk");

    assertThat(mapper.lockIfReached("zdclerk", 3, UNTIL)).isZero();
    mapper.addFailure("zdclerk");
    assertThat(mapper.lockIfReached("zdclerk", 3, UNTIL)).isOne();
    assertThat(mapper.find("zdclerk")).isEqualTo(new LoginLock("zdclerk", 0, UNTIL));
  }

  @Test
  void shouldForgetAName() {
    mapper.insertFirstFailure("zdclerk");

    assertThat(mapper.forget("zdclerk")).isOne();
    assertThat(mapper.find("zdclerk")).isNull();
    assertThat(mapper.forget("zdclerk")).isZero();
  }
}
