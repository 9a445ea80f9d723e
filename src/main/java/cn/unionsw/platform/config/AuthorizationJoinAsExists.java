package cn.unionsw.platform.config;

import static cn.unionsw.platform.config.StatementRewriting.placeholders;

import cn.unionsw.platform.config.StatementRewriting.Plan;
import cn.unionsw.platform.config.StatementRewriting.Rewritten;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.ibatis.mapping.ParameterMapping;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The authorization check of the task and variable queries on MySQL and MariaDB as index look-ups per row instead of
 * a join that reads every authorization of the caller's groups (or the whole table) for every row.
 *
 * <p>Camunda checks a task query by left-joining the caller's authorizations as a derived table, {@code ON
 * (AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*')}, and keeping the tasks where
 * the join found a row. MariaDB 10.11 cannot look an {@code OR} of columns up by index: it runs a block-nested-loop
 * join of every open task of the query against every authorization row of the caller's groups, and each open task
 * brings one of those (the grant Camunda writes for its candidate group). Measured on MariaDB with 10,000 open tasks
 * at one city: 40 s for a reviewer's first page (docs/benchmarks.md). Here the same check is written as {@code EXISTS}
 * per resource id ({@code A.RESOURCE_ID_ = RES.ID_}, {@code = D.KEY_}, {@code = '*'}), each answered by Camunda's index
 * on {@code RESOURCE_ID_}: the same tasks, since the query selects {@code distinct} task columns and reads nothing of
 * the joined row but whether it exists.
 *
 * <p>The variable query (Tasklist's filters read the listed tasks' variables by it) has the same join on five ids
 * ({@code RES.PROC_INST_ID_}, its execution, {@code PROCDEF.KEY_}, {@code RES.TASK_ID_}, {@code '*'}); MariaDB scanned
 * the whole authorization table for it on every call, historic authorizations included, so that its cost grew with
 * history. The process and decision definition queries ({@code RES.ID_}, {@code RES.KEY_}, {@code '*'}) are the
 * first statement of every start and evaluation by key through engine REST ({@code /process-definition/key/{key}/start},
 * {@code /decision-definition/key/{key}/evaluate}); MariaDB scanned the whole authorization table for them too, 3 ms a
 * start with 6,000 authorization rows, growing with every case (Camunda keeps a grant on each finished task for its
 * history). The statements are rewritten as MyBatis renders them, for these queries only (list and count, which
 * Tasklist's filters use too), and only when they have exactly Camunda's shape: the derived table, that {@code ON}
 * clause, one {@code AUTH.RESOURCE_ID_ IS NOT NULL} (in parentheses or bare) and no other use of the join. Any other
 * shape (a later Camunda, revocations checked, composite checks) runs unchanged. The parameters keep their values;
 * their order follows the placeholders' new places. H2 answers Camunda's own form by index and keeps it.
 *
 * <p>The rewritten statements run on MariaDB without its subquery cache ({@link #WITHOUT_SUBQUERY_CACHE}): MariaDB
 * keeps the answer of a correlated subquery by its outer values, but the look-up that decides nearly every row is by
 * that row's own id, which never comes again, so each row paid for a cache that missed. Without it a Tasklist filter's
 * page and count at a city's 1,250 tasks took a quarter less of MariaDB's time (docs/benchmarks.md). The setting is
 * for the one statement ({@code SET STATEMENT … FOR}), in a comment that only MariaDB executes; MySQL has no such
 * cache and reads a comment.
 */
@Component
class AuthorizationJoinAsExists extends AbstractProcessEnginePlugin {

  static final List<String> STATEMENTS = List.of(
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceCountByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity.selectProcessDefinitionsByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity.selectProcessDefinitionCountByQueryCriteria",
      "org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity.selectDecisionDefinitionsByQueryCriteria",
      "org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity"
          + ".selectDecisionDefinitionCountByQueryCriteria");

  private static final Pattern JOIN = Pattern.compile("left\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+"
      + "(\\S*ACT_RU_AUTHORIZATION)\\s+A\\s+WHERE\\s+(.*?)\\)\\s*AUTH\\s+ON\\s*\\(\\s*"
      + "((?:AUTH\\.RESOURCE_ID_\\s*=\\s*(?:[A-Z0-9_]+\\.[A-Z0-9_]+|'\\*')\\s*(?:OR\\s+)?)+)\\)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern TARGET = Pattern.compile("AUTH\\.RESOURCE_ID_\\s*=\\s*([A-Z0-9_]+\\.[A-Z0-9_]+|'\\*')",
      Pattern.CASE_INSENSITIVE);
  /** The join's test, in parentheses (the task query) or bare (the definition queries: {@code AND AUTH… IS NOT NULL}). */
  private static final Pattern FOUND = Pattern.compile(
      "\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)|\\bAUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_USE = Pattern.compile("\\bAUTH\\d*\\.", Pattern.CASE_INSENSITIVE);

  /** MariaDB's setting for the statement that follows it; MySQL skips the comment. */
  static final String WITHOUT_SUBQUERY_CACHE = "/*M! SET STATEMENT optimizer_switch='subquery_cache=off' FOR */ ";

  private static final StatementRewriting.Plans PLANS = new StatementRewriting.Plans(AuthorizationJoinAsExists::plan);

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!"mysql".equals(engine.getDatabaseType())) {
      return;
    }
    StatementRewriting.install(engine, STATEMENTS, PLANS);
  }

  /** Camunda's join as {@code EXISTS} look-ups, or null when the statement does not have exactly Camunda's shape. */
  static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
    return PLANS.rewrite(sql, parameters);
  }

  private static Plan plan(String sql) {
    if (!sql.contains("ACT_RU_AUTHORIZATION")) {
      // Most renders carry no check (the engine's own reads, administrators): no pattern to try.
      return Plan.NONE;
    }
    Matcher join = JOIN.matcher(sql);
    if (!join.find()) {
      return Plan.NONE;
    }
    int joinStart = join.start();
    int joinEnd = join.end();
    Matcher found = FOUND.matcher(sql);
    if (!found.find(joinEnd)) {
      return Plan.NONE;
    }
    int foundStart = found.start();
    int foundEnd = found.end();
    String rest = sql.substring(0, joinStart) + sql.substring(joinEnd, foundStart) + sql.substring(foundEnd);
    if (ANY_USE.matcher(rest).find() || JOIN.matcher(rest).find()) {
      return Plan.NONE;
    }
    String table = join.group(1);
    String condition = join.group(2);
    List<String> targets = new ArrayList<>();
    Matcher target = TARGET.matcher(join.group(3));
    while (target.find()) {
      targets.add(target.group(1));
    }
    int before = placeholders(sql, 0, joinStart);
    int inCondition = placeholders(sql, join.start(2), join.end(2));
    int inJoin = placeholders(sql, joinStart, joinEnd);
    int between = placeholders(sql, joinEnd, foundStart);
    int total = placeholders(sql, 0, sql.length());
    if (inJoin != inCondition || placeholders(sql, foundStart, foundEnd) != 0) {
      return Plan.NONE;
    }
    StringBuilder exists = new StringBuilder("(");
    IntStream.Builder order = IntStream.builder();
    IntStream.range(0, before).forEach(order);
    IntStream.range(before + inJoin, before + inJoin + between).forEach(order);
    for (int i = 0; i < targets.size(); i++) {
      exists.append(i == 0 ? "" : " OR ").append("EXISTS (SELECT 1 FROM ").append(table)
          .append(" A WHERE A.RESOURCE_ID_ = ").append(targets.get(i)).append(" AND (").append(condition).append("))");
      IntStream.range(before, before + inJoin).forEach(order);
    }
    exists.append(')');
    IntStream.range(before + inJoin + between, total).forEach(order);
    String rewritten = withoutSubqueryCache(sql.substring(0, joinStart) + sql.substring(joinEnd, foundStart) + exists
        + sql.substring(foundEnd));
    return new Plan(rewritten, order.build().toArray(), total);
  }

  /** The statement with MariaDB's subquery cache off, once ({@link TaskPageByIds} may have put the text first). */
  static String withoutSubqueryCache(String sql) {
    return sql.startsWith(WITHOUT_SUBQUERY_CACHE) ? sql : WITHOUT_SUBQUERY_CACHE + sql;
  }
}
