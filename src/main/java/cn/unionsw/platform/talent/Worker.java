package cn.unionsw.platform.talent;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A worker of the talent database (人才信息库), by real name: who they are (identity number, birth date from it,
 * education, certificates, grade), the post they hold or last held and where it is, the contractor that employs
 * them and for how long, their platform account if any, and whether they are on post. {@code contractId} is null for
 * workers employed before the platform signed contracts.
 */
public record Worker(Long id, String identityNumber, String name, LocalDate birthDate, Education education,
    List<String> certificates, Grade grade, String unitCode, Long postId, Long contractId, String contractorName,
    LocalDate contractStartsOn, LocalDate contractEndsOn, String userId, WorkerStatus status, LocalDate onPostSince,
    LocalDate leftOn, String exitReason, WorkerSource source, LocalDateTime createdAt, String createdBy,
    LocalDateTime updatedAt, String updatedBy) {

  public Worker {
    certificates = List.copyOf(certificates);
  }

  public boolean onPost() {
    return status == WorkerStatus.ON_POST;
  }
}
