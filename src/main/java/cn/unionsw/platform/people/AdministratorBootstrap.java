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
 * The first administrator of a production install, from {@code ADMIN_USER} / {@code ADMIN_PASSWORD}. The
 * password must meet the engine's password policy; there is no default password.
 */
@Component
@Order(30)
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final IdentityService identityService;
  private final AdministratorProperties admin;
  private final StartupLock startupLock;

  AdministratorBootstrap(IdentityService identityService, AdministratorProperties admin,
      StartupLock startupLock) {
    this.identityService = identityService;
    this.admin = admin;
    this.startupLock = startupLock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    startupLock.acquire();
    if (admin.id() == null || admin.id().isBlank()) {
      if (identityService.createUserQuery().memberOfGroup(Roles.ADMIN).count() == 0) {
        log.warn("No administrator exists. Set ADMIN_USER and ADMIN_PASSWORD (meeting the password policy) "
            + "and restart to create the first one.");
      }
      return;
    }
    if (identityService.createUserQuery().userId(admin.id()).count() > 0) {
      return;
    }
    if (admin.password() == null || admin.password().isBlank()) {
      throw new IllegalStateException("ADMIN_USER is set but ADMIN_PASSWORD is empty");
    }
    User user = identityService.newUser(admin.id());
    user.setFirstName(admin.firstName());
    user.setLastName(admin.lastName());
    user.setEmail(admin.email());
    user.setPassword(admin.password());
    identityService.saveUser(user);
    identityService.createMembership(admin.id(), Roles.ADMIN);
    log.info("Created the first administrator '{}'", admin.id());
  }
}
