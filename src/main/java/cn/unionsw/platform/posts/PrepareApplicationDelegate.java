package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * prepare-application: checks the application against the registry and the other open applications, and sets its
 * route, quota and deadlines. The applicant is the case's authenticated starter, set by the kernel. What it sets no
 * client may change afterwards: the kernel lets each step write only what it declares.
 */
@Component("prepareApplicationDelegate")
class PrepareApplicationDelegate implements JavaDelegate {

  private final PostApplicationService applications;

  PrepareApplicationDelegate(PostApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var prepared = applications.prepare(Application.from(execution), execution.getProcessInstanceId());
    UNIT_NAME.on(execution, prepared.unitName());
    UNIT_TYPE.on(execution, prepared.unitType());
    APPLICANT_ORG.on(execution, prepared.applicantOrg());
    ROUTE.on(execution, prepared.route());
    MUNICIPAL_GROUP.on(execution, prepared.municipalGroup());
    CITY_CODE.on(execution, prepared.cityCode());
    PROVINCIAL_GROUP.on(execution, prepared.provincialGroup());
    MAX_POSTS.on(execution, prepared.maxPosts());
    ACTIVE_POSTS.on(execution, prepared.activePosts());
    PENDING_POSTS.on(execution, prepared.pendingPosts());
    OVER_QUOTA.on(execution, prepared.overQuota());
    APPLICATION_SUMMARY.on(execution, prepared.summary());
    UNIT_COUNTS.on(execution, prepared.unitCounts());
    REVIEW_DUE_DAYS.on(execution, prepared.reviewDueDays());
    ESCALATION_DAYS.on(execution, prepared.escalationDays());
  }
}
