package cn.unionsw.platform.review;

import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's hand-overs and what the caller may do with it: {@code POST /api/tasks/{taskId}/delegate {"userId"}}
 * delegates (委派) it to a colleague, {@code POST /api/tasks/{taskId}/transfer {"userId","reason"}} transfers (转办) it
 * for good, {@code GET /api/tasks/{taskId}/actions} says what the caller may do now.
 */
@RestController
class TaskController {

  private final TaskDelegation delegation;
  private final TaskTransfer transfer;
  private final TaskActions actions;

  TaskController(TaskDelegation delegation, TaskTransfer transfer, TaskActions actions) {
    this.delegation = delegation;
    this.transfer = transfer;
    this.actions = actions;
  }

  @PostMapping("/api/tasks/{taskId}/delegate")
  Map<String, String> delegate(@PathVariable String taskId, @RequestBody DelegationRequest request, Principal caller) {
    delegation.delegate(taskId, caller.getName(), request.userId());
    return Map.of("taskId", taskId, "delegatedTo", request.userId());
  }

  @PostMapping("/api/tasks/{taskId}/transfer")
  Map<String, String> transfer(@PathVariable String taskId, @RequestBody TransferRequest request, Principal caller) {
    transfer.transfer(taskId, caller.getName(), request.userId(), request.reason());
    return Map.of("taskId", taskId, "transferredTo", request.userId());
  }

  @GetMapping("/api/tasks/{taskId}/actions")
  TaskActions.Actions actions(@PathVariable String taskId, Principal caller) {
    return actions.of(taskId, caller.getName());
  }

  record DelegationRequest(String userId) {
  }

  record TransferRequest(String userId, String reason) {
  }
}
