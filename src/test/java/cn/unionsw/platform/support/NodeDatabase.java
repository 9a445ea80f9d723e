package cn.unionsw.platform.support;

import cn.unionsw.platform.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of a test's own that every incarnation of a {@link PlatformNode} shares: on the H2 run an H2 file
 * database under {@code target/}, on the MySQL run a database beside the run's ({@link
 * TestDatabase#databaseBeside}); both with the demo data. On H2 the database is embedded in the node that has it
 * open, so {@link #read} works only while no node runs.
 */
public final class NodeDatabase {

  private final String name;

  private NodeDatabase(String name) {
    this.name = name;
  }

  /** Empty (dropped or deleted if there from an earlier run); the first node creates the schema. */
  public static NodeDatabase fresh(String name) {
    NodeDatabase database = new NodeDatabase(name);
    if (TestDatabase.isMySql()) {
      String url = System.getProperty("it.mysql.url");
      try (var connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1),
          System.getProperty("it.mysql.user", "root"), System.getProperty("it.mysql.password", ""));
          var statement = connection.createStatement()) {
        statement.execute("drop database if exists `" + database.mySqlName() + "`");
        statement.execute("create database `" + database.mySqlName() + "` character set utf8mb4 collate utf8mb4_bin");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    } else {
      Path directory = database.h2Directory();
      if (Files.exists(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return database;
  }

  /** The command-line arguments that put a node on this database with the demo data. */
  public List<String> nodeArguments() {
    if (TestDatabase.isMySql()) {
      return List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + mySqlUrl(),
          "--spring.datasource.username=" + System.getProperty("it.mysql.user", "root"),
          "--spring.datasource.password=" + System.getProperty("it.mysql.password", ""),
          "--platform.demo-data.enabled=true");
    }
    return List.of("--spring.datasource.url=" + h2Url(), "--spring.datasource.username=sa",
        "--spring.datasource.password=");
  }

  /**
   * The arguments of {@link #nodeArguments()} with the MySQL server reached at {@code hostAndPort} instead (a
   * {@link DatabaseProxy} in front of it).
   */
  public List<String> nodeArgumentsVia(String hostAndPort) {
    return nodeArguments().stream()
        .map(argument -> argument.startsWith("--spring.datasource.url=")
            ? argument.replaceFirst("//[^/]+/", "//" + hostAndPort + "/") : argument)
        .toList();
  }

  /** The server's host and port as the run's URL names them. */
  public static String serverAddress() {
    String url = System.getProperty("it.mysql.url");
    return url.replaceFirst("^jdbc:[a-z]+://", "").replaceFirst("/.*$", "");
  }

  /** Reads the database from the test (on H2 only while no node has it open). */
  public <T> T read(Function<JdbcTemplate, T> query) {
    if (TestDatabase.isMySql()) {
      try (HikariDataSource pool = TestDatabase.pool(mySqlName())) {
        return query.apply(new JdbcTemplate(pool));
      }
    }
    SingleConnectionDataSource single = new SingleConnectionDataSource(h2Url(), "sa", "", true);
    try {
      return query.apply(new JdbcTemplate(single));
    } finally {
      single.destroy();
    }
  }

  private String mySqlName() {
    return TestDatabase.databaseBeside(name);
  }

  private String mySqlUrl() {
    return System.getProperty("it.mysql.url").replaceFirst("/[^/?]+(\\?|$)", "/" + mySqlName() + "$1");
  }

  private Path h2Directory() {
    return Path.of("target", "h2-" + name).toAbsolutePath();
  }

  /**
   * The platform's default H2 URL (application.yml) in the test's directory. Embedded H2 dies with a killed node and
   * may take its last commits with it (seen here, with H2's default write delay and with WRITE_DELAY=0 alike).
   */
  private String h2Url() {
    return "jdbc:h2:file:" + h2Directory().resolve("unionsw")
        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;NON_KEYWORDS=YEAR;QUERY_CACHE_SIZE=64";
  }
}
