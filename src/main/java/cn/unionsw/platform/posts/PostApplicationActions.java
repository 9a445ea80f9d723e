package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.review.ReviewRecord;
import cn.unionsw.platform.review.ReviewRecord.Entry;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the platform API does to a running post application on a user's behalf. */
@Service
class PostApplicationActions {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final OrgAccess access;
  private final ReviewRecord reviewLog;

  PostApplicationActions(RuntimeService runtime, HistoryService history, TaskService tasks, IdentityService identity,
      OrgAccess access, ReviewRecord reviewLog) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.access = access;
    this.reviewLog = reviewLog;
  }

  List<Entry> reviews(String processInstanceId, String userId) {
    String unit = unitOf(processInstanceId, userId);
    if (!access.reachOf(userId).includes(unit)) {
      throw Refusal.forbidden("无权查看此申请");
    }
    return reviewLog.reviews(processInstanceId);
  }

  /**
   * Withdrawal (撤回) by the applicant or a colleague of the applying organisation, while no reviewer has acted:
   * no review recorded and the open review, if any, not yet claimed.
   */
  @Transactional
  void withdraw(String processInstanceId, String userId) {
    unitOf(processInstanceId, userId);
    if (AsPlatform.call(identity, () -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count()) == 0) {
      throw Refusal.conflict("already_ended", "申请已办结，不能撤回");
    }
    var variables = AsPlatform.call(identity, () -> runtime.getVariables(processInstanceId));
    String applicantOrg = (String) variables.get(PostApplicationProcess.Vars.APPLICANT_ORG.name());
    String applicant = (String) variables.get(PostApplicationProcess.Vars.APPLICANT.name());
    boolean own = userId.equals(applicant) || (applicantOrg != null && access.reachOf(userId).orgCodes().contains(applicantOrg));
    if (!own) {
      throw Refusal.forbidden("只有申请人或申请单位可以撤回申请");
    }
    boolean claimed = AsPlatform.call(identity, () -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(MUNICIPAL_REVIEW, PROVINCIAL_REVIEW).taskAssigned().count()) > 0;
    if (!reviewLog.reviews(processInstanceId).isEmpty() || claimed) {
      throw Refusal.conflict("already_reviewed", "审核人已开始办理，不能撤回；请联系审核单位退回");
    }
    // Authorised above by the platform's rule; the applicant holds no UPDATE permission on the instance. The
    // correlation itself requires no review yet, so a review completed since the checks above wins the race.
    try {
      AsPlatform.run(identity, () -> runtime.createMessageCorrelation(PostApplicationProcess.WITHDRAW_MESSAGE)
          .processInstanceId(processInstanceId)
          .processInstanceVariableEquals(Case.REVIEW_COUNT.name(), 0)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("already_reviewed", "审核人已开始办理，不能撤回；请联系审核单位退回");
    }
  }

  /** The application's unit, running or ended; 404 for anything that is not a post application the user reaches. */
  private String unitOf(String processInstanceId, String userId) {
    // Looked up as the platform; then the rule of reach decides what the caller may know of it.
    Object unit = AsPlatform.call(identity, () -> {
      boolean application = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
          .processDefinitionKey(PostApplicationProcess.KEY).count() > 0;
      HistoricVariableInstance variable = application ? history.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).variableName(PostApplicationProcess.Vars.UNIT_CODE.name()).singleResult() : null;
      return variable == null ? null : variable.getValue();
    });
    if (unit == null || !access.reachOf(userId).includes(unit.toString())) {
      throw Refusal.notFound("post_application", "没有这个岗位申请: " + processInstanceId);
    }
    return unit.toString();
  }
}
