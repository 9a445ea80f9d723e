package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.CaseDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the contractor-default process to the approval kernel. */
@Configuration(proxyBeanMethods = false)
class ContractorDefaultDeclaration {

  @Bean
  CaseDeclaration contractorDefaultCase() {
    return ContractorDefaultProcess.DECLARATION;
  }
}
