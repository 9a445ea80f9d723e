package cn.unionsw.platform.evaluation;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import cn.unionsw.platform.people.AccessGrants;
import cn.unionsw.platform.people.Grant;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the annual evaluation to the approval kernel; workers, who read their outcome in Tasklist, read the
 * process's definition (its form), which the kernel grants only to the roles of organisations' steps.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationDeclarations {

  @Bean
  CaseDeclaration annualEvaluationCase() {
    return EvaluationProcess.DECLARATION;
  }

  @Bean
  CaseDeclaration evaluationRoundCase() {
    return EvaluationRoundProcess.DECLARATION;
  }

  @Bean
  AccessGrants evaluationGrants() {
    return () -> List.of(new Grant(Roles.WORKER, PROCESS_DEFINITION, EvaluationProcess.KEY, READ));
  }
}
