package cn.unionsw.platform.follow;

import cn.unionsw.platform.follow.CaseCopies.CopyRequest;
import cn.unionsw.platform.follow.CaseCopies.CopyResult;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following cases: 我发起的 / 我经办的 / 抄送我的 ({@code GET /api/cases/mine?kind=STARTED|HANDLED|COPIED}), one case's
 * progress with its record, copies and urges ({@code GET /api/cases/{id}/progress}), and copying a case
 * ({@code POST /api/cases/{id}/copies}). A case out of the caller's reach is answered as not found.
 */
@RestController
class CaseFollowController {

  private final FollowedCases followed;
  private final CaseCopies copies;

  CaseFollowController(FollowedCases followed, CaseCopies copies) {
    this.followed = followed;
    this.copies = copies;
  }

  @GetMapping("/api/cases/mine")
  List<CaseViews.CaseView> mine(@RequestParam String kind, @RequestParam(defaultValue = "0") int firstResult,
      @RequestParam(defaultValue = "50") int maxResults, Principal caller) {
    return followed.mine(caller.getName(), kind, firstResult, maxResults);
  }

  @GetMapping("/api/cases/{processInstanceId}/progress")
  FollowedCases.Progress progress(@PathVariable String processInstanceId, Principal caller) {
    return followed.progress(processInstanceId, caller.getName());
  }

  @PostMapping("/api/cases/{processInstanceId}/copies")
  @ResponseStatus(HttpStatus.CREATED)
  CopyResult copy(@PathVariable String processInstanceId, @RequestBody CopyRequest request, Principal caller) {
    return copies.copy(processInstanceId, caller.getName(), request);
  }
}
