package cn.unionsw.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import cn.unionsw.platform.support.MovableClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test of the whole platform on a random port, with the job executor on and the demo data. The
 * failsafe plugin runs every such test twice: on embedded H2 ({@code it.database=h2}) and on a MySQL-compatible
 * server ({@code it.database=mysql}, a fresh database per run). All of them share one application context per
 * run, so tests create their own data and never assume an empty database. The platform's clock is a {@link
 * MovableClock} there, which a test may move instead of sleeping. Metrics export as in production (Spring's tests
 * leave it off by default), so that {@code /actuator/prometheus} is the one the monitoring system reads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@Import(MovableClock.Config.class)
public @interface PlatformIT {
}
