package cn.unionsw.platform.review;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Return (退回) of a task's case to an earlier step: {@code GET /api/tasks/{taskId}/return-targets} lists where the
 * caller may send it, {@code POST /api/tasks/{taskId}/return {"targetStep","reason"}} sends it there.
 */
@RestController
class TaskReturnController {

  private final CaseReturn returns;

  TaskReturnController(CaseReturn returns) {
    this.returns = returns;
  }

  @GetMapping("/api/tasks/{taskId}/return-targets")
  List<CaseReturn.Target> targets(@PathVariable String taskId, Principal caller) {
    return returns.targets(taskId, caller.getName());
  }

  @PostMapping("/api/tasks/{taskId}/return")
  Map<String, String> returnTo(@PathVariable String taskId, @RequestBody ReturnRequest request, Principal caller) {
    CaseReturn.Target target = returns.returnTo(taskId, caller.getName(), request.targetStep(), request.reason());
    return Map.of("taskId", taskId, "returnedTo", target.taskKey(), "label", target.label());
  }

  record ReturnRequest(String targetStep, String reason) {
  }
}
