package cn.unionsw.platform.config;

import static cn.unionsw.platform.config.StatementRewriting.placeholders;

import cn.unionsw.platform.config.StatementRewriting.Plan;
import cn.unionsw.platform.config.StatementRewriting.Rewritten;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.ParameterMapping;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A page of the task query on MySQL and MariaDB chosen by the tasks' ids first, then only its rows read whole.
 *
 * <p>A reviewer's inbox asks for {@code select distinct} every task column, ordered (by due date), one page: the
 * candidate-group join can match a task twice, so Camunda de-duplicates. MariaDB 10.11 does it by copying every
 * matching task, all 23 columns with the 4,000-character description, into a temporary table and sorting that, for
 * each page; at a city's 1,250 open tasks that was half of the statement's time. Here the same question picks the
 * page as {@code select distinct RES.ID_} and the sort columns, in a derived table, and reads the page's rows by
 * their primary key: 19 against 12 ms on the inbox benchmark's database (docs/benchmarks.md). The answer is the same:
 * a task's columns follow from its id, so {@code distinct} over the id and the sort columns keeps the same tasks in
 * the same order (where the sort leaves ties, SQL leaves their order open in either form); the placeholders keep
 * their order.
 *
 * <p>Every task list the engine asks on MySQL has that shape unless it sorts otherwise (Camunda renders {@code
 * distinct} and {@code LIMIT ? OFFSET ?} for every list, {@code LIMIT 2147483647} for one without a page, and sorts by
 * id when nothing is asked): engine REST's task queries, Tasklist's filters, the platform's own. Only the plain shape
 * is rewritten: Camunda's task columns and nothing else selected (no sorting by a variable, no case-insensitive name),
 * ordered by task columns, then {@code LIMIT ? OFFSET ?}. Any other shape runs as Camunda writes it. H2 answers
 * Camunda's form by index and keeps it.
 *
 * <p>The derived table also counts the distinct tasks it sorted ({@code count(*) over ()}, on every row of the page
 * as {@link #TOTAL}; Camunda's result map reads no such column): the count of the same query, which
 * {@link TaskCountFromPage} answers from it when a Tasklist filter's list asks for it next.
 */
@Component
class TaskPageByIds extends AbstractProcessEnginePlugin {

  static final String STATEMENT = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";

  private static final String COLUMN = "RES\\.[A-Z0-9_]+";
  private static final String SORT = COLUMN + "\\s+(?:asc|desc)";
  private static final Pattern PAGE = Pattern.compile("^\\s*(?<setting>" + Pattern.quote(
      AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE) + ")?\\s*select\\s+distinct\\s+(?<columns>" + COLUMN
      + "(?:\\s*,\\s*" + COLUMN + ")*)\\s+from\\s+(?<table>\\S*ACT_RU_TASK)\\s+RES\\s(?<body>.*)\\border\\s+by\\s+"
      + "(?<order>" + SORT + "(?:\\s*,\\s*" + SORT + ")*)\\s+LIMIT\\s+\\?\\s+OFFSET\\s+\\?\\s*$",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern ID_SELECTED = Pattern.compile("(^|,)\\s*RES\\.ID_\\s*(,|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SORT_COLUMN = Pattern.compile("(" + COLUMN + ")\\s+(?:asc|desc)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SORT_TABLE = Pattern.compile("\\bRES\\.", Pattern.CASE_INSENSITIVE);

  /** The column that carries, on every row of a page, how many tasks match the query in all. */
  static final String TOTAL = "PAGE_TOTAL_";

  private static final StatementRewriting.Plans PLANS = new StatementRewriting.Plans(TaskPageByIds::plan);

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if ("mysql".equals(engine.getDatabaseType())) {
      StatementRewriting.install(engine, List.of(STATEMENT), PLANS);
    }
  }

  /** The page chosen by id, or null when the statement does not have exactly the plain shape. */
  static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
    return PLANS.rewrite(sql, parameters);
  }

  private static Plan plan(String sql) {
    Matcher page = PAGE.matcher(sql);
    if (!page.find()) {
      return Plan.NONE;
    }
    String columns = page.group("columns");
    if (!ID_SELECTED.matcher(columns).find()) {
      return Plan.NONE;
    }
    String order = page.group("order");
    Set<String> keys = new LinkedHashSet<>(List.of("RES.ID_"));
    Matcher sort = SORT_COLUMN.matcher(order);
    while (sort.find()) {
      keys.add(sort.group(1).toUpperCase());
    }
    String table = page.group("table");
    String setting = page.group("setting") == null ? "" : page.group("setting");
    String rewritten = setting + "select " + columns + ", PAGE_." + TOTAL + " from " + table + " RES inner join "
        + "(select KEYS_.*, count(*) over () " + TOTAL + " from (select distinct " + String.join(", ", keys)
        + " from " + table + " RES " + page.group("body") + ") KEYS_ order by "
        + SORT_TABLE.matcher(order).replaceAll("KEYS_.")
        + " LIMIT ? OFFSET ?) PAGE_ on PAGE_.ID_ = RES.ID_ order by " + order;
    return Plan.inPlace(rewritten, placeholders(sql, 0, sql.length()));
  }
}
