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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.query.Query;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The count of a Tasklist filter's list answered from the page's own pass, on MySQL and MariaDB.
 *
 * <p>Tasklist asks for a filter's tasks in HAL ({@code POST /filter/{id}/list}), and engine REST answers with the
 * page and the number of all the tasks the filter matches: {@code FilterService.listPage}, then {@code
 * FilterService.count}, each a command of its own, over the filter and the same extending query (each converted
 * from the request's body). To pick its rows the page already sorts every matching task, and {@link TaskPageByIds}
 * has it count them as it does ({@link TaskPageByIds#TOTAL}). Here the engine's filter service keeps that number, and
 * the count that follows in the same request, for the same filter and an extending query equal to the page's in every
 * field ({@link QueryCriteria}), is answered with it: no command, no filter read, no statement built. At a city's 1,250
 * open tasks the count statement was 6.2 of the 17.3 ms a Tasklist page spent in MariaDB's statements, and building
 * it a sixth of the platform's CPU per page (docs/benchmarks.md, ADR 0039).
 *
 * <p>The number is the database's, a moment earlier in the same request; stock Camunda asks the page and the count in
 * transactions of their own as well, so its count too may see a task the page did not. It is kept only:
 * <ul>
 *   <li>for the request that asked the page, and only for requests for a filter's list, which change nothing;</li>
 *   <li>for the first count after the page, and only for the same engine, the same caller (id, groups, tenants), the
 *       same filter and an equal extending query.</li>
 * </ul>
 * Any other count is asked of the database, and so is the count after an empty page (past the end), which carries no
 * number, and a search's (variable criteria or or-queries, which the engine changes in place while it runs the page,
 * so that the two queries no longer compare equal). H2 keeps Camunda's statements (as in {@link TaskPageByIds}): its
 * pages carry no number, and every count is asked.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TaskCountFromPage extends AbstractProcessEnginePlugin {

  /** A filter's list in engine REST or in the web apps' engine API. */
  private static final Pattern FILTER_LIST = Pattern.compile(".*/filter/[^/]+/list");

  private static final ThreadLocal<ListRequest> REQUEST = new ThreadLocal<>();

  private final AtomicLong answered = new AtomicLong();

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    engine.setFilterService(new PageCountingFilters(engine));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if ("mysql".equals(engine.getDatabaseType())) {
      engine.getSqlSessionFactory().getConfiguration().addInterceptor(new PageTotals());
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

  /** Whether this thread is in a filter list request now. */
  static boolean inFilterList() {
    return REQUEST.get() != null;
  }

  interface FilterList extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * A page a filter list request read: through which filter service, as whom, of which filter, extended by which
   * query, and how many tasks match.
   */
  private record Page(FilterServiceImpl service, Authentication caller, String filterId, Query<?, ?> extendingQuery,
      long total) {
  }

  /** What a filter list request holds between its page and its count. */
  private static final class ListRequest {
    /** While a page is asked: the number its statement's first row carries, if any. */
    boolean reading;
    Long total;
    /** The last page, until a count takes it. */
    Page page;
  }

  /** The engine's filter service, whose pages leave their number for the count after them. */
  private final class PageCountingFilters extends FilterServiceImpl {

    private final ProcessEngineConfigurationImpl engine;

    PageCountingFilters(ProcessEngineConfigurationImpl engine) {
      this.engine = engine;
    }

    @Override
    public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
        int maxResults) {
      ListRequest request = REQUEST.get();
      if (request == null) {
        return super.listPage(filterId, extendingQuery, firstResult, maxResults);
      }
      request.page = null;
      request.total = null;
      request.reading = true;
      try {
        List<T> page = super.listPage(filterId, extendingQuery, firstResult, maxResults);
        if (request.total != null) {
          request.page = new Page(this, caller(), filterId, extendingQuery, request.total);
        }
        return page;
      } finally {
        request.reading = false;
        request.total = null;
      }
    }

    @Override
    public Long count(String filterId, Query<?, ?> extendingQuery) {
      ListRequest request = REQUEST.get();
      Page page = request == null ? null : request.page;
      if (page != null) {
        // One count per page: the number is used up by the count after it, whether it answers it or not.
        request.page = null;
        if (page.service() == this && page.filterId().equals(filterId) && QueryCriteria.same(page.caller(), caller())
            && QueryCriteria.same(page.extendingQuery(), extendingQuery)) {
          answered.incrementAndGet();
          return page.total();
        }
      }
      return super.count(filterId, extendingQuery);
    }

    /** Who the engine takes the caller to be: their id, groups and tenants, which the filter's checks read. */
    private Authentication caller() {
      return engine.getIdentityService().getCurrentAuthentication();
    }
  }

  /** Reads, while a filter list request asks its page, the number the page's first row carries. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "query", args = {Statement.class,
      ResultHandler.class}))
  private static final class PageTotals implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      ListRequest request = REQUEST.get();
      StatementHandler handler = (StatementHandler) invocation.getTarget();
      if (request == null || !request.reading || !(invocation.getArgs()[0] instanceof PreparedStatement statement)
          || !handler.getBoundSql().getSql().contains(TaskPageByIds.TOTAL)) {
        return invocation.proceed();
      }
      TotalReader reader = new TotalReader(statement);
      Object rows = handler.query(reader.statement(), (ResultHandler<?>) invocation.getArgs()[1]);
      // The first page statement of the command decides: a later one (none today) leaves the number unknown.
      request.reading = false;
      request.total = reader.total;
      return rows;
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
