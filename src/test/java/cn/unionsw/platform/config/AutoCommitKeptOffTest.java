package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connections handed out as in autocommit from a pool that keeps them out of it: transactions begin and end without
 * switching the connection, and work outside them is committed as it runs.
 */
class AutoCommitKeptOffTest {

  final List<String> sent = new ArrayList<>();
  final HikariDataSource pool = pool(false);
  final DataSource dataSource = (DataSource) new AutoCommitKeptOff()
      .postProcessAfterInitialization(noted(pool), "dataSource");
  final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
  final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  final JdbcTemplate outside = new JdbcTemplate(pool);

  @AfterEach
  void closePool() {
    pool.close();
  }

  @Test
  void shouldCommitWorkOutsideATransactionAsItRuns() throws SQLException {
    jdbc.execute("create table note (id int primary key, text varchar(20))");
    sent.clear();

    jdbc.update("insert into note values (1, 'a')");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThat(connection.getAutoCommit()).isTrue();
      statement.executeUpdate("insert into note values (2, 'b')");
      // Seen from another connection before this one is closed: committed as it ran.
      assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isEqualTo(2);
      assertThat(statement.getConnection()).isSameAs(connection);
      try (ResultSet rows = statement.executeQuery("select text from note order by id")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("a");
      }
    }

    // Each write committed as it ran; the read ended when the connection was closed.
    assertThat(sent).containsExactly("commit", "commit", "commit");
  }

  @Test
  void shouldEndAReadOutsideATransactionWithOneRoundTrip() {
    jdbc.execute("create table note (id int primary key, text varchar(20))");
    sent.clear();

    assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isZero();

    assertThat(sent).containsExactly("commit");
  }

  @Test
  void shouldTellWritesFromReadsByWhatExecuteAnswersAsMyBatisRunsThem() throws SQLException {
    jdbc.execute("create table note (id int primary key, text varchar(20))");
    sent.clear();

    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement write = connection.prepareStatement("insert into note values (?, 'a')")) {
        write.setInt(1, 1);
        assertThat(write.execute()).isFalse();
      }
      assertThat(sent).containsExactly("commit");
      assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isOne();
      try (PreparedStatement read = connection.prepareStatement("select text from note")) {
        assertThat(read.execute()).isTrue();
      }
      assertThat(sent).containsExactly("commit");
    }

    assertThat(sent).containsExactly("commit", "commit");
  }

  @Test
  void shouldKeepWhatABatchWroteBeforeItFailedAsAutocommitWould() throws SQLException {
    jdbc.execute("create table note (id int primary key, text varchar(20))");

    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("insert into note values (?, 'a')")) {
      for (int id : new int[] {1, 2, 1}) {
        insert.setInt(1, id);
        insert.addBatch();
      }
      assertThatThrownBy(insert::executeBatch).isInstanceOf(BatchUpdateException.class);
    }

    assertThat(outside.queryForList("select id from note order by id", Integer.class)).containsExactly(1, 2);
  }

  @Test
  void shouldCommitAReadBeforeATransactionBeginsOnTheSameConnection() throws SQLException {
    jdbc.execute("create table note (id int primary key, text varchar(20))");
    sent.clear();

    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.executeQuery("select count(*) from note").close();
      }
      connection.setAutoCommit(false);
      assertThat(sent).containsExactly("commit");
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("insert into note values (1, 'a')");
      }
      connection.rollback();
      connection.setAutoCommit(true);
    }

    assertThat(sent).containsExactly("commit", "rollback");
    assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isZero();
  }

  @Test
  void shouldAnswerItselfUnwrappedAsAConnection() throws SQLException {
    jdbc.execute("create table note (id int primary key, text varchar(20))");

    try (Connection connection = dataSource.getConnection()) {
      Connection unwrapped = connection.unwrap(Connection.class);
      assertThat(unwrapped).isSameAs(connection);
      assertThat(connection.isWrapperFor(Connection.class)).isTrue();
      try (Statement statement = unwrapped.createStatement()) {
        statement.executeUpdate("insert into note values (1, 'a')");
      }
      assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isOne();
    }
  }

  @Test
  void shouldBeginAndEndTransactionsWithoutSwitchingTheConnection() {
    jdbc.execute("create table note (id int primary key, text varchar(20))");
    sent.clear();

    transaction.executeWithoutResult(status -> {
      jdbc.update("insert into note values (1, 'a')");
      jdbc.update("insert into note values (2, 'b')");
      assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isZero();
    });
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      jdbc.update("insert into note values (3, 'c')");
      jdbc.update("insert into note values (1, 'again')");
    })).hasMessageContaining("note");

    assertThat(outside.queryForList("select id from note order by id", Integer.class)).containsExactly(1, 2);
    // Nothing but each transaction's end: no autocommit switched on the database.
    assertThat(sent).containsExactly("commit", "rollback");
  }

  @Test
  void shouldCommitATransactionLeftForAutocommitAsJdbcSays() throws SQLException {
    jdbc.execute("create table note (id int primary key, text varchar(20))");

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("insert into note values (1, 'a')");
      }
      assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isZero();
      connection.setAutoCommit(true);
      assertThat(outside.queryForObject("select count(*) from note", Integer.class)).isOne();
    }
  }

  @Test
  void shouldHandOutAPoolInAutocommitAsItIs() throws SQLException {
    try (HikariDataSource inAutoCommit = pool(true)) {
      DataSource wrapped = (DataSource) new AutoCommitKeptOff()
          .postProcessAfterInitialization(inAutoCommit, "dataSource");
      try (Connection connection = wrapped.getConnection()) {
        assertThat(connection).isInstanceOf(com.zaxxer.hikari.pool.ProxyConnection.class);
      }
    }
    assertThat(new AutoCommitKeptOff().postProcessAfterInitialization(pool, "otherDataSource")).isSameAs(pool);
  }

  private static HikariDataSource pool(boolean autoCommit) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    pool.setAutoCommit(autoCommit);
    pool.setMaximumPoolSize(3);
    return pool;
  }

  /** The pool, noting each commit, rollback and switch of autocommit its connections are asked for. */
  private DataSource noted(DataSource target) {
    return new org.springframework.jdbc.datasource.DelegatingDataSource(target) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
              switch (method.getName()) {
                case "setAutoCommit" -> sent.add("setAutoCommit(" + args[0] + ")");
                case "commit", "rollback" -> sent.add(method.getName());
                default -> { }
              }
              try {
                return method.invoke(connection, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }
}
