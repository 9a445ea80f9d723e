package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The conversion on a database of its own, holding Camunda's tables as its MySQL scripts create them (utf8mb3):
 * converted with their foreign keys intact, resumed after a start that stopped half-way, and a table that a later
 * Camunda upgrade script adds caught on the next start.
 */
@PlatformIT
class Utf8mb4SchemaIT {

  private static final List<String> CAMUNDA_SCRIPTS = List.of("engine", "history", "identity", "case.engine",
      "case.history", "decision.engine", "decision.history");

  @Autowired
  DataSource dataSource;

  @Test
  void shouldConvertCamundasTablesAndResumeAfterAStartThatStopped() {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only");
    String database = TestDatabase.databaseBeside("charset");
    var server = new JdbcTemplate(dataSource);
    server.execute("drop database if exists " + database);
    // As an install made before utf8mb4: tables created without a character set (Flyway's) take utf8mb3 too.
    server.execute("create database " + database + " character set utf8mb3 collate utf8mb3_bin");
    try (HikariDataSource pool = TestDatabase.pool(database)) {
      var sql = new JdbcTemplate(pool);
      var camunda = new ResourceDatabasePopulator();
      CAMUNDA_SCRIPTS.forEach(script -> camunda.addScript(
          new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.mysql.create." + script + ".sql")));
      camunda.execute(pool);
      sql.execute("create table org_unit (code varchar(64) not null primary key, name varchar(128) not null)");
      sql.update("insert into ACT_ID_GROUP (ID_, REV_, NAME_) values ('HE-SJZ-ZD', 1, '正定县总工会')");
      sql.update("insert into ACT_ID_USER (ID_, REV_, FIRST_) values ('zdclerk', 1, '正定县')");
      sql.update("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values ('zdclerk', 'HE-SJZ-ZD')");
      // utf8mb4 cannot index it (1000 characters of 4 bytes > 3072): the first start stops there, keys dropped.
      sql.execute("create table wide_key (name varchar(1000) not null primary key) character set utf8mb3");
      List<String> keys = foreignKeys(sql);
      var schema = new Utf8mb4Schema(pool);

      assertThatThrownBy(schema::convert).hasMessageContaining("key was too long");
      assertThat(foreignKeys(sql)).as("dropped for the conversion").isEmpty();
      assertThat(sql.queryForObject("select count(*) from " + Utf8mb4Schema.PENDING, Integer.class))
          .as("written down before").isEqualTo(keys.size());

      sql.execute("alter table wide_key modify name varchar(255) not null");
      schema.convert();

      assertThat(notUtf8mb4(pool)).isEmpty();
      assertThat(foreignKeys(sql)).as("every key back as it was, cascades and all").isEqualTo(keys)
          .contains("ACT_FK_EXE_PROCINST ACT_RU_EXECUTION.PROC_INST_ID_ -> ACT_RU_EXECUTION.ID_ CASCADE CASCADE")
          .hasSizeGreaterThan(40);
      sql.update("update ACT_ID_USER set LAST_ = '𠮷' where ID_ = 'zdclerk'");
      assertThat(sql.queryForObject("select concat(FIRST_, LAST_) from ACT_ID_USER", String.class))
          .isEqualTo("正定县𠮷");

      // Camunda's upgrade scripts add tables as its create scripts do (mysql_engine_7.14_to_7.15.sql).
      sql.execute("create table ACT_RU_LATER (ID_ varchar(64) not null, primary key (ID_)) "
          + "ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin");
      schema.convert();

      assertThat(notUtf8mb4(pool)).isEmpty();
    } finally {
      server.execute("drop database if exists " + database);
    }
  }

  /** Tables, columns and the schema default whose character set is not utf8mb4, and a leftover pending table. */
  static List<String> notUtf8mb4(DataSource database) {
    return new JdbcTemplate(database).queryForList("""
        select table_name from information_schema.tables where table_schema = database()
           and (table_collation not like 'utf8mb4%' or table_name = ?)
        union all
        select concat(table_name, '.', column_name) from information_schema.columns
         where table_schema = database() and character_set_name <> 'utf8mb4'
        union all
        select schema_name from information_schema.schemata
         where schema_name = database() and default_character_set_name <> 'utf8mb4'
        """, String.class, Utf8mb4Schema.PENDING);
  }

  /** Each column of each foreign key: name, column, referenced column, rules. */
  private static List<String> foreignKeys(JdbcTemplate sql) {
    return sql.queryForList("""
        select concat(k.constraint_name, ' ', k.table_name, '.', k.column_name, ' -> ', k.referenced_table_name, '.',
                      k.referenced_column_name, ' ', r.delete_rule, ' ', r.update_rule)
          from information_schema.key_column_usage k
          join information_schema.referential_constraints r on r.constraint_schema = k.constraint_schema
               and r.table_name = k.table_name and r.constraint_name = k.constraint_name
         where k.table_schema = database()
         order by 1
        """, String.class);
  }
}
