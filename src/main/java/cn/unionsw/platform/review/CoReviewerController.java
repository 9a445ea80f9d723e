package cn.unionsw.platform.review;

import cn.unionsw.platform.review.CoReviewerMapper.Placement;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A review task's co-reviewers (加签): {@code POST /api/tasks/{taskId}/co-reviewers {"userId","position"}} adds one
 * before or after oneself, {@code DELETE …/co-reviewers/{userId}} removes one who has not acted, {@code GET} lists
 * them.
 */
@RestController
class CoReviewerController {

  private final CoReviewers coReviewers;

  CoReviewerController(CoReviewers coReviewers) {
    this.coReviewers = coReviewers;
  }

  @GetMapping("/api/tasks/{taskId}/co-reviewers")
  List<CoReviewers.View> list(@PathVariable String taskId, Principal caller) {
    return coReviewers.list(taskId, caller.getName());
  }

  @PostMapping("/api/tasks/{taskId}/co-reviewers")
  CoReviewers.View add(@PathVariable String taskId, @RequestBody AddRequest request, Principal caller) {
    return coReviewers.add(taskId, caller.getName(), request.userId(), request.position());
  }

  @DeleteMapping("/api/tasks/{taskId}/co-reviewers/{userId}")
  ResponseEntity<Void> remove(@PathVariable String taskId, @PathVariable String userId, Principal caller) {
    coReviewers.remove(taskId, caller.getName(), userId);
    return ResponseEntity.noContent().build();
  }

  record AddRequest(String userId, Placement position) {
  }
}
