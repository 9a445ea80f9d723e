package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.review.CaseDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the daily entry's Tasklist process to the approval kernel. */
@Configuration(proxyBeanMethods = false)
class DailyEntryDeclaration {

  @Bean
  CaseDeclaration dailyEntryCase() {
    return DailyEntryProcess.DECLARATION;
  }
}
