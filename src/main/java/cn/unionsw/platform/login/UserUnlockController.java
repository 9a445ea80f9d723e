package cn.unionsw.platform.login;

import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/users/{id}/unlock}: an administrator lifts a user's login lock, at once on every node. */
@RestController
class UserUnlockController {

  private final IdentityService identityService;

  UserUnlockController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @PostMapping("/api/users/{id}/unlock")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unlock(@PathVariable String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      throw Refusal.notFound("user", "没有这个用户 (no such user)");
    }
    // Camunda's UnlockUserCmd, as Camunda Admin's button: it records the unlock in the user operation log.
    identityService.unlockUser(id);
  }
}
