package cn.unionsw.platform.config;

import static cn.unionsw.platform.config.AuthorizationJoinAsExistsTest.mappings;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.config.StatementRewriting.Rewritten;
import java.util.List;
import org.apache.ibatis.mapping.ParameterMapping;
import org.junit.jupiter.api.Test;

/** The task query's page, as Camunda 7.24 renders it on MySQL, chosen by id and then read by primary key. */
class TaskPageByIdsTest {

  @Test
  void shouldChooseThePageByIdAndSortColumnsThenReadItsRows() {
    Rewritten rewritten = TaskPageByIds.rewrite(AuthorizationJoinAsExistsTest.CAMUNDA,
        mappings(AuthorizationJoinAsExistsTest.CAMUNDA_ORDER));

    String sql = rewritten.sql().replaceAll("\\s+", " ");
    assertThat(sql).startsWith("select RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, PAGE_.PAGE_TOTAL_ "
        + "from ACT_RU_TASK RES inner join (select KEYS_.*, count(*) over () PAGE_TOTAL_ "
        + "from (select distinct RES.ID_, RES.DUE_DATE_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on")
        .contains("AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_")
        .endsWith(") KEYS_ order by KEYS_.DUE_DATE_ asc LIMIT ? OFFSET ?) PAGE_ on PAGE_.ID_ = RES.ID_ "
            + "order by RES.DUE_DATE_ asc");
    // Every placeholder is inside the derived table, in its place: the parameters keep their order.
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty)
        .containsExactlyElementsOf(AuthorizationJoinAsExistsTest.CAMUNDA_ORDER);
  }

  @Test
  void shouldComposeWithTheAuthorizationLookUpsInEitherOrder() {
    List<ParameterMapping> parameters = mappings(AuthorizationJoinAsExistsTest.CAMUNDA_ORDER);
    Rewritten exists = AuthorizationJoinAsExists.rewrite(AuthorizationJoinAsExistsTest.CAMUNDA, parameters);
    Rewritten page = TaskPageByIds.rewrite(AuthorizationJoinAsExistsTest.CAMUNDA, parameters);

    Rewritten existsThenPage = TaskPageByIds.rewrite(exists.sql(), exists.parameters());
    Rewritten pageThenExists = AuthorizationJoinAsExists.rewrite(page.sql(), page.parameters());

    assertThat(existsThenPage.sql()).contains("PAGE_", "EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A")
        .doesNotContain("AUTH.");
    // MariaDB's setting for the statement stays in front of it, once.
    assertThat(existsThenPage.sql()).startsWith(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE + "select RES.REV_")
        .containsOnlyOnce("subquery_cache");
    assertThat(pageThenExists.sql().replaceAll("\\s+", " ")).isEqualTo(existsThenPage.sql().replaceAll("\\s+", " "));
    assertThat(pageThenExists.parameters()).isEqualTo(existsThenPage.parameters());
  }

  @Test
  void shouldSortByEveryColumnAskedAndSelectEachOnce() {
    String sql = "select distinct RES.REV_, RES.ID_, RES.PRIORITY_, RES.CREATE_TIME_ from ACT_RU_TASK RES "
        + "left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ WHERE I.GROUP_ID_ = ? "
        + "order by RES.PRIORITY_ desc, RES.ID_ asc, RES.CREATE_TIME_ asc LIMIT ? OFFSET ?";

    Rewritten rewritten = TaskPageByIds.rewrite(sql, mappings(List.of("group", "maxResults", "firstResult")));

    assertThat(rewritten.sql()).contains("(select distinct RES.ID_, RES.PRIORITY_, RES.CREATE_TIME_ from ACT_RU_TASK RES")
        .contains(") KEYS_ order by KEYS_.PRIORITY_ desc, KEYS_.ID_ asc, KEYS_.CREATE_TIME_ asc LIMIT ? OFFSET ?)")
        .endsWith("order by RES.PRIORITY_ desc, RES.ID_ asc, RES.CREATE_TIME_ asc");
  }

  @Test
  void shouldLeaveAnyOtherShapeAsItIs() {
    String plain = "select distinct RES.REV_, RES.ID_, RES.DUE_DATE_ from ACT_RU_TASK RES "
        + "left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ WHERE I.GROUP_ID_ = ? "
        + "order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?";
    List<String> shapes = List.of(
        // No distinct: nothing to de-duplicate, the sort stops at the page already.
        plain.replace("select distinct", "select"),
        // A case-insensitive name, or a sort by a variable, selects more than the task's columns.
        plain.replace("RES.DUE_DATE_ from", "RES.DUE_DATE_ , lower(RES.NAME_) LOWER_NAME_ from"),
        plain.replace("RES.DUE_DATE_ from", "RES.DUE_DATE_ , VAR0.TEXT_ as VAR0_TEXT_ from"),
        plain.replace("order by RES.DUE_DATE_ asc", "order by LOWER_NAME_ asc"),
        // Not a page, and not the id among the columns.
        plain.replace(" LIMIT ? OFFSET ?", ""),
        plain.replace("RES.ID_, ", ""));

    for (String sql : shapes) {
      int parameters = (int) sql.chars().filter(c -> c == '?').count();
      assertThat(TaskPageByIds.rewrite(sql, mappings(List.of("a", "b", "c").subList(0, parameters)))).as(sql).isNull();
    }
    assertThat(TaskPageByIds.rewrite(plain, mappings(List.of("group", "maxResults", "firstResult")))).isNotNull();
  }
}
