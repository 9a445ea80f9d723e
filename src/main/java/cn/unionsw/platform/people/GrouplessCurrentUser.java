package cn.unionsw.platform.people;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${currentUserGroups()}} in a stored query means "none" for a user of no group, instead of failing. Camunda
 * hands the query an empty list, which its candidate-group criteria refuse ("Candidate group list is empty"), so a
 * filter shared by expression ({@link TasklistFilters}, or one a user builds in Tasklist) answered 500 to anyone
 * given READ on it directly rather than through a group. With a group id no group can have, the query runs and finds
 * nothing of anyone's groups, as it should.
 */
@Component
public class GrouplessCurrentUser extends AbstractProcessEnginePlugin {

  /** Not a group id: ids are letters, digits and hyphens ({@code camunda.bpm.generic-properties}). */
  static final String NO_GROUP = "(no group)";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getExpressionManager().addFunction(CommandContextFunctions.CURRENT_USER_GROUPS,
        ReflectUtil.getMethod(GrouplessCurrentUser.class, "currentUserGroups"));
  }

  /** Camunda's function, with {@link #NO_GROUP} for no group: public in a public class for the expression language. */
  public static List<String> currentUserGroups() {
    List<String> groups = CommandContextFunctions.currentUserGroups();
    return groups == null || groups.isEmpty() ? List.of(NO_GROUP) : groups;
  }
}
