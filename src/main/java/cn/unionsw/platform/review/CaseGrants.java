package cn.unionsw.platform.review;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.unionsw.platform.people.AccessGrants;
import cn.unionsw.platform.people.Grant;
import cn.unionsw.platform.people.Roles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What Camunda must grant for each declared process, read from its declaration: its starter roles read and start
 * the definition (and create instances); the roles of its steps read the definition, so Tasklist can name the
 * process and load the step's form, and so do reviewers and clerks where it has a review they may co-review (加签).
 * Which cases and tasks each sees is granted per case (candidate groups, the case's read access); every start and step
 * is still held by the {@link EngineGuard}.
 */
@Component
class CaseGrants implements AccessGrants {

  private final Declarations declarations;

  CaseGrants(Declarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    Set<String> starters = new LinkedHashSet<>();
    for (CaseDeclaration declaration : declarations.all()) {
      Set<String> readers = new LinkedHashSet<>();
      declaration.steps().stream().map(Step::role).filter(Objects::nonNull).forEach(readers::add);
      if (declaration.steps().stream().anyMatch(Step::review)) {
        // A review's co-reviewer (加签) may be a reviewer or a clerk: Tasklist loads the step's form for them.
        readers.addAll(List.of(Roles.REVIEWER, Roles.CLERK));
      }
      for (String role : declaration.starterRoles()) {
        grants.add(new Grant(role, PROCESS_DEFINITION, declaration.processKey(), READ, CREATE_INSTANCE));
        readers.remove(role);
        starters.add(role);
      }
      readers.forEach(role -> grants.add(new Grant(role, PROCESS_DEFINITION, declaration.processKey(), READ)));
    }
    starters.forEach(role -> grants.add(new Grant(role, PROCESS_INSTANCE, "*", CREATE)));
    return grants;
  }
}
