package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read an appeal and its written reply, by the rule of reach: the worker their own; clerks and reviewers
 * the appeals of the posts their organisations reach (the proposing county, the superior city, the province, which
 * is also where an escalated appeal goes); administrators all. Anything else reads as not found.
 */
@Service
class AppealReads {

  private final AppealMapper appeals;
  private final OrgAccess access;

  AppealReads(AppealMapper appeals, OrgAccess access) {
    this.appeals = appeals;
    this.access = access;
  }

  @Transactional(readOnly = true)
  List<Appeal> within(String userId, Integer year) {
    Reach reach = access.reachOf(userId);
    if (reach.admin()) {
      return appeals.within(List.of(), true, null, year);
    }
    if (reach.roles().contains(Roles.WORKER)) {
      return appeals.within(List.of(), false, userId, year);
    }
    if (!staff(reach) || reach.orgCodes().isEmpty()) {
      return List.of();
    }
    return appeals.within(reach.orgCodes(), false, null, year);
  }

  @Transactional(readOnly = true)
  Appeal one(long id, String userId) {
    Appeal appeal = appeals.find(id);
    if (appeal == null || !reads(access.reachOf(userId), appeal)) {
      throw Refusal.notFound("appeal", "没有这个申诉: " + id);
    }
    return appeal;
  }

  /** The written reply, once the appeal is answered. */
  @Transactional(readOnly = true)
  byte[] replyPdf(long id, String userId) {
    Appeal appeal = one(id, userId);
    if (!appeal.answered()) {
      throw Refusal.conflict("appeal_not_answered", "申诉 " + id + " 尚未书面答复");
    }
    return appeals.replyPdf(id).content();
  }

  private static boolean reads(Reach reach, Appeal appeal) {
    if (reach.admin()) {
      return true;
    }
    if (reach.roles().contains(Roles.WORKER)) {
      return reach.userId().equals(appeal.workerUserId());
    }
    return staff(reach) && reach.includes(appeal.unitCode());
  }

  private static boolean staff(Reach reach) {
    return reach.roles().contains(Roles.CLERK) || reach.roles().contains(Roles.REVIEWER);
  }
}
