package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The task query's authorization join, as Camunda 7.24 renders it on MySQL, rewritten as look-ups. */
class AuthorizationJoinAsExistsTest {

  /** As MariaDB's general log showed a reviewer's inbox query, with its placeholders. */
  static final String CAMUNDA = """
      select distinct
          RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_
          from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
                left join
            ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
           left join\s
          (
          SELECT A.*
          FROM ACT_RU_AUTHORIZATION A
          WHERE A.TYPE_ < 2    \s
          AND ( A.USER_ID_ in ( ?, '*')          \s
            OR A.GROUP_ID_ IN  (  ? , ? )\s
          )
            AND (
               ( \s
                A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
               OR\s
                A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
               )\s
            )
          )
              AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*' )
           WHERE  (
              1 = 1 and
                    (  I.TYPE_ = 'candidate'
                        and ( I.GROUP_ID_ IN ( ? ) ) )
              )
                and (
                  (RES.CASE_EXECUTION_ID_ IS NOT NULL)
                  OR
                  (AUTH.RESOURCE_ID_ IS NOT NULL)
                )
            and (RES.TENANT_ID_ is null
            )\s
          order by RES.DUE_DATE_ asc
          LIMIT ? OFFSET ?
      """;
  static final List<String> CAMUNDA_ORDER = List.of("user", "group1", "group2", "taskType", "read", "read",
      "definitionType", "readTask", "readTask", "candidateGroup", "maxResults", "firstResult");
  static final List<String> CHECK = CAMUNDA_ORDER.subList(0, 9);

  @Test
  void shouldLookEachResourceIdUpInsteadOfJoiningEveryAuthorization() {
    StatementRewriting.Rewritten rewritten = AuthorizationJoinAsExists.rewrite(CAMUNDA, mappings(CAMUNDA_ORDER));

    assertThat(rewritten).isNotNull();
    String sql = rewritten.sql().replaceAll("\\s+", " ");
    assertThat(sql).doesNotContain("AUTH.", "AUTH ON").doesNotContainIgnoringCase("left join (");
    assertThat(sql).contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A"
        + " WHERE A.RESOURCE_ID_ = RES.ID_ AND (A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? , ? ) )");
    assertThat(sql).contains("OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = D.KEY_ AND (")
        .contains("OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = '*' AND (")
        .contains("left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ WHERE ( 1 = 1 and")
        .endsWith("order by RES.DUE_DATE_ asc LIMIT ? OFFSET ? ");
    // Each placeholder's value follows it: the candidate group first now, the check's nine three times, the page.
    List<String> expected = new java.util.ArrayList<>(List.of("candidateGroup"));
    for (int i = 0; i < 3; i++) {
      expected.addAll(CHECK);
    }
    expected.addAll(List.of("maxResults", "firstResult"));
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty).containsExactlyElementsOf(expected);
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(expected.size());
  }

  @Test
  void shouldPlaceEachRendersOwnParametersWhenTheTextWasRewrittenBefore() {
    AuthorizationJoinAsExists.rewrite(CAMUNDA, mappings(CAMUNDA_ORDER));
    // The same text rendered again for another caller: MyBatis names the parameters anew.
    List<String> again = CAMUNDA_ORDER.stream().map(name -> name + "Again").toList();

    StatementRewriting.Rewritten rewritten = AuthorizationJoinAsExists.rewrite(CAMUNDA, mappings(again));

    assertThat(rewritten.parameters()).hasSize(30).allSatisfy(p -> assertThat(p.getProperty()).endsWith("Again"));
    assertThat(rewritten.parameters().get(0).getProperty()).isEqualTo("candidateGroupAgain");
    assertThat(rewritten.parameters().get(29).getProperty()).isEqualTo("firstResultAgain");
    // A render whose parameters do not match its placeholders is left to fail as Camunda's would.
    assertThat(AuthorizationJoinAsExists.rewrite(CAMUNDA, mappings(again.subList(0, 11)))).isNull();
  }

  @Test
  void shouldKeepTheCountStatementsShapeAroundIt() {
    String count = "select count(distinct RES.ID_) " + CAMUNDA.substring(CAMUNDA.indexOf("from ACT_RU_TASK"),
        CAMUNDA.indexOf("order by"));
    List<String> order = CAMUNDA_ORDER.subList(0, 10);

    StatementRewriting.Rewritten rewritten = AuthorizationJoinAsExists.rewrite(count, mappings(order));

    assertThat(rewritten.sql()).startsWith(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE
        + "select count(distinct RES.ID_) ").doesNotContain("AUTH.", "AUTH ON");
    assertThat(rewritten.parameters()).hasSize(28).first().extracting(ParameterMapping::getProperty)
        .isEqualTo("candidateGroup");
  }

  @Test
  void shouldLookTheVariableQuerysFiveIdsUpInsideItsDerivedTable() {
    String variables = """
        select distinct RES.*
         from (
              select RES.*, EXECUTION.ACT_INST_ID_ ACT_INST_ID_
              from ACT_RU_VARIABLE RES
              left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_
              left join ACT_RU_EXECUTION PROC_EXECUTION on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_
              left join ACT_RE_PROCDEF PROCDEF on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_
              left join (
                SELECT A.*
                FROM ACT_RU_AUTHORIZATION A
                WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )
                AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )
              )
              AUTH ON (AUTH.RESOURCE_ID_ =
                RES.PROC_INST_ID_
                OR AUTH.RESOURCE_ID_ = PROC_EXECUTION.ID_
                OR AUTH.RESOURCE_ID_ = PROCDEF.KEY_
                OR AUTH.RESOURCE_ID_ = RES.TASK_ID_
                OR AUTH.RESOURCE_ID_ = '*'
              )
              WHERE RES.NAME_ in ( ? ) and RES.PROC_INST_ID_ in ( ? )
              and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
         ) RES
         order by RES.ID_ asc
         LIMIT ? OFFSET ?
        """;
    List<String> check = List.of("user", "group", "type", "read", "read");
    List<String> order = new java.util.ArrayList<>(check);
    order.addAll(List.of("name", "instance", "maxResults", "firstResult"));

    StatementRewriting.Rewritten rewritten = AuthorizationJoinAsExists.rewrite(variables, mappings(order));

    String sql = rewritten.sql().replaceAll("\\s+", " ");
    assertThat(sql).doesNotContain("AUTH.", "AUTH ON");
    for (String id : List.of("RES.PROC_INST_ID_", "PROC_EXECUTION.ID_", "PROCDEF.KEY_", "RES.TASK_ID_", "'*'")) {
      assertThat(sql).contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = " + id + " AND (");
    }
    assertThat(sql).endsWith(") RES order by RES.ID_ asc LIMIT ? OFFSET ? ");
    List<String> expected = new java.util.ArrayList<>(List.of("name", "instance"));
    for (int i = 0; i < 5; i++) {
      expected.addAll(check);
    }
    expected.addAll(List.of("maxResults", "firstResult"));
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldLookTheLatestDefinitionUpByItsIdItsKeyAndEveryDefinition() {
    // A start by key through engine REST, as MariaDB's general log showed it: a placeholder before the join too.
    String latest = """
        select distinct RES.*
        from ACT_RE_PROCDEF RES
          inner join
              (select KEY_, TENANT_ID_, max(VERSION_) as MAX_VERSION
              from ACT_RE_PROCDEF
               WHERE KEY_ = ?
              group by TENANT_ID_, KEY_) VER
            on RES.KEY_ = VER.KEY_
         left join
        (
        SELECT A.*
        FROM ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ < 2
        AND ( A.USER_ID_ in ( ?, '*')
          OR A.GROUP_ID_ IN  (  ? )
        )
          AND (
             (
              A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
             )
          )
        )
          AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = RES.KEY_ OR AUTH.RESOURCE_ID_ = '*' )
         WHERE  RES.KEY_ = ?
           and RES.VERSION_ = VER.MAX_VERSION and
              (RES.TENANT_ID_ = VER.TENANT_ID_ or (RES.TENANT_ID_ is null and VER.TENANT_ID_ is null))
              and RES.TENANT_ID_ is null
            AND
                AUTH.RESOURCE_ID_ IS NOT NULL
        order by RES.ID_ asc
        LIMIT 2147483647 OFFSET 0
        """;
    List<String> check = List.of("user", "group", "definitionType", "read", "read");
    List<String> order = new java.util.ArrayList<>(List.of("versionKey"));
    order.addAll(check);
    order.add("key");

    StatementRewriting.Rewritten rewritten = AuthorizationJoinAsExists.rewrite(latest, mappings(order));

    assertThat(rewritten).isNotNull();
    String sql = rewritten.sql().replaceAll("\\s+", " ");
    assertThat(sql).doesNotContain("AUTH.", "AUTH ON").contains("on RES.KEY_ = VER.KEY_ WHERE RES.KEY_ = ?")
        .contains("AND (EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = RES.ID_ AND (")
        .contains("OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = RES.KEY_ AND (")
        .contains("OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = '*' AND (")
        .endsWith("order by RES.ID_ asc LIMIT 2147483647 OFFSET 0 ");
    List<String> expected = new java.util.ArrayList<>(List.of("versionKey", "key"));
    for (int i = 0; i < 3; i++) {
      expected.addAll(check);
    }
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldLeaveAStatementWithoutAnAuthorizationCheckAsItIs() {
    String plain = "select distinct RES.ID_ from ACT_RU_TASK RES where RES.ASSIGNEE_ = ?";

    assertThat(AuthorizationJoinAsExists.rewrite(plain, mappings(List.of("assignee")))).isNull();
  }

  @Test
  void shouldLeaveAnyOtherShapeAsItIs() {
    // An inner join filters by itself: no IS NOT NULL to replace.
    String inner = CAMUNDA.replace("left join\s\n", "inner join\n").replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "1 = 1");
    // A second join read by a composite check.
    String composite = CAMUNDA.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)",
        "(AUTH.RESOURCE_ID_ IS NOT NULL) AND AUTH1.RESOURCE_ID_ IS NOT NULL");
    // A column of the joined row selected.
    String selected = CAMUNDA.replace("RES.DUE_DATE_\n", "RES.DUE_DATE_, AUTH.PERMS_\n");

    for (String sql : List.of(inner, composite, selected)) {
      assertThat(AuthorizationJoinAsExists.rewrite(sql, mappings(CAMUNDA_ORDER))).as(sql).isNull();
    }
  }

  @Test
  void shouldCountNoPlaceholderInsideALiteral() {
    String literal = CAMUNDA.replace("I.TYPE_ = 'candidate'", "I.TYPE_ = 'what?'");

    assertThat(AuthorizationJoinAsExists.rewrite(literal, mappings(CAMUNDA_ORDER)).parameters()).hasSize(30);
  }

  /** MyBatis's parameter mappings by these names, as a render of the statement would carry them. */
  static List<ParameterMapping> mappings(List<String> names) {
    Configuration mybatis = new Configuration();
    return Arrays.asList(names.stream()
        .map(name -> new ParameterMapping.Builder(mybatis, name, Object.class).build())
        .toArray(ParameterMapping[]::new));
  }
}
