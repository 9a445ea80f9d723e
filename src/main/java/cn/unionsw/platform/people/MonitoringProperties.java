package cn.unionsw.platform.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The monitoring system's account of a production install ({@code MONITORING_USER} / {@code MONITORING_PASSWORD}),
 * with which Prometheus reads {@code /actuator/prometheus}; none when the user is blank.
 */
@ConfigurationProperties("platform.monitoring")
record MonitoringProperties(String user, String password) {
}
