package cn.unionsw.platform.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a MySQL or MariaDB schema utf8mb4 throughout, so that names with characters outside Unicode's Basic
 * Multilingual Plane (𠮷, 𡒄: surnames, village names) can be stored. Camunda's MySQL scripts create every table
 * {@code DEFAULT CHARSET=utf8} (utf8mb3, three bytes a character at most), and its upgrade scripts do the same for
 * the tables they add; this converts whatever is not utf8mb4 to utf8mb4_bin (case-sensitive, as Camunda's
 * utf8_bin). {@link EngineBootstrapLock} runs it once the engine has created its tables, under its lock, so one
 * node converts while the others wait. Once everything is utf8mb4 it costs one information_schema query.
 * Why this way: docs/adr/0005-utf8mb4.md.
 */
@Component
class Utf8mb4Schema {

  /** Foreign keys dropped for the conversion until they are added back; only there while a conversion runs. */
  static final String PENDING = "utf8mb4_pending_fk";
  private static final String UTF8MB4 = "character set utf8mb4 collate utf8mb4_bin";
  private static final Logger log = LoggerFactory.getLogger(Utf8mb4Schema.class);

  /**
   * The tables with a character set other than utf8mb4 (the table's or a column's) and their row format, the
   * pending table of an interrupted conversion (?), and a row without a name when the schema's default is not
   * utf8mb4 (tables created later, Flyway's among them, take that default). About 1.5 ms on MariaDB with 60 tables;
   * the same with a subquery per table took 30.
   */
  private static final String UNCONVERTED = """
      select t.table_name, t.row_format from information_schema.tables t
       where t.table_schema = database() and t.table_type = 'BASE TABLE'
         and (t.table_collation not like 'utf8mb4%' or t.table_name = ?
              or t.table_name in (select c.table_name from information_schema.columns c
                                   where c.table_schema = database() and c.character_set_name <> 'utf8mb4'))
      union all
      select null, null from information_schema.schemata
       where schema_name = database() and default_character_set_name <> 'utf8mb4'
      """;

  /**
   * Every foreign key of the schema: name, table, referenced table, and the definition that adds it back. InnoDB
   * knows no deferred checks, so RESTRICT and NO ACTION are one rule, the default: added back without a clause, as
   * Camunda's scripts declare them, MariaDB and MySQL report them as before.
   */
  private static final String FOREIGN_KEYS = """
      select k.constraint_name, k.table_name, k.referenced_table_name,
             concat('foreign key (', group_concat(concat('`', k.column_name, '`') order by k.ordinal_position),
                    ') references `', k.referenced_table_name, '` (',
                    group_concat(concat('`', k.referenced_column_name, '`') order by k.ordinal_position), ')',
                    if(r.delete_rule in ('RESTRICT', 'NO ACTION'), '', concat(' on delete ', r.delete_rule)),
                    if(r.update_rule in ('RESTRICT', 'NO ACTION'), '', concat(' on update ', r.update_rule)))
        from information_schema.key_column_usage k
        join information_schema.referential_constraints r on r.constraint_schema = k.constraint_schema
             and r.table_name = k.table_name and r.constraint_name = k.constraint_name
       where k.table_schema = database() and k.referenced_table_schema = k.table_schema
       group by k.constraint_name, k.table_name, k.referenced_table_name, r.delete_rule, r.update_rule
      """;

  private final DataSource dataSource;

  Utf8mb4Schema(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Converts what is not utf8mb4 yet; on any other database, or when everything is, does nothing. */
  void convert() {
    try (Connection connection = dataSource.getConnection()) {
      if (!EngineBootstrapLock.isMySql(connection)) {
        return;
      }
      boolean schemaDefault = false;
      boolean interrupted = false;
      Map<String, String> rowFormats = new LinkedHashMap<>();
      try (PreparedStatement query = connection.prepareStatement(UNCONVERTED)) {
        query.setString(1, PENDING);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            if (result.getString(1) == null) {
              schemaDefault = true;
            } else if (PENDING.equals(result.getString(1))) {
              interrupted = true;
            } else {
              rowFormats.put(result.getString(1), result.getString(2));
            }
          }
        }
      }
      if (schemaDefault || interrupted || !rowFormats.isEmpty()) {
        long start = System.currentTimeMillis();
        convert(connection, schemaDefault, rowFormats);
        log.info("Schema converted to utf8mb4 in {} ms", System.currentTimeMillis() - start);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not convert the schema to utf8mb4: " + e.getMessage()
          + ". The next start resumes where this one stopped; docs/adr/0005-utf8mb4.md", e);
    }
  }

  private void convert(Connection connection, boolean schemaDefault, Map<String, String> rowFormats)
      throws SQLException {
    try (Statement sql = connection.createStatement()) {
      if (schemaDefault) {
        sql.execute("alter database " + UTF8MB4);
      }
      log.info("Converting {} tables to utf8mb4: {}", rowFormats.size(), rowFormats.keySet());
      // MariaDB refuses to change a column of a foreign key even with foreign_key_checks off, so the keys that
      // touch these tables are dropped and added back. They are written down first: a node that stops in between
      // leaves them in PENDING, and the next start adds them back.
      sql.execute("create table if not exists " + PENDING + " (constraint_name varchar(64) not null primary key, "
          + "table_name varchar(64) not null, definition varchar(4000) not null) " + UTF8MB4);
      Set<String> existing = new HashSet<>();
      try (ResultSet keys = sql.executeQuery(FOREIGN_KEYS);
          PreparedStatement write = connection.prepareStatement("insert ignore into " + PENDING
              + " values (?, ?, ?)")) {
        while (keys.next()) {
          existing.add(keys.getString(1));
          if (rowFormats.containsKey(keys.getString(2)) || rowFormats.containsKey(keys.getString(3))) {
            write.setString(1, keys.getString(1));
            write.setString(2, keys.getString(2));
            write.setString(3, keys.getString(4));
            write.executeUpdate();
          }
        }
      }
      List<ForeignKey> pending = pending(sql);
      for (ForeignKey key : pending) {
        if (existing.contains(key.name())) {
          sql.execute("alter table `" + key.table() + "` drop foreign key `" + key.name() + "`");
        }
      }
      for (var table : rowFormats.entrySet()) {
        // COMPACT and REDUNDANT rows index 767 bytes of a column: a varchar(255) in utf8mb4 needs 1020.
        String format = table.getValue();
        boolean shortKeys = "Compact".equalsIgnoreCase(format) || "Redundant".equalsIgnoreCase(format);
        sql.execute("alter table `" + table.getKey() + "` convert to " + UTF8MB4
            + (shortKeys ? ", row_format=dynamic" : ""));
      }
      // The rows met these keys before; checking them again would copy each table on MariaDB.
      sql.execute("set foreign_key_checks = 0");
      try (PreparedStatement done = connection.prepareStatement("delete from " + PENDING
          + " where constraint_name = ?")) {
        for (ForeignKey key : pending) {
          sql.execute("alter table `" + key.table() + "` add constraint `" + key.name() + "` " + key.definition());
          done.setString(1, key.name());
          done.executeUpdate();
        }
      } finally {
        sql.execute("set foreign_key_checks = 1");
      }
      sql.execute("drop table " + PENDING);
    }
  }

  private static List<ForeignKey> pending(Statement sql) throws SQLException {
    List<ForeignKey> keys = new ArrayList<>();
    try (ResultSet result = sql.executeQuery("select constraint_name, table_name, definition from " + PENDING)) {
      while (result.next()) {
        keys.add(new ForeignKey(result.getString(1), result.getString(2), result.getString(3)));
      }
    }
    return keys;
  }

  private record ForeignKey(String name, String table, String definition) {
  }
}
