package cn.unionsw.platform.orgs;

import cn.unionsw.platform.web.Refusal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation registry. Every organisation has a Camunda group whose id is its code. */
@Service
public class OrgService {

  private final OrgMapper orgs;
  private final IdentityService identityService;

  OrgService(OrgMapper orgs, IdentityService identityService) {
    this.orgs = orgs;
    this.identityService = identityService;
  }

  public Optional<Organisation> find(String code) {
    return orgs.findByCode(code);
  }

  /** The organisation's name, or its code when it is not registered (for texts that must not fail). */
  public String nameOf(String code) {
    return find(code).map(Organisation::name).orElse(code);
  }

  public List<Organisation> children(String parentCode) {
    return orgs.findChildren(parentCode);
  }

  /** Every organisation below this one, at any depth, in code order. */
  public List<Organisation> below(String code) {
    return orgs.findBelow(code);
  }

  public List<Organisation> topLevel() {
    return orgs.findTopLevel();
  }

  /**
   * Adds or updates an organisation and its group, in one transaction with the engine's identity tables.
   * The code and parent cannot change: codes nest by prefix and other records refer to them.
   */
  @Transactional
  public Organisation save(Organisation request) {
    validate(request);
    // Codes nest by prefix: the parent is the code one level up, whether or not the request names it.
    Organisation org = new Organisation(request.code(), Codes.parentOf(request.code()), request.name(), request.type(),
        request.legalEntityCount(), request.employeeCount(), request.memberCount(), request.separateUnionCount());
    Optional<Organisation> existing = orgs.findByCode(org.code());
    if (existing.isPresent()) {
      if (existing.get().type() != org.type()) {
        throw Refusal.invalid("type", "已登记组织的类型不能修改 (the type of a registered organisation cannot change)");
      }
      orgs.update(org);
    } else {
      orgs.insert(org);
    }
    saveGroup(org);
    return org;
  }

  private void validate(Organisation org) {
    if (!Codes.isValid(org.code())) {
      throw Refusal.invalid("code", "组织代码格式应为 HE-SJZ-ZD (upper-case letters and digits in hyphen-separated segments)");
    }
    if (OrgRules.nameFault(org.name()) != null) {
      throw Refusal.invalid("name", OrgRules.nameFault(org.name()));
    }
    if (org.type() == null) {
      throw Refusal.invalid("type", "组织类型必填");
    }
    String parentCode = Codes.parentOf(org.code());
    if (org.parentCode() != null && !org.parentCode().equals(parentCode)) {
      throw Refusal.invalid("parentCode", "上级组织必须是代码前缀 " + parentCode + " (codes nest by prefix)");
    }
    OrgType parentType = null;
    if (parentCode != null) {
      parentType = orgs.findByCode(parentCode)
          .map(Organisation::type)
          .orElseThrow(() -> Refusal.invalid("parentCode", "上级组织 " + parentCode + " 未登记"));
    }
    if (!org.type().mayStandUnder(parentType)) {
      throw Refusal.invalid("type", org.type() + " 不能设在 " + (parentType == null ? "顶层" : parentType) + " 之下");
    }
    checkCount("legalEntityCount", org.legalEntityCount());
    checkCount("employeeCount", org.employeeCount());
    checkCount("memberCount", org.memberCount());
    checkCount("separateUnionCount", org.separateUnionCount());
  }

  private static void checkCount(String field, Integer value) {
    if (OrgRules.countFault(value) != null) {
      throw Refusal.invalid(field, OrgRules.countFault(value));
    }
  }

  private void saveGroup(Organisation org) {
    Group group = identityService.createGroupQuery().groupId(org.code()).singleResult();
    if (group == null) {
      group = identityService.newGroup(org.code());
    }
    group.setName(org.name());
    group.setType(OrgAccess.ORG_GROUP_TYPE);
    identityService.saveGroup(group);
  }
}
