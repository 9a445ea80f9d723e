package cn.unionsw.platform.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The workload gauges are counted by a scheduled task of each node ({@link WorkloadMetrics#refresh}). */
@Configuration
@EnableScheduling
class MonitoringConfig {
}
