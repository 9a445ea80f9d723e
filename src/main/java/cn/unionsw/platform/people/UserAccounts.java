package cn.unionsw.platform.people;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgImport;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.web.Refusal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in the administrator's terms, organisation and role, never Camunda group ids: checking one
 * ({@link UserChecks}) and writing one ({@link #write}), for the users file and the single create or move alike. A
 * user belongs to exactly the groups a demo user has: their role's group and, but for administrators, their
 * organisation's. A move replaces both and hands their open reviews back ({@link HeldTasks}).
 */
@Service
class UserAccounts {

  static final Set<String> ROLE_GROUPS = Set.of(Roles.ADMIN, Roles.REVIEWER, Roles.CLERK, Roles.WORKER);

  private final IdentityService identityService;
  private final OrgService orgs;
  private final StartupLockMapper locks;
  private final HeldTasks heldTasks;
  private final Passwords passwords;
  private final UserChecks checks;

  UserAccounts(IdentityService identityService, OrgService orgs, StartupLockMapper locks, HeldTasks heldTasks,
      Passwords passwords, UserChecks checks) {
    this.identityService = identityService;
    this.orgs = orgs;
    this.locks = locks;
    this.heldTasks = heldTasks;
    this.passwords = passwords;
    this.checks = checks;
  }

  /** A user as the administrator reads them: organisation and role, with their Chinese names. */
  record UserView(String userId, String name, String email, String orgCode, String orgName, String role,
      String roleLabel) {
  }

  /**
   * What writing a user did: created, or changed (name, e-mail, organisation or role); the password generated for a
   * new user without one (shown once, stored only hashed); the tasks a move handed back and those it left.
   */
  record Outcome(UserView user, boolean created, boolean changed, String generatedPassword, List<String> returnedTasks,
      List<String> keptTasks) {
  }

  /** Takes turns with every other load or change of organisations and users, until the transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  void lock() {
    if (locks.lock(OrgImport.LOCK) == null) {
      throw new IllegalStateException("platform_lock has no '" + OrgImport.LOCK + "' row; is V51 missing?");
    }
  }

  Optional<User> find(String userId) {
    return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
  }

  /**
   * Creates the user, or brings an existing one in line with the spec (a blank e-mail keeps the one stored; an
   * initial password is for a new user only). The spec has been checked, under {@link #lock()}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Outcome write(UserSpec spec) {
    RoleName role = Objects.requireNonNull(RoleName.parse(spec.role()));
    User user = find(spec.userId()).orElse(null);
    boolean created = user == null;
    String generated = null;
    boolean changed = false;
    if (created) {
      user = identityService.newUser(spec.userId());
      generated = spec.password() == null ? passwords.generate(spec) : null;
      user.setPassword(generated == null ? spec.password() : generated);
    }
    if (created || !spec.name().equals(nameOf(user)) || spec.email() != null && !spec.email().equals(user.getEmail())) {
      // The whole name in the first name: Tasklist shows "first last", and a Chinese name is not split so.
      user.setFirstName(spec.name());
      user.setLastName("");
      if (spec.email() != null) {
        user.setEmail(spec.email());
      }
      identityService.saveUser(user);
      changed = !created;
    }
    Set<String> wanted = new HashSet<>(Set.of(role.group()));
    if (!role.admin()) {
      wanted.add(spec.orgCode());
    }
    boolean moved = false;
    for (Group group : groupsOf(spec.userId())) {
      boolean held = ROLE_GROUPS.contains(group.getId()) || OrgAccess.ORG_GROUP_TYPE.equals(group.getType());
      if (held && !wanted.remove(group.getId())) {
        identityService.deleteMembership(spec.userId(), group.getId());
        moved = true;
      }
    }
    for (String group : wanted) {
      identityService.createMembership(spec.userId(), group);
      moved = moved || !created;
    }
    HeldTasks.HandedBack tasks = moved ? heldTasks.handBack(spec.userId()) : HeldTasks.HandedBack.NONE;
    // Told from what was written, not read back: a load writes inside one engine command, whose writes reach the
    // database only when it ends (InOneCommand).
    UserView view = new UserView(spec.userId(), spec.name(), spec.email() != null ? spec.email() : user.getEmail(),
        role.admin() ? null : spec.orgCode(), role.admin() ? null : orgs.nameOf(spec.orgCode()), role.group(),
        Roles.label(role.group()));
    return new Outcome(view, created, changed || moved, generated, tasks.returned(), tasks.kept());
  }

  /** A new user; refused whole (the first fault) if any field is bad, 409 if the account exists. */
  @Transactional
  Outcome create(UserSpec spec, String caller) {
    lock();
    refuseFaults(spec, caller);
    if (find(spec.userId()).isPresent()) {
      throw Refusal.conflict("user_exists", "userId", "用户 " + spec.userId() + " 已存在；调整组织或角色请用 PUT "
          + "/api/admin/users/" + spec.userId());
    }
    return write(spec);
  }

  /** An existing user to the spec's organisation and role; a name or e-mail left out stays as it is. */
  @Transactional
  Outcome move(UserSpec spec, String caller) {
    lock();
    UserView current = view(spec.userId()).orElseThrow(() -> notFound(spec.userId()));
    UserSpec target = new UserSpec(spec.userId(), spec.name() == null ? current.name() : spec.name(), spec.orgCode(),
        spec.role(), spec.email(), null);
    refuseFaults(target, caller);
    return write(target);
  }

  private void refuseFaults(UserSpec spec, String caller) {
    List<UserChecks.Fault> faults = checks.faults(spec, caller, orgs::find);
    if (!faults.isEmpty()) {
      throw Refusal.invalid(faults.get(0).field(), faults.get(0).reason());
    }
  }

  static Refusal notFound(String userId) {
    return Refusal.notFound("user", "没有这个用户：" + echo(userId));
  }

  /** The user in Chinese terms, if there is one. */
  Optional<UserView> view(String userId) {
    return find(userId).map(user -> {
      List<Group> groups = groupsOf(userId);
      Group org = groups.stream().filter(g -> OrgAccess.ORG_GROUP_TYPE.equals(g.getType())).findFirst().orElse(null);
      String role = groups.stream().map(Group::getId).filter(ROLE_GROUPS::contains).sorted().findFirst()
          .orElse(null);
      return new UserView(userId, nameOf(user), user.getEmail(), org == null ? null : org.getId(),
          org == null ? null : org.getName(), role, role == null ? null : Roles.label(role));
    });
  }

  /** The name as Tasklist shows it: first and last (a demo user's organisation and role), or the whole name. */
  private static String nameOf(User user) {
    String first = Objects.requireNonNullElse(user.getFirstName(), "");
    String last = Objects.requireNonNullElse(user.getLastName(), "");
    return last.isEmpty() ? first : first + " " + last;
  }

  private List<Group> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).listPage(0, 100);
  }

  private static String echo(String text) {
    return SheetRows.echo(text);
  }
}
