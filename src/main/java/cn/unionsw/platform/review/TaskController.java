package cn.unionsw.platform.review;

import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tasks/{taskId}/delegate {"userId": "..."}}: delegate (委派) a task to a colleague. */
@RestController
class TaskController {

  private final TaskDelegation delegation;

  TaskController(TaskDelegation delegation) {
    this.delegation = delegation;
  }

  @PostMapping("/api/tasks/{taskId}/delegate")
  Map<String, String> delegate(@PathVariable String taskId, @RequestBody DelegationRequest request, Principal caller) {
    delegation.delegate(taskId, caller.getName(), request.userId());
    return Map.of("taskId", taskId, "delegatedTo", request.userId());
  }

  record DelegationRequest(String userId) {
  }
}
