package cn.unionsw.platform.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("platform.admin")
record AdministratorProperties(String id, String password, String firstName, String lastName, String email) {
}
