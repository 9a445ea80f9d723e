package cn.unionsw.platform.talent;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker taking a post (上岗), as recruitment or an import hands them over: the person (identity number, name,
 * education, certificates, the grade they hold), the ACTIVE post they take, the contract that employs them (its
 * id, or for a pre-platform worker the contractor's name and the contract's dates), their platform account if
 * they have one, and the day they took the post. The birth date and the post's unit come from the identity number
 * and the post.
 */
public record NewWorker(String identityNumber, String name, Education education, List<String> certificates,
    Grade grade, Long postId, Long contractId, String contractorName, LocalDate contractStartsOn,
    LocalDate contractEndsOn, String userId, LocalDate onPostSince, WorkerSource source) {

  public NewWorker {
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
  }

  /** The same worker for another post (an import assigns each row a free post of its unit and grade). */
  NewWorker onPost(long post) {
    return new NewWorker(identityNumber, name, education, certificates, grade, post, contractId, contractorName,
        contractStartsOn, contractEndsOn, userId, onPostSince, source);
  }
}
