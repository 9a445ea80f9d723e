package cn.unionsw.platform.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's clock as a bean, so that a test can move it instead of sleeping (login locks expire by it). */
@Configuration
class PlatformClock {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
