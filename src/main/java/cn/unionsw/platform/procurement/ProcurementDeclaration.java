package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.CaseDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the purchase round to the approval kernel. */
@Configuration(proxyBeanMethods = false)
class ProcurementDeclaration {

  @Bean
  CaseDeclaration postProcurementCase() {
    return ProcurementProcess.DECLARATION;
  }
}
