package cn.unionsw.platform.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a login is held back, and after how many failures (ADR 0004).
 *
 * @param maxFailures failed logins in a row after which a user name is locked
 * @param lockDuration how long that lock lasts; it lifts by itself
 * @param sourceMaxFailures failed logins from one client address within {@code sourceWindow}, for any names,
 *     after which that address may not log in until the window ends (counted per node)
 * @param sourceWindow the window of {@code sourceMaxFailures}
 */
@ConfigurationProperties("platform.login")
record LoginProperties(int maxFailures, Duration lockDuration, int sourceMaxFailures, Duration sourceWindow) {
}
