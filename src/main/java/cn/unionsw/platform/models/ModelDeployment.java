package cn.unionsw.platform.models;

import java.time.LocalDateTime;

/** One row of the deployment record: which model, which version, how, why, by whom and when. */
public record ModelDeployment(Long id, String deploymentId, String modelType, String modelKey, Integer version,
    String action, Integer fromVersion, String commentText, String deployedBy, LocalDateTime deployedAt) {
}
