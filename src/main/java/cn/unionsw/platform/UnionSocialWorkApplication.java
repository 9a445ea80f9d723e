package cn.unionsw.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 工会社会工作岗位管理平台: Camunda 7 engine, web apps and REST, plus the platform's own registry and API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionSocialWorkApplication {

  public static void main(String[] args) {
    SpringApplication.run(UnionSocialWorkApplication.class, args);
  }
}
