package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.review.CaseDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the evaluation-appeal process to the approval kernel. */
@Configuration(proxyBeanMethods = false)
class AppealDeclaration {

  @Bean
  CaseDeclaration evaluationAppealCase() {
    return AppealProcess.DECLARATION;
  }
}
