package cn.unionsw.platform.people;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data of CONTRACT.md: Hebei's organisations and one user per role, every password {@code demo}.
 * Only where {@code platform.demo-data.enabled} (the default profile); idempotent, so a restart adds nothing.
 * Demo passwords skip the password policy that every real user meets.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  record DemoUser(String id, String firstName, String lastName, String org, String role) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "平台", "管理员", null, Roles.ADMIN),
      new DemoUser("hereviewer", "河北省总工会", "审核员", "HE", Roles.REVIEWER),
      new DemoUser("sjzreviewer", "石家庄市总工会", "审核员", "HE-SJZ", Roles.REVIEWER),
      // A second reviewer of the same city: a co-reviewer (加签) or colleague to transfer to (ADR 0016).
      new DemoUser("sjzreviewer2", "石家庄市总工会", "审核员二", "HE-SJZ", Roles.REVIEWER),
      new DemoUser("sjzclerk", "石家庄市总工会", "经办人", "HE-SJZ", Roles.CLERK),
      new DemoUser("bdreviewer", "保定市总工会", "审核员", "HE-BD", Roles.REVIEWER),
      new DemoUser("zdclerk", "正定县总工会", "经办人", "HE-SJZ-ZD", Roles.CLERK),
      new DemoUser("lcclerk", "栾城区总工会", "经办人", "HE-SJZ-LC", Roles.CLERK),
      new DemoUser("zzclerk", "涿州市总工会", "经办人", "HE-BD-ZZ", Roles.CLERK),
      new DemoUser("dzclerk", "定州市总工会", "经办人", "HE-DZ", Roles.CLERK),
      new DemoUser("zdworker", "正定镇", "工会社工", "HE-SJZ-ZD-ZDZ", Roles.WORKER),
      // Prometheus's account (docs/operations.md): metrics and health details, nothing in the engine.
      new DemoUser("monitor", "监控", "系统", null, Roles.MONITORING));

  private final OrgService orgs;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final List<DemoDataContribution> contributions;
  private final StartupLock startupLock;

  DemoData(OrgService orgs, IdentityService identityService, ProcessEngineConfiguration engineConfiguration,
      List<DemoDataContribution> contributions, StartupLock startupLock) {
    this.orgs = orgs;
    this.identityService = identityService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    this.contributions = contributions;
    this.startupLock = startupLock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    startupLock.acquire();
    int orgCount = 0;
    for (Organisation org : readOrganisations()) {
      var stored = orgs.find(org.code());
      if (stored.isEmpty()) {
        orgs.save(org);
        orgCount++;
      } else if (stored.get().separateUnionCount() == null && org.separateUnionCount() != null) {
        // A demo database from before the registry kept separate unions (V50) gets them too.
        orgs.save(org);
      }
    }
    int userCount = 0;
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        createUser(demo);
        userCount++;
      }
    }
    contributions.forEach(DemoDataContribution::load);
    if (orgCount + userCount > 0) {
      log.info("Demo data: {} organisations and {} users created (password '{}')", orgCount, userCount, PASSWORD);
    }
  }

  private void createUser(DemoUser demo) {
    User user = identityService.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.id() + "@demo.unionsw.cn");
    user.setPassword(PASSWORD);
    // The demo password is deliberately weak; the public API offers no way round the policy.
    engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
    identityService.createMembership(demo.id(), demo.role());
    if (demo.org() != null) {
      identityService.createMembership(demo.id(), demo.org());
    }
  }

  static List<Organisation> readOrganisations() {
    var resource = new ClassPathResource("demo/organisations.csv");
    try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).filter(line -> !line.isBlank()).map(DemoData::organisation).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Organisation organisation(String line) {
    String[] f = line.split(",", -1);
    return new Organisation(f[0], blankToNull(f[1]), f[2], OrgType.valueOf(f[3]), count(f[4]), count(f[5]),
        count(f[6]), count(f[7]));
  }

  private static Integer count(String value) {
    return value.isBlank() ? null : Integer.valueOf(value);
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }
}
