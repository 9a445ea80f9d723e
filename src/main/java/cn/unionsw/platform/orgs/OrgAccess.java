package cn.unionsw.platform.orgs;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * The one rule of reach, used by every process and API: a user acts for the organisations whose groups they
 * belong to and for everything below them. A county reaches its own units, a city its counties, the province
 * everything; members of {@code camunda-admin} reach everything.
 */
@Service
public class OrgAccess {

  /** Camunda group type of an organisation's group; the group id is the organisation code. */
  public static final String ORG_GROUP_TYPE = "ORG";
  public static final String ADMIN_GROUP = "camunda-admin";
  /** Camunda group type of a role group (reviewer, clerk, worker). */
  public static final String ROLE_GROUP_TYPE = "ROLE";

  private final IdentityService identityService;

  OrgAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** May {@code userId} act for organisation {@code orgCode}? */
  public boolean reaches(String userId, String orgCode) {
    if (userId == null || orgCode == null) {
      return false;
    }
    Reach reach = reachOf(userId);
    return reach.includes(orgCode);
  }

  /** The organisations a user belongs to, and so the roots of what they reach. */
  public Reach reachOf(String userId) {
    // Membership is read as the platform: a user may hold no READ on the groups they belong to.
    List<Group> groups = AsPlatform.call(identityService,
        () -> identityService.createGroupQuery().groupMember(userId).listPage(0, 100));
    boolean admin = groups.stream().anyMatch(g -> ADMIN_GROUP.equals(g.getId()));
    List<String> orgs = groups.stream()
        .filter(g -> ORG_GROUP_TYPE.equals(g.getType()))
        .map(Group::getId)
        .sorted()
        .toList();
    List<String> roles = groups.stream()
        .filter(g -> ROLE_GROUP_TYPE.equals(g.getType()))
        .map(Group::getId)
        .sorted()
        .toList();
    return new Reach(userId, admin, orgs, roles);
  }

  /** What one user reaches: everything when an administrator, else their organisations and all below them. */
  public record Reach(String userId, boolean admin, List<String> orgCodes, List<String> roles) {

    public boolean includes(String orgCode) {
      return admin || orgCodes.stream().anyMatch(own -> Codes.contains(own, orgCode));
    }

    /** The user's own organisation when they belong to exactly one, which is the case for every non-admin. */
    public String homeOrg() {
      return orgCodes.size() == 1 ? orgCodes.get(0) : null;
    }
  }
}
