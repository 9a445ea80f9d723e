package cn.unionsw.platform.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The answers of Camunda's authorization checks that a node keeps between requests, each under the grant stamp it
 * was asked under (ADR 0037). A check is kept only when its answer depends on nothing but the caller, their groups
 * and grants that move the stamp ({@link GrantStamp#MOVED_BY}): grants on filters and on process and decision
 * definitions, and grants on every resource of a type. A request reads the stamp with its caller, in the one
 * statement that says who it is; it takes a kept answer only if that answer was asked under the same stamp. A
 * change to such a grant moves the stamp in its own transaction, so every request that begins after it commits, on
 * any node, asks the database again.
 */
final class GrantAnswers {

  /** Enough for every user of a province asking a handful of checks; past it, all are forgotten at once. */
  static final int MOST = 20_000;

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  /** The newest stamp any request brought; answers under older ones are dropped when it moves. */
  private volatile long newest = Long.MIN_VALUE;
  private final LongAdder taken = new LongAdder();
  private final LongAdder latestTaken = new LongAdder();

  /** The kept answer to a check asked under this stamp, or null. */
  Boolean answer(long stamp, String question) {
    return kept(stamp, question, Boolean.class, taken);
  }

  /** The kept latest version for a question of {@link #latestQuestion} asked under this stamp, or null. */
  Latest latest(long stamp, String question) {
    return kept(stamp, question, Latest.class, latestTaken);
  }

  private <T> T kept(long stamp, String question, Class<T> type, LongAdder counted) {
    Answer kept = answers.get(question);
    if (kept == null || kept.stamp() != stamp || !type.isInstance(kept.value())) {
      return null;
    }
    counted.increment();
    return type.cast(kept.value());
  }

  /** How many checks were answered from here since start-up. */
  long taken() {
    return taken.sum();
  }

  /** How many latest versions were answered from here since start-up. */
  long latestTaken() {
    return latestTaken.sum();
  }

  /** Keeps the database's answer for requests under the same stamp; an older stamp's answer is not kept. */
  void keep(long stamp, String question, boolean authorized) {
    put(stamp, question, authorized);
  }

  /** Keeps the latest version the database gave, as {@link #keep} does a check's answer. */
  void keepLatest(long stamp, String question, Latest latest) {
    put(stamp, question, latest);
  }

  private void put(long stamp, String question, Object value) {
    if (stamp < newest) {
      return;
    }
    if (stamp > newest) {
      newest = stamp;
      answers.clear();
    }
    if (answers.size() >= MOST) {
      answers.clear();
    }
    // Tagged with its stamp: should a request under an older stamp put it after the clear, nobody newer takes it.
    answers.put(question, new Answer(stamp, value));
  }

  /**
   * The check as a key, or null when its answer may depend on grants that do not move the stamp (a task's, a
   * process instance's) or it is not a plain check of resources named by id.
   */
  static String question(String userId, List<String> groupIds, boolean revokesChecked, CompositePermissionCheck check) {
    if (userId == null) {
      return null;
    }
    // Every name with its length first, so that no two questions share a key whatever characters ids hold.
    StringBuilder key = new StringBuilder(128);
    name(key, userId);
    if (groupIds != null) {
      groupIds.stream().distinct().sorted().forEach(group -> name(key, group));
    }
    key.append(revokesChecked ? 'R' : 'G');
    return append(key, check) ? key.toString() : null;
  }

  private static boolean append(StringBuilder key, CompositePermissionCheck check) {
    key.append(check.isDisjunctive() ? "(or" : "(and");
    for (PermissionCheck atomic : check.getAtomicChecks()) {
      if (!GrantStamp.moves(atomic.getResourceType(), atomic.getResourceId())
          || atomic.getResourceIdQueryParam() != null || atomic.getAuthorizationNotFoundReturnValue() != null) {
        return false;
      }
      // No id and '*' ask the same: the grants on every resource of the type.
      key.append(' ').append(atomic.getResourceType()).append(':').append(atomic.getPerms()).append(':');
      name(key, atomic.getResourceId() == null ? GrantStamp.EVERY : atomic.getResourceId());
    }
    for (CompositePermissionCheck nested : check.getCompositeChecks()) {
      if (!append(key, nested)) {
        return false;
      }
    }
    key.append(')');
    return true;
  }

  private static void name(StringBuilder key, String name) {
    key.append(name.length()).append(':').append(name);
  }

  /**
   * The query for the latest version of a definition by its key as a key, or null when its answer may depend on
   * grants that do not move the stamp. {@code kind} tells process and decision definitions apart.
   */
  static String latestQuestion(String kind, String definitionKey, AuthorizationCheck authorization,
      TenantCheck tenants) {
    // 'L' first: a check's question begins with a digit, the length of its user id.
    StringBuilder key = new StringBuilder(128).append('L');
    name(key, kind);
    name(key, definitionKey);
    if (tenants.isTenantCheckEnabled()) {
      key.append('T');
      List<String> tenantIds = tenants.getAuthTenantIds() == null ? List.of() : tenants.getAuthTenantIds();
      tenantIds.stream().distinct().sorted().forEach(tenant -> name(key, tenant));
    }
    // isAuthorizationCheckEnabled alone says whether the query filters (Camunda's shouldPerformAuthorizatioCheck is
    // a flag of event subscriptions' queries only, false here whatever the caller).
    if (!authorization.isAuthorizationCheckEnabled()) {
      return key.append('-').toString();
    }
    if (authorization.getAuthUserId() == null) {
      return null;
    }
    key.append('A');
    name(key, authorization.getAuthUserId());
    if (authorization.getAuthGroupIds() != null) {
      authorization.getAuthGroupIds().stream().distinct().sorted().forEach(group -> name(key, group));
    }
    key.append(authorization.isRevokeAuthorizationCheckEnabled() ? 'R' : 'G');
    // The definitions' rows are filtered by grants on their own type, every one of which moves the stamp.
    CompositePermissionCheck checks = authorization.getPermissionChecks();
    if (!checks.getCompositeChecks().isEmpty()) {
      return null;
    }
    key.append(checks.isDisjunctive() ? "(or" : "(and");
    for (PermissionCheck atomic : checks.getAtomicChecks()) {
      if (GrantStamp.MOVED_BY.stream().noneMatch(type -> type.resourceType() == atomic.getResourceType())
          || atomic.getAuthorizationNotFoundReturnValue() != null) {
        return null;
      }
      key.append(' ').append(atomic.getResourceType()).append(':').append(atomic.getPerms()).append(':');
      name(key, String.valueOf(atomic.getResourceIdQueryParam()));
      name(key, String.valueOf(atomic.getResourceId()));
    }
    return key.append(')').toString();
  }

  private record Answer(long stamp, Object value) {
  }

  /** The latest version of a definition a query found: its id, or null when it found none the caller may read. */
  record Latest(String definitionId) {
  }

  /** The engine's authentication of a request whose caller was read with the grant stamp. */
  static final class Stamped extends Authentication {

    private final long grantStamp;

    Stamped(String userId, List<String> groupIds, List<String> tenantIds, long grantStamp) {
      super(userId, groupIds, tenantIds);
      this.grantStamp = grantStamp;
    }

    long grantStamp() {
      return grantStamp;
    }
  }
}
