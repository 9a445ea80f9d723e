package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.review.ReviewRecord.Entry;
import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The post registry, the applications' review records and withdrawal, and the grade structure (Art. 12-13). */
@RestController
class PostController {

  private final PostRegistry registry;
  private final OrgAccess access;
  private final PostApplicationActions actions;
  private final GradeStructure gradeStructure;
  private final PostImport postImport;

  PostController(PostRegistry registry, OrgAccess access, PostApplicationActions actions,
      GradeStructure gradeStructure, PostImport postImport) {
    this.registry = registry;
    this.access = access;
    this.actions = actions;
    this.gradeStructure = gradeStructure;
    this.postImport = postImport;
  }

  /** {@code GET /api/posts?org=CODE}: the posts at or below an organisation within reach (default: one's own). */
  @GetMapping("/api/posts")
  List<Post> posts(@RequestParam(required = false) String org, Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    String scope = org != null ? org : reach.homeOrg();
    if (scope == null) {
      throw Refusal.invalid("org", "请指定组织代码 org");
    }
    if (!Codes.isValid(scope)) {
      throw Refusal.invalid("org", "组织代码格式不正确: " + scope);
    }
    if (!reach.includes(scope)) {
      throw Refusal.forbidden("无权查看组织 " + scope + " 的岗位");
    }
    return registry.within(scope);
  }

  /**
   * Loads the posts approved before the platform went live (administrators): CSV {@code unit_code,grade,posts};
   * each unit in the file gets exactly the file's imported posts, all or nothing ({@link PostImport}).
   */
  @PutMapping(path = "/api/posts/imported", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  PostImport.Result importPosts(@RequestBody String csv, Principal caller) {
    return postImport.replace(csv, caller.getName());
  }

  @GetMapping("/api/post-applications/{processInstanceId}/reviews")
  List<Entry> reviews(@PathVariable String processInstanceId, Principal caller) {
    return actions.reviews(processInstanceId, caller.getName());
  }

  /** The applicant withdraws (撤回) while no reviewer has acted. */
  @PostMapping("/api/post-applications/{processInstanceId}/withdraw")
  Map<String, String> withdraw(@PathVariable String processInstanceId, Principal caller) {
    actions.withdraw(processInstanceId, caller.getName());
    return Map.of("processInstanceId", processInstanceId, "status", "WITHDRAWN");
  }

  @GetMapping("/api/grade-structure/{provinceCode}/{year}")
  Map<Grade, Integer> structure(@PathVariable String provinceCode, @PathVariable int year) {
    return gradeStructure.ceilings(provinceCode, year);
  }

  @PutMapping("/api/grade-structure/{provinceCode}/{year}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  Map<Grade, Integer> saveStructure(@PathVariable String provinceCode, @PathVariable int year,
      @RequestBody Map<Grade, Integer> ceilings) {
    return gradeStructure.save(provinceCode, year, ceilings);
  }
}
