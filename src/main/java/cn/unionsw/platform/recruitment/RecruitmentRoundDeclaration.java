package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.review.CaseDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares a round's recruitment to the approval kernel. */
@Configuration(proxyBeanMethods = false)
class RecruitmentRoundDeclaration {

  @Bean
  CaseDeclaration recruitmentRoundCase() {
    return RecruitmentRoundProcess.DECLARATION;
  }
}
