package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The indexes the platform adds to Camunda's tables are there and serve the questions they were added for. */
@PlatformIT
class EngineIndexesIT {

  /**
   * One grant check of Camunda's task query, as Camunda renders it on MySQL and {@code AuthorizationJoinAsExists}
   * sends it for each task (READ on the task, or READ_TASK on its process definition's key).
   */
  static final String TASK_GRANT_CHECK = "select 1 from ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = ?"
      + " and (A.TYPE_ < 2 and (A.USER_ID_ in (?, '*') or A.GROUP_ID_ in (?, ?))"
      + " and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2 or A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64)))";

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void shouldAnswerAGrantCheckFromTheIndexAloneOnMySql() {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only: the index is added there");
    assertThat(columnsOf(jdbc, EngineIndexes.AUTHORIZATION_BY_RESOURCE)).containsExactly(EngineIndexes.AUTHORIZATION_BY_RESOURCE_COLUMNS.split(", "));
    // Any granted resource: the platform's start-up grants (filters, definitions) are there before any task.
    String resource = jdbc.queryForObject(
        "select min(RESOURCE_ID_) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ <> '*'", String.class);

    Map<String, Object> plan = jdbc.queryForList("explain " + TASK_GRANT_CHECK, resource, "sjzreviewer", "HE-SJZ",
        "reviewer").get(0);

    assertThat(plan.get("key")).as("the index chosen").isEqualTo(EngineIndexes.AUTHORIZATION_BY_RESOURCE);
    // "Using index" alone, not "Using index condition" (which reads each row the index finds)
    assertThat(((String) plan.get("Extra")).split(";\\s*")).as("no grant read from the table")
        .contains("Using index");
  }

  /** The columns of an index in the current MySQL/MariaDB database, in the index's order. */
  static List<String> columnsOf(JdbcTemplate jdbc, String index) {
    return jdbc.queryForList("select column_name from information_schema.statistics where table_schema = database()"
        + " and index_name = ? order by seq_in_index", String.class, index);
  }
}
