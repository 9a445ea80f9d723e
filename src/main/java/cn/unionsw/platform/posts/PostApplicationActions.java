package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.review.Cases;
import cn.unionsw.platform.review.ReviewRecord;
import cn.unionsw.platform.review.ReviewRecord.Entry;
import cn.unionsw.platform.web.Problems;
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
  private final ReviewRecord record;
  private final Cases cases;

  PostApplicationActions(RuntimeService runtime, HistoryService history, TaskService tasks, IdentityService identity,
      OrgAccess access, ReviewRecord record, Cases cases) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.access = access;
    this.record = record;
    this.cases = cases;
  }

  List<Entry> reviews(String processInstanceId, String userId) {
    requireInReach(processInstanceId, userId);
    return record.reviews(processInstanceId);
  }

  /**
   * Withdrawal (撤回) by the applicant or a colleague of the applying organisation, while no reviewer has acted:
   * no review recorded and the open review, if any, not yet claimed.
   */
  @Transactional
  void withdraw(String processInstanceId, String userId) {
    requireInReach(processInstanceId, userId);
    if (AsPlatform.call(identity, () -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count()) == 0) {
      throw Refusal.conflict("already_ended", "申请已办结，不能撤回");
    }
    var variables = AsPlatform.call(identity, () -> runtime.getVariables(processInstanceId,
        List.of(PostApplicationProcess.Vars.APPLICANT_ORG.name(), PostApplicationProcess.Vars.APPLICANT.name())));
    String applicantOrg = (String) variables.get(PostApplicationProcess.Vars.APPLICANT_ORG.name());
    String applicant = (String) variables.get(PostApplicationProcess.Vars.APPLICANT.name());
    boolean own = userId.equals(applicant) || (applicantOrg != null && access.reachOf(userId).orgCodes().contains(applicantOrg));
    if (!own) {
      throw Refusal.forbidden("只有申请人或申请单位可以撤回申请");
    }
    boolean claimed = AsPlatform.call(identity, () -> tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(MUNICIPAL_REVIEW, PROVINCIAL_REVIEW).taskAssigned().count()) > 0;
    if (record.count(processInstanceId) > 0 || claimed) {
      throw Refusal.conflict("already_reviewed", "审核人已开始办理，不能撤回；请联系审核单位退回");
    }
    // Authorised above by the platform's rule; the applicant holds no UPDATE permission on the instance. The
    // correlation itself requires no review yet, so a review completed since the checks above wins the race.
    try {
      AsPlatform.run(identity, () -> runtime.createMessageCorrelation(
          PostApplicationProcess.DECLARATION.withdrawalMessage())
          .processInstanceId(processInstanceId)
          .processInstanceVariableEquals(Case.REVIEW_COUNT.name(), 0)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("already_reviewed", "审核人已开始办理，不能撤回；请联系审核单位退回");
    }
  }

  /** 404 for anything that is not a post application the user may know of (the kernel's rule of reach). */
  private void requireInReach(String processInstanceId, String userId) {
    if (!cases.reaches(processInstanceId, PostApplicationProcess.KEY, userId)) {
      throw Refusal.notFound("post_application", "没有这个岗位申请: " + Problems.quote(processInstanceId));
    }
  }

}
