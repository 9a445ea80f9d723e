package cn.unionsw.platform.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.JdbcType;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's check that the caller holds a permission (may they work this task, update this instance, start this
 * definition) on MySQL and MariaDB as one index look-up per resource, instead of Camunda's statement of six nested
 * {@code EXISTS} per permission.
 *
 * <p>Camunda asks each permission of a check level by level: the user's grant on the resource, then on every resource
 * of its type ({@code '*'}), then the same for the groups, then the global grants, each an {@code EXISTS} of its own,
 * and chains the permissions with {@code IFNULL}. Completing a task is four permissions (TASK_WORK or UPDATE on the
 * task, TASK_WORK or UPDATE_TASK on its definition): 24 subqueries. MariaDB plans each of them against five indexes
 * of the authorization table; measured with {@code mariadb-slap} on the database of the benchmark beside stock, the
 * statement took 460–670 µs against 40 µs for {@code select 1} (docs/benchmarks.md, ADR 0040).
 *
 * <p>Without revocations (the platform's {@code authorizationCheckRevokes: never}, {@link AuthorizationChecks}) the
 * levels cannot overrule each other: every level answers "granted" or "ask the next", so the check is granted exactly
 * when one grant row matches any of its permissions at any level. Here that is asked as it reads, one {@code EXISTS}
 * per resource of the check: a grant of the resource's type on its id or on {@code '*'}, holding one of the
 * permissions asked on it, to the user, to one of the groups, or to everyone (a global grant). With the platform's
 * index on the resource id ({@link EngineIndexes#AUTHORIZATION_BY_RESOURCE}) named to MariaDB, each is a range of a
 * few index entries, read from the index alone: 170–330 µs for the same check.
 *
 * <p>Only that shape is rewritten: a check of atomic permissions, one or more joined by "or", each naming its
 * resource id, without revocations. A conjunctive or nested check, a check on a query's column, a check with an
 * answer of its own for "no grant found", or revocations checked (an older database that holds REVOKE
 * authorizations) runs Camunda's statement. H2 runs Camunda's statement
 * too. Built from the check itself, not by matching Camunda's text, so a later Camunda that writes its statement
 * differently is rewritten the same; {@code PermissionCheckAsLookUpsIT} compares the two statements' answers over
 * random grants.
 */
@Component
class PermissionCheckAsLookUps extends AbstractProcessEnginePlugin {

  static final String STATEMENT =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.isUserAuthorizedForResource";
  private static final Logger log = LoggerFactory.getLogger(PermissionCheckAsLookUps.class);

  private final EngineIndexes indexes;

  PermissionCheckAsLookUps(EngineIndexes indexes) {
    this.indexes = indexes;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!"mysql".equals(engine.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(STATEMENT, false)) {
      log.warn("Camunda has no statement {}: permission checks run as Camunda writes them", STATEMENT);
      return;
    }
    MappedStatement statement = mybatis.getMappedStatement(STATEMENT, false);
    if (!(statement.getSqlSource() instanceof LookUps)) {
      StatementRewriting.replaceSource(mybatis, statement, new LookUps(mybatis, statement.getSqlSource(),
          engine.getDatabaseTablePrefix(), indexes::authorizationByResource));
    }
  }

  /**
   * The check as look-ups where it has the shape for them, Camunda's statement otherwise.
   *
   * @param indexed whether the platform's index on the resource id exists (named to the server only then)
   */
  record LookUps(Configuration mybatis, SqlSource camunda, String prefix, BooleanSupplier indexed)
      implements SqlSource {

    @Override
    public BoundSql getBoundSql(Object parameter) {
      if (!(parameter instanceof AuthorizationCheck check) || !fits(check)) {
        return camunda.getBoundSql(parameter);
      }
      Map<Resource, List<Integer>> permsByResource = new LinkedHashMap<>();
      for (PermissionCheck atomic : check.getPermissionChecks().getAtomicChecks()) {
        permsByResource.computeIfAbsent(new Resource(atomic.getResourceType(), atomic.getResourceId()),
            r -> new ArrayList<>()).add(atomic.getPerms());
      }
      List<String> groups = check.getAuthGroupIds() == null ? List.of() : check.getAuthGroupIds();
      String table = prefix + "ACT_RU_AUTHORIZATION A"
          + (indexed.getAsBoolean() ? " FORCE INDEX (" + EngineIndexes.AUTHORIZATION_BY_RESOURCE + ")" : "");
      StringBuilder sql = new StringBuilder("SELECT CASE WHEN ");
      List<ParameterMapping> mappings = new ArrayList<>();
      List<String> values = new ArrayList<>();
      String separator = "";
      for (Map.Entry<Resource, List<Integer>> resource : permsByResource.entrySet()) {
        sql.append(separator).append("EXISTS (SELECT 1 FROM ").append(table)
            .append(" WHERE A.RESOURCE_ID_ IN (?, '*') AND A.RESOURCE_TYPE_ = ").append(resource.getKey().type())
            .append(" AND (");
        values.add(resource.getKey().id());
        String or = "";
        for (int perms : resource.getValue().stream().distinct().toList()) {
          sql.append(or).append("A.PERMS_ & ").append(perms).append(" = ").append(perms);
          or = " OR ";
        }
        sql.append(") AND (A.TYPE_ = 1 AND (A.USER_ID_ = ?");
        values.add(check.getAuthUserId());
        if (!groups.isEmpty()) {
          sql.append(" OR A.GROUP_ID_ IN (");
          for (int i = 0; i < groups.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            values.add(groups.get(i));
          }
          sql.append(')');
        }
        sql.append(") OR A.TYPE_ = 0 AND A.USER_ID_ = '*'))");
        separator = " OR ";
      }
      sql.append(" THEN 1 ELSE 0 END");
      for (int i = 0; i < values.size(); i++) {
        mappings.add(new ParameterMapping.Builder(mybatis, "lookUp" + i, String.class).jdbcType(JdbcType.VARCHAR)
            .build());
      }
      BoundSql bound = new BoundSql(mybatis, sql.toString(), mappings, parameter);
      for (int i = 0; i < values.size(); i++) {
        bound.setAdditionalParameter("lookUp" + i, values.get(i));
      }
      return bound;
    }

    /**
     * Atomic permissions on named resources, joined by "or" (or one alone), revocations not checked, none with an
     * answer of its own for "no grant found".
     */
    static boolean fits(AuthorizationCheck check) {
      CompositePermissionCheck permissions = check.getPermissionChecks();
      if (check.isRevokeAuthorizationCheckEnabled() || permissions == null
          || permissions.getCompositeChecks() != null && !permissions.getCompositeChecks().isEmpty()) {
        return false;
      }
      List<PermissionCheck> atomic = permissions.getAtomicChecks();
      if (atomic == null || atomic.isEmpty() || atomic.size() > 1 && !permissions.isDisjunctive()) {
        return false;
      }
      // A "not found" answer of its own (no engine check sets one) would stop Camunda's chain where it stands.
      return atomic.stream().allMatch(a -> a.getResourceIdQueryParam() == null && a.getResourceId() != null
          && a.getAuthorizationNotFoundReturnValue() == null);
    }
  }

  private record Resource(int type, String id) {
  }
}
