package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city of its own for one evaluation test (all integration tests share one database, and a round counts every
 * worker on post under its city): the city and its counties registered with their groups, a reviewer of the city and
 * a clerk of each county (users with the password below), a township per county with one entry post per worker, and
 * the workers hired onto them through the talent database. The first worker of the first county has an account.
 */
final class EvaluationCity {

  static final String PASSWORD = "Eval-Passw0rd!";
  private static final AtomicInteger NEXT = new AtomicInteger();

  final String code;
  final String name;
  final String reviewer;
  final List<String> counties = new ArrayList<>();
  final Map<String, String> clerkOf = new LinkedHashMap<>();
  final Map<String, String> countyName = new LinkedHashMap<>();
  final Map<String, List<Worker>> workersOf = new LinkedHashMap<>();
  final String workerUser;

  private EvaluationCity(String code, String name, String reviewer, String workerUser) {
    this.code = code;
    this.name = name;
    this.reviewer = reviewer;
    this.workerUser = workerUser;
  }

  /** A city under {@code parent} (a province) with {@code workers[i]} workers in its i-th county. */
  static EvaluationCity create(String parent, OrgService orgs, IdentityService identity, JdbcTemplate jdbc,
      TalentDatabase talent, int... workers) {
    int n = NEXT.incrementAndGet();
    String tag = "EV" + Long.toString(System.nanoTime() % 46_656L, 36).toUpperCase() + n;
    String code = parent + "-" + tag;
    String name = "评价测试" + tag + "市总工会";
    orgs.save(new Organisation(code, parent, name, OrgType.CITY, null, null, null));
    String suffix = tag.toLowerCase();
    EvaluationCity city = new EvaluationCity(code, name, user(identity, "evr" + suffix, code, Roles.REVIEWER),
        user(identity, "evw" + suffix, null, Roles.WORKER));
    TalentFixtures fixtures = new TalentFixtures(jdbc, talent);
    for (int i = 0; i < workers.length; i++) {
      String county = code + "-C" + (char) ('A' + i);
      String countyName = "评价测试" + tag + (char) ('甲' + i) + "县总工会";
      orgs.save(new Organisation(county, code, countyName, OrgType.COUNTY, null, null, null));
      city.counties.add(county);
      city.countyName.put(county, countyName);
      city.clerkOf.put(county, user(identity, "evc" + (char) ('a' + i) + suffix, county, Roles.CLERK));
      List<Worker> hired = new ArrayList<>();
      if (workers[i] > 0) {
        String unit = fixtures.township(county, Grade.ENTRY, workers[i]);
        List<Long> posts = fixtures.posts(unit);
        for (int w = 0; w < posts.size(); w++) {
          String account = i == 0 && w == 0 ? city.workerUser : null;
          hired.add(talent.hire(TalentFixtures.newWorker(posts.get(w), account), "evaluation-test"));
        }
      }
      city.workersOf.put(county, hired);
    }
    return city;
  }

  String county(int i) {
    return counties.get(i);
  }

  String clerk(int i) {
    return clerkOf.get(counties.get(i));
  }

  List<Worker> workers(int i) {
    return workersOf.get(counties.get(i));
  }

  private static String user(IdentityService identity, String id, String org, String role) {
    var user = identity.newUser(id);
    user.setFirstName("评价测试");
    user.setLastName(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    if (org != null) {
      identity.createMembership(id, org);
    }
    identity.createMembership(id, role);
    return id;
  }
}
