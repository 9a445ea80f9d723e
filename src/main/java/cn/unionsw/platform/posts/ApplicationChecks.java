package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import org.springframework.stereotype.Service;

/**
 * What an application must say for its type and route (Art. 9-11): a grade adjustment names the current grade and
 * differs from it, an adjustment or cancellation touches posts the unit has, an adjustment made from above (by the
 * city or the province, Art. 11) gives its reason, and counts that differ from the registry's are explained.
 */
@Service
class ApplicationChecks {

  private final PostRegistry registry;

  ApplicationChecks(PostRegistry registry) {
    this.registry = registry;
  }

  /** The shortest reason the platform takes where one is required (Art. 10 over quota, Art. 11 from above). */
  static final int MIN_REASON = 10;

  void check(Application application, Organisation unit, Route route) {
    checkRequest(application, unit);
    checkCounts(application, unit);
    if (route.fromAbove() && !hasReason(application)) {
      throw Application.invalid("justification", (route == Route.PROVINCIAL_ADJUSTMENT ? "省总工会直接调整岗位等级"
          : "市级工会直接申请调整岗位等级") + "须写明理由（至少 " + MIN_REASON + " 个字）(Art. 11)");
    }
  }

  static boolean hasReason(Application application) {
    return application.justification() != null && application.justification().length() >= MIN_REASON;
  }

  private void checkRequest(Application application, Organisation unit) {
    // The counts' ranges are the typed variables' (PostApplicationProcess.Vars), checked as they are read.
    int requested = application.requestedPosts();
    switch (application.type()) {
      case NEW -> { }
      case ADJUST_GRADE -> {
        if (application.currentGrade() == null) {
          throw Application.invalid("currentGrade", "调整等级须写明现岗位等级");
        }
        if (application.currentGrade() == application.proposedGrade()) {
          throw Application.invalid("proposedGrade", "拟调整等级与现等级相同");
        }
        requireActive(unit, application.currentGrade(), requested, "currentGrade");
      }
      case CANCEL -> requireActive(unit, application.proposedGrade(), requested, "proposedGrade");
    }
  }

  private void requireActive(Organisation unit, Grade grade, int requested, String field) {
    int active = registry.activeCount(unit.code(), grade);
    if (active < requested) {
      throw Application.invalid(field, unit.name() + " 现有" + grade.label() + " " + active + " 个，少于申请的 "
          + requested + " 个");
    }
  }

  private static void checkCounts(Application application, Organisation unit) {
    boolean changed = differs(application.legalEntityCount(), unit.legalEntityCount())
        || differs(application.employeeCount(), unit.employeeCount())
        || differs(application.memberCount(), unit.memberCount());
    if (changed && application.countsChangedReason() == null) {
      throw Application.invalid("countsChangedReason", "法人单位数、职工数或会员数与登记不同，须说明原因");
    }
  }

  private static boolean differs(Integer stated, Integer registered) {
    return stated != null && !stated.equals(registered);
  }
}
