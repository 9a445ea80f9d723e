package cn.unionsw.platform.people;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a production install, from {@code ADMIN_USER} / {@code ADMIN_PASSWORD}, and the
 * monitoring system's account, from {@code MONITORING_USER} / {@code MONITORING_PASSWORD}. Each is created once,
 * when no user has its id; passwords must meet the engine's password policy; there is no default password.
 */
@Component
@Order(30)
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final IdentityService identityService;
  private final AdministratorProperties admin;
  private final MonitoringProperties monitoring;
  private final StartupLock startupLock;

  AdministratorBootstrap(IdentityService identityService, AdministratorProperties admin,
      MonitoringProperties monitoring, StartupLock startupLock) {
    this.identityService = identityService;
    this.admin = admin;
    this.monitoring = monitoring;
    this.startupLock = startupLock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    startupLock.acquire();
    if (isBlank(admin.id())) {
      if (identityService.createUserQuery().memberOfGroup(Roles.ADMIN).count() == 0) {
        log.warn("No administrator exists. Set ADMIN_USER and ADMIN_PASSWORD (meeting the password policy) "
            + "and restart to create the first one.");
      }
    } else if (createOnce("ADMIN", admin.id(), admin.password(), admin.firstName(), admin.lastName(), admin.email(),
        Roles.ADMIN)) {
      log.info("Created the first administrator '{}'", admin.id());
    }
    if (!isBlank(monitoring.user()) && createOnce("MONITORING", monitoring.user(), monitoring.password(), "监控",
        "系统", null, Roles.MONITORING)) {
      log.info("Created the monitoring system's account '{}'", monitoring.user());
    }
  }

  /** Creates the user in the group unless a user has that id; true when created. */
  private boolean createOnce(String variable, String id, String password, String firstName, String lastName,
      String email, String group) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return false;
    }
    if (isBlank(password)) {
      throw new IllegalStateException(variable + "_USER is set but " + variable + "_PASSWORD is empty");
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
    return true;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
