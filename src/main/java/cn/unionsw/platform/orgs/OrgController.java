package cn.unionsw.platform.orgs;

import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/orgs?parent=CODE}: an organisation's children, within the caller's reach. */
@RestController
@RequestMapping("/api/orgs")
class OrgController {

  private final OrgService orgs;
  private final OrgAccess access;

  OrgController(OrgService orgs, OrgAccess access) {
    this.orgs = orgs;
    this.access = access;
  }

  /** Without {@code parent}: the caller's own organisations (everything top-level for an administrator). */
  @GetMapping
  List<Organisation> list(@RequestParam(required = false) String parent, Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    if (parent == null) {
      return reach.admin()
          ? orgs.topLevel()
          : reach.orgCodes().stream().flatMap(code -> orgs.find(code).stream()).toList();
    }
    requireReach(reach, parent, "parent");
    if (orgs.find(parent).isEmpty()) {
      throw Refusal.notFound("org", "组织 " + parent + " 未登记");
    }
    return orgs.children(parent);
  }

  @GetMapping("/{code}")
  Organisation get(@PathVariable String code, Principal caller) {
    requireReach(access.reachOf(caller.getName()), code, "code");
    return orgs.find(code).orElseThrow(() -> Refusal.notFound("org", "组织 " + code + " 未登记"));
  }

  /** Registers or updates an organisation and its group (administrators). */
  @PutMapping("/{code}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  Organisation save(@PathVariable String code, @RequestBody OrgRequest request) {
    return orgs.save(new Organisation(code, request.parentCode(), request.name(), request.type(),
        request.legalEntityCount(), request.employeeCount(), request.memberCount(), request.separateUnionCount()));
  }

  private static void requireReach(Reach reach, String code, String field) {
    if (!Codes.isValid(code)) {
      throw Refusal.invalid(field, "组织代码格式不正确: " + code);
    }
    if (!reach.includes(code)) {
      throw Refusal.forbidden("无权查看组织 " + code + " (outside your organisation)");
    }
  }

  record OrgRequest(String parentCode, String name, OrgType type, Integer legalEntityCount, Integer employeeCount,
      Integer memberCount, Integer separateUnionCount) {
  }
}
