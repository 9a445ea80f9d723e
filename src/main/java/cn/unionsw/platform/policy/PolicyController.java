package cn.unionsw.platform.policy;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
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

/**
 * {@code /api/policy}: per-province settings (read by anyone signed in, changed by administrators) and the post
 * quota of a unit within the caller's reach.
 */
@RestController
@RequestMapping("/api/policy")
class PolicyController {

  private final PolicySettings settings;
  private final QuotaPolicy quotas;
  private final OrgAccess access;

  PolicyController(PolicySettings settings, QuotaPolicy quotas, OrgAccess access) {
    this.settings = settings;
    this.quotas = quotas;
    this.access = access;
  }

  @GetMapping("/settings")
  List<PolicySetting> list(@RequestParam(required = false) String province) {
    return settings.list(province);
  }

  @GetMapping("/settings/{provinceCode}/{settingKey}")
  PolicySetting get(@PathVariable String provinceCode, @PathVariable String settingKey) {
    return settings.find(provinceCode, settingKey).orElseThrow(() -> Refusal.notFound("setting",
        provinceCode + " 没有设置项 " + settingKey));
  }

  /** E.g. {@code PUT /api/policy/settings/HE/quota-decision {"settingValue":"post-quota"}}. */
  @PutMapping("/settings/{provinceCode}/{settingKey}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  PolicySetting put(@PathVariable String provinceCode, @PathVariable String settingKey,
      @RequestBody SettingRequest request, Principal caller) {
    return settings.save(provinceCode, settingKey, request.settingValue(), caller.getName());
  }

  /** {@code GET /api/policy/quota?unitCode=HE-SJZ-ZD-ZDZ[&employeeCount=][&separateUnionCount=]}. */
  @GetMapping("/quota")
  Quota quota(@RequestParam String unitCode, @RequestParam(required = false) Integer employeeCount,
      @RequestParam(required = false) Integer separateUnionCount, Principal caller) {
    if (!Codes.isValid(unitCode)) {
      throw Refusal.invalid("unitCode", "组织代码格式不正确: " + unitCode);
    }
    if (!access.reaches(caller.getName(), unitCode)) {
      throw Refusal.forbidden("无权查看组织 " + unitCode + " (outside your organisation)");
    }
    return quotas.maxPosts(unitCode, employeeCount, separateUnionCount);
  }

  record SettingRequest(String settingValue) {
  }
}
