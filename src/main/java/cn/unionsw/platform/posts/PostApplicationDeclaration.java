package cn.unionsw.platform.posts;

import cn.unionsw.platform.review.CaseDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the post application to the approval kernel. */
@Configuration(proxyBeanMethods = false)
class PostApplicationDeclaration {

  @Bean
  CaseDeclaration postApplicationCase() {
    return PostApplicationProcess.DECLARATION;
  }
}
