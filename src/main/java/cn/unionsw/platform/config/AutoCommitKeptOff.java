package cn.unionsw.platform.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Spring begins every transaction by switching its connection out of autocommit and ends it by switching back: on
 * MySQL and MariaDB a {@code SET autocommit=0} before the transaction's first statement and a {@code SET
 * autocommit=1} after its {@code COMMIT}, two round trips of every engine command (an evaluation through engine REST
 * is two commands: fourteen statements, four of them these). Where the pool keeps its connections out of autocommit
 * ({@code spring.datasource.hikari.auto-commit: false}, the mysql profile), the data source hands them out as in
 * autocommit all the same, as JDBC describes it, without telling the server:
 * <ul>
 *   <li>{@code getAutoCommit()} answers what was last asked (at first true), and {@code setAutoCommit} only notes it:
 *   Spring's transactions begin and end with nothing sent but their {@code COMMIT} or {@code ROLLBACK};</li>
 *   <li>outside a transaction (while the connection is "in autocommit"), a statement whose result is an update count
 *   is committed as soon as it has run, as the server would have done, and a failing commit fails the statement.
 *   Anything else run there (a read, such as who a request is; a statement that failed, or a batch that failed part
 *   of the way) is committed when the connection is closed, or before a transaction begins on it: one {@code COMMIT}
 *   where the pool would otherwise send a {@code ROLLBACK} (MyBatis asks the connection's metadata after every query,
 *   and the pool then counts the connection dirty), and what autocommit would have kept is kept. Connector/J reads a
 *   result whole before handing it out (the platform streams none);</li>
 *   <li>switching back to autocommit in the middle of a transaction commits it, as JDBC says;</li>
 *   <li>{@code unwrap(Connection.class)} answers this connection; a driver's own class is the pool's, unwatched.</li>
 * </ul>
 * Inside a transaction the pool's own statements are handed out, untouched. A pool whose connections are in autocommit
 * (H2, the default) is handed out as it is. ADR 0034.
 */
@Component
class AutoCommitKeptOff implements BeanPostProcessor {

  /** Wraps the application's data source (Spring Boot's pool) as it is made. */
  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    return "dataSource".equals(name) && bean instanceof DataSource pool && !(bean instanceof Pool)
        ? new Pool(pool) : bean;
  }

  /** The pool, its connections handed out as in autocommit when it keeps them out of it. */
  static final class Pool extends DelegatingDataSource {

    Pool(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return inAutoCommit(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return inAutoCommit(super.getConnection(username, password));
    }
  }

  private static Connection inAutoCommit(Connection connection) throws SQLException {
    if (connection.getAutoCommit()) {
      return connection;
    }
    AutoCommitAsAsked handler = new AutoCommitAsAsked(connection);
    handler.proxy = (Connection) Proxy.newProxyInstance(AutoCommitKeptOff.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
    return handler.proxy;
  }

  /** The call passed on to the pool's own connection or statement, its exceptions as they are. */
  private static Object delegate(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** {@code equals}, {@code hashCode} and {@code toString} of a proxy: its own identity, not its target's. */
  private static Object ofProxy(Object proxy, Method method, Object[] args, Object target) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "AutoCommitKeptOff(" + target + ")";
    };
  }

  /**
   * The connection's autocommit as its user asked for it; whether a transaction's work waits for its end, and whether
   * work done in autocommit waits for its commit.
   */
  private static final class AutoCommitAsAsked implements InvocationHandler {

    private final Connection connection;
    private boolean autoCommit = true;
    private boolean pending;
    private boolean uncommitted;
    private Connection proxy;

    AutoCommitAsAsked(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return ofProxy(proxy, method, args, connection);
      }
      switch (method.getName()) {
        case "getAutoCommit":
          return autoCommit;
        case "setAutoCommit":
          boolean asked = (Boolean) args[0];
          if (asked != autoCommit && (asked ? pending : uncommitted)) {
            pending = false;
            uncommitted = false;
            connection.commit();
          }
          autoCommit = asked;
          return null;
        case "commit", "rollback":
          if (args == null) {
            pending = false;
            uncommitted = false;
          }
          break;
        case "close":
          try {
            if (uncommitted && !connection.isClosed()) {
              uncommitted = false;
              connection.commit();
            }
          } finally {
            connection.close();
          }
          return null;
        case "unwrap", "isWrapperFor":
          if (((Class<?>) args[0]).isInstance(proxy)) {
            return method.getName().equals("unwrap") ? proxy : true;
          }
          break;
        case "createStatement", "prepareStatement", "prepareCall":
          Object statement = delegate(connection, method, args);
          if (!autoCommit) {
            pending = true;
            return statement;
          }
          return Proxy.newProxyInstance(AutoCommitKeptOff.class.getClassLoader(),
              new Class<?>[] {method.getReturnType()}, new CommittedAsRun(statement, this));
        default:
          break;
      }
      return delegate(connection, method, args);
    }
  }

  /** A statement made in autocommit: what it runs while its connection is in autocommit is committed. */
  private record CommittedAsRun(Object statement, AutoCommitAsAsked owner) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("getConnection")) {
        return owner.proxy;
      }
      if (method.getDeclaringClass() == Object.class) {
        return ofProxy(proxy, method, args, statement);
      }
      if (!method.getName().startsWith("execute")) {
        return delegate(statement, method, args);
      }
      if (!owner.autoCommit) {
        owner.pending = true;
        return delegate(statement, method, args);
      }
      // Whatever happens next, something may have run: committed on close at the latest.
      owner.uncommitted = true;
      Object result = delegate(statement, method, args);
      // executeQuery() gives rows, execute() answers true when its first result is rows: left for the close.
      if (!method.getName().equals("executeQuery") && !Boolean.TRUE.equals(result)) {
        owner.uncommitted = false;
        owner.connection.commit();
      }
      return result;
    }
  }
}
