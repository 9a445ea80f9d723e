package cn.unionsw.platform.follow;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tasks/{taskId}/urge {"message": "…"}} (the message may be left out: {@code {}}): the case's starter
 * urges the holders of an open step (催办).
 */
@RestController
class UrgeController {

  private final CaseUrges urges;

  UrgeController(CaseUrges urges) {
    this.urges = urges;
  }

  @PostMapping("/api/tasks/{taskId}/urge")
  @ResponseStatus(HttpStatus.CREATED)
  UrgeMapper.Urge urge(@PathVariable String taskId, @RequestBody UrgeRequest request,
      Principal caller) {
    return urges.urge(taskId, caller.getName(), request.message());
  }

  record UrgeRequest(String message) {
  }
}
