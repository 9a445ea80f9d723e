package cn.unionsw.platform.people;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task authorizations, plus the right to delegate (委派) for candidate groups: the default
 * TASK_WORK claims and completes a task but cannot hand it to a colleague. To whom a task may go is each process's
 * rule (a review goes only to a colleague of a candidate organisation).
 */
class DelegatingCandidatesAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] authorizations = super.newTaskGroupIdentityLink(task, groupId, type);
    if (IdentityLinkType.CANDIDATE.equals(type) && authorizations != null) {
      for (AuthorizationEntity authorization : authorizations) {
        if (authorization.getResourceType() == Resources.TASK.resourceType()) {
          authorization.addPermission(TaskPermissions.TASK_ASSIGN);
        }
      }
    }
    return authorizations;
  }
}
