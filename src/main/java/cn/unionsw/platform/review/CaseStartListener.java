package cn.unionsw.platform.review;

import java.util.concurrent.Callable;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Start of every declared case (added by {@link KernelParseListener}, so an edited model cannot drop it): the
 * starter is whoever is authenticated, whatever a variable claims; the case gets its number, which is also its
 * business key (a key sent by the client is replaced); the starter's organisation and those above it may read it.
 * A case the platform starts itself (no one authenticated, a declaration started by the platform) is numbered for
 * and read by the organisation its declaration names. A starter follows their case ({@link CaseWatchers}).
 */
@Component
class CaseStartListener implements ExecutionListener {

  private final Declarations declarations;
  private final CaseFileMapper files;
  private final CaseNumbers numbers;
  private final OrgAccess access;
  private final CaseReadAccess readAccess;
  private final CaseWatchers watchers;

  CaseStartListener(Declarations declarations, CaseFileMapper files, CaseNumbers numbers, OrgAccess access,
      CaseReadAccess readAccess, CaseWatchers watchers) {
    this.declarations = declarations;
    this.files = files;
    this.numbers = numbers;
    this.access = access;
    this.readAccess = readAccess;
    this.watchers = watchers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // Added by the parse listener, it is not invoked as custom code: the platform acts here, not the starter.
    Context.getCommandContext().runWithoutAuthorization((Callable<Void>) () -> {
      start(execution);
      return null;
    });
  }

  private void start(DelegateExecution execution) {
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    CaseDeclaration declaration = declarations.find(processKey).orElseThrow();
    String authenticated = Context.getCommandContext().getAuthenticatedUserId();
    if (authenticated == null && !declaration.platformStarted()) {
      throw new Refusal("starter", "案件须由登录用户发起");
    }
    // Started by the platform itself (a background job): the case is its organisation's.
    String starter = authenticated == null ? Acting.PLATFORM : authenticated;
    String starterOrg = authenticated == null ? declaration.caseOrganisation().from(execution)
        : access.reachOf(authenticated).homeOrg();
    String caseNumber = numbers.next(declaration.casePrefix(), starterOrg);
    files.insert(execution.getProcessInstanceId(), processKey, caseNumber, starter, starterOrg);
    if (starterOrg != null) {
      readAccess.grantUpwards(execution.getProcessInstanceId(), starterOrg);
    }
    if (authenticated != null) {
      watchers.started(execution.getProcessInstanceId(), starter);
    }
    execution.setProcessBusinessKey(caseNumber);
    Case.CASE_NUMBER.on(execution, caseNumber);
    Case.REVIEW_COUNT.on(execution, 0);
    declaration.starterVariable().ifPresent(variable -> variable.on(execution, starter));
  }
}
