package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.people.Roles;
import org.springframework.stereotype.Component;

/**
 * Who acts for a purchaser on its contracts (Art. 22, 30: "市、县工会作为购买主体"): its own clerks and reviewers, the
 * clerks and reviewers of the city above a county purchaser (the city runs its counties' procurement, Art. 21),
 * and administrators. The province supervises and bars (Art. 30) but does not act for a purchaser.
 */
@Component
class PurchaserAccess {

  private final OrgService orgs;

  PurchaserAccess(OrgService orgs) {
    this.orgs = orgs;
  }

  boolean actsFor(Reach reach, String purchaserCode) {
    if (reach.admin()) {
      return true;
    }
    String home = reach.homeOrg();
    boolean role = reach.roles().contains(Roles.CLERK) || reach.roles().contains(Roles.REVIEWER);
    if (!role || home == null) {
      return false;
    }
    return home.equals(purchaserCode) || home.equals(Codes.parentOf(purchaserCode))
        && orgs.find(purchaserCode).map(org -> org.type() == OrgType.COUNTY).orElse(false);
  }
}
