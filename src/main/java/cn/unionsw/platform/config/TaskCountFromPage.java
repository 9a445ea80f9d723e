package cn.unionsw.platform.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The count of a Tasklist filter's list answered from the page's own pass, on MySQL and MariaDB.
 *
 * <p>Tasklist asks for a filter's tasks in HAL ({@code POST /filter/{id}/list}), and engine REST answers with the
 * page and the number of all the tasks the filter matches: two statements over the same criteria, one after the
 * other, in the same request. To pick its rows the page already sorts every matching task, and {@link TaskPageByIds}
 * has it count them as it does ({@link TaskPageByIds#TOTAL}). Here the count statement that follows in the same
 * request, over the same criteria with the same values, is answered with that number instead of being asked of the
 * database again. At a city's 1,250 open tasks that count was 6.2 of the 17.3 ms a Tasklist page spent in MariaDB's
 * statements (docs/benchmarks.md, ADR 0039).
 *
 * <p>The number is the database's, a moment earlier in the same request; stock Camunda asks the page and the count in
 * transactions of their own as well, so its count too may see a task the page did not. It is kept only:
 * <ul>
 *   <li>for the request that asked the page, and only for requests for a filter's list, which change nothing;</li>
 *   <li>for the first task count after the page, and only if its statement, from the task table on, is the page's
 *       text, and its every parameter value is the page's (the caller, their groups, the criteria).</li>
 * </ul>
 * Any other count is asked of the database, and so is the count after an empty page (past the end), which carries no
 * number. H2 keeps Camunda's statements (as in {@link TaskPageByIds}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TaskCountFromPage extends AbstractProcessEnginePlugin {

  private static final String TASK_TABLE = "ACT_RU_TASK RES";
  /** A filter's list in engine REST or in the web apps' engine API. */
  private static final Pattern FILTER_LIST = Pattern.compile(".*/filter/[^/]+/list");
  /** What a count of Camunda's task query says before its table (its setting for MariaDB taken off). */
  private static final Pattern COUNT_HEAD = Pattern.compile(
      "\\s*select\\s+count\\(\\s*distinct\\s+RES\\.ID_\\s*\\)\\s+from\\s+\\S*", Pattern.CASE_INSENSITIVE);
  private static final List<String> PAGE_BOUNDS = List.of("maxResults", "firstResult");

  private static final ThreadLocal<ListRequest> REQUEST = new ThreadLocal<>();

  private final AtomicLong answered = new AtomicLong();

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if ("mysql".equals(engine.getDatabaseType())) {
      Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
      mybatis.addInterceptor(new PageThenCount(mybatis));
    }
  }

  /** How many counts were answered from their page since start-up. */
  long answered() {
    return answered.get();
  }

  /** Opens the memory of one filter list request, for its page to leave its number in and its count to take it. */
  @Bean
  FilterRegistrationBean<Filter> filterListCountedOnce(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    Filter filter = (request, response, chain) -> {
      if (request instanceof HttpServletRequest http && FILTER_LIST.matcher(http.getRequestURI()).matches()) {
        try (FilterList ignored = filterList()) {
          chain.doFilter(request, response);
        }
      } else {
        chain.doFilter(request, response);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  /** Opens a filter list request on this thread, until closed: its page leaves its number for the count after it. */
  static FilterList filterList() {
    REQUEST.set(new ListRequest());
    return REQUEST::remove;
  }

  interface FilterList extends AutoCloseable {
    @Override
    void close();
  }

  /** The criteria of a task query as it reached the database: its text from the task table on, and its values. */
  record Criteria(String text, List<Object> values) {
  }

  /** The last page a filter list request read, and how many tasks its criteria match. */
  private static final class ListRequest {
    Criteria page;
    long total;
  }

  /** Reads each page's number as its rows are read, and answers the count after it. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "query", args = {Statement.class,
      ResultHandler.class}))
  private final class PageThenCount implements Interceptor {

    private final Configuration mybatis;

    PageThenCount(Configuration mybatis) {
      this.mybatis = mybatis;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      ListRequest request = REQUEST.get();
      if (request == null) {
        return invocation.proceed();
      }
      StatementHandler handler = (StatementHandler) invocation.getTarget();
      BoundSql bound = handler.getBoundSql();
      Criteria page = pageCriteria(bound);
      if (page != null && invocation.getArgs()[0] instanceof PreparedStatement statement) {
        request.page = null;
        TotalReader reader = new TotalReader(statement);
        Object rows = handler.query(reader.statement(), (ResultHandler<?>) invocation.getArgs()[1]);
        if (reader.total != null) {
          request.page = page;
          request.total = reader.total;
        }
        return rows;
      }
      Criteria count = request.page == null ? null : countCriteria(bound);
      if (count != null) {
        // One count per page: the number is used up by the task count after it, whether it answers it or not.
        boolean same = count.equals(request.page) && invocation.getArgs()[1] == null;
        request.page = null;
        if (same) {
          answered.incrementAndGet();
          return List.of(request.total);
        }
      }
      return invocation.proceed();
    }

    /** The criteria of a page as {@link TaskPageByIds} wrote it, or null for any other statement. */
    private Criteria pageCriteria(BoundSql bound) {
      String sql = bound.getSql();
      int keys = sql.indexOf(TaskPageByIds.KEYS_FROM);
      int end = sql.lastIndexOf(TaskPageByIds.KEYS_END);
      int table = keys < 0 ? -1 : sql.indexOf(TASK_TABLE, keys);
      List<ParameterMapping> parameters = bound.getParameterMappings();
      int criteria = parameters.size() - PAGE_BOUNDS.size();
      if (table < 0 || end < table || !sql.contains(TaskPageByIds.TOTAL) || criteria < 0
          || !PAGE_BOUNDS.equals(parameters.subList(criteria, parameters.size()).stream()
              .map(ParameterMapping::getProperty).toList())) {
        return null;
      }
      return new Criteria(words(sql, table + TASK_TABLE.length(), end), values(bound, criteria));
    }

    /** The criteria of a count of Camunda's task query, or null for any other statement. */
    private Criteria countCriteria(BoundSql bound) {
      String sql = bound.getSql();
      int table = sql.indexOf(TASK_TABLE);
      if (table < 0) {
        return null;
      }
      int head = sql.startsWith(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE)
          ? AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE.length() : 0;
      if (!COUNT_HEAD.matcher(sql).region(head, table).matches()) {
        return null;
      }
      return new Criteria(words(sql, table + TASK_TABLE.length(), sql.length()),
          values(bound, bound.getParameterMappings().size()));
    }

    /**
     * {@code sql[from, to)} with each run of whitespace as one space and none at either end: the page and the count
     * render the same criteria, but not with the same blank lines (the page's sort binds more of the template).
     */
    static String words(String sql, int from, int to) {
      StringBuilder words = new StringBuilder(to - from);
      boolean space = false;
      for (int i = from; i < to; i++) {
        char c = sql.charAt(i);
        if (Character.isWhitespace(c)) {
          space = words.length() > 0;
        } else {
          if (space) {
            words.append(' ');
            space = false;
          }
          words.append(c);
        }
      }
      return words.toString();
    }

    /** The values of the first parameters, found as MyBatis finds them to set them on the statement. */
    private List<Object> values(BoundSql bound, int count) {
      Object parameter = bound.getParameterObject();
      MetaObject meta = null;
      List<Object> values = new ArrayList<>(count);
      for (ParameterMapping mapping : bound.getParameterMappings().subList(0, count)) {
        String property = mapping.getProperty();
        if (bound.hasAdditionalParameter(property)) {
          values.add(bound.getAdditionalParameter(property));
        } else if (parameter == null || mybatis.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
          values.add(parameter);
        } else {
          meta = meta == null ? mybatis.newMetaObject(parameter) : meta;
          values.add(meta.getValue(property));
        }
      }
      return values;
    }
  }

  /** The page's statement as MyBatis reads it, noting the number the first row carries. */
  private static final class TotalReader {

    private final PreparedStatement statement;
    Long total;

    TotalReader(PreparedStatement statement) {
      this.statement = statement;
    }

    PreparedStatement statement() {
      return proxy(PreparedStatement.class, statement, (method, result) ->
          "getResultSet".equals(method.getName()) && result instanceof ResultSet rows ? rows(rows) : result);
    }

    private ResultSet rows(ResultSet rows) {
      return proxy(ResultSet.class, rows, (method, result) -> {
        if ("next".equals(method.getName()) && Boolean.TRUE.equals(result) && total == null) {
          total = rows.getLong(TaskPageByIds.TOTAL);
        }
        return result;
      });
    }

    private interface After {
      Object apply(Method method, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
      InvocationHandler handler = (proxy, method, arguments) -> {
        try {
          return after.apply(method, method.invoke(target, arguments));
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
  }
}
