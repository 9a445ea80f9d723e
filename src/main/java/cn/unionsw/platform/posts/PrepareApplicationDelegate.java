package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * prepare-application: checks the application against the registry, sets its route, quota and deadlines, and seals
 * it against changes by reviewers. The applicant is the recorded starter, whatever the variables say.
 */
@Component("prepareApplicationDelegate")
class PrepareApplicationDelegate implements JavaDelegate {

  private final PostApplicationService applications;
  private final ApplicationGuard guard;

  PrepareApplicationDelegate(PostApplicationService applications, ApplicationGuard guard) {
    this.applications = applications;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    execution.setVariable(APPLICANT, guard.applicant(processInstanceId));
    var prepared = applications.prepare(Application.from(execution), processInstanceId);
    execution.setVariable(UNIT_NAME, prepared.unitName());
    execution.setVariable(UNIT_TYPE, prepared.unitType());
    execution.setVariable(APPLICANT_ORG, prepared.applicantOrg());
    execution.setVariable(ROUTE, prepared.route().name());
    execution.setVariable(MUNICIPAL_GROUP, prepared.municipalGroup());
    execution.setVariable(CITY_CODE, prepared.cityCode());
    execution.setVariable(PROVINCIAL_GROUP, prepared.provincialGroup());
    execution.setVariable(MAX_POSTS, prepared.maxPosts());
    execution.setVariable(ACTIVE_POSTS, prepared.activePosts());
    execution.setVariable(OVER_QUOTA, prepared.overQuota());
    execution.setVariable(APPLICATION_SUMMARY, prepared.summary());
    execution.setVariable(REVIEW_DUE_DAYS, prepared.reviewDueDays());
    execution.setVariable(ESCALATION_DAYS, prepared.escalationDays());
    guard.seal(processInstanceId, execution.getVariables());
  }
}
