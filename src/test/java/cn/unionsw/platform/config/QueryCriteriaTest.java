package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/** Two engine queries are the same only when every field is ({@link QueryCriteria}, used by ADR 0039). */
class QueryCriteriaTest {

  private static final Date DUE = new Date(1_780_000_000_000L);

  @Test
  void shouldFindTwoQueriesBuiltAlikeTheSame() {
    UnaryOperator<TaskQuery> tasklist = query -> query.taskCandidateGroupIn(List.of("HE-SJZ", "reviewer"))
        .includeAssignedTasks().dueBefore(DUE).processVariableValueEquals("unitCode", "HE-SJZ-ZD")
        .or().taskName("市级审核").taskPriority(50).endOr().orderByDueDate().asc().orderByTaskId().desc();

    assertThat(QueryCriteria.same(tasklist.apply(new TaskQueryImpl()), tasklist.apply(new TaskQueryImpl()))).isTrue();
    assertThat(QueryCriteria.same(new TaskQueryImpl(), new TaskQueryImpl())).isTrue();
    assertThat(QueryCriteria.same(null, null)).isTrue();
  }

  @Test
  void shouldTellQueriesApartByAnyCriterion() {
    List<UnaryOperator<TaskQuery>> changes = List.of(
        query -> query.taskId("another"),
        query -> query.taskCandidateGroupIn(List.of("reviewer", "HE-SJZ")),
        query -> query.dueBefore(new Date(DUE.getTime() + 1)),
        query -> query.processVariableValueEquals("unitCode", "HE-SJZ-LC"),
        query -> query.taskVariableValueEquals("unitCode", "HE-SJZ-ZD"),
        query -> query.or().taskName("省级审核").endOr(),
        query -> query.orderByDueDate().desc(),
        query -> query.orderByTaskCreateTime().asc(),
        query -> query.taskCandidateGroupInExpression("${currentUserGroups()}"));
    UnaryOperator<TaskQuery> base = query -> query.taskCandidateGroupIn(List.of("HE-SJZ", "reviewer"))
        .dueBefore(DUE).processVariableValueEquals("unitCode", "HE-SJZ-ZD").or().taskName("市级审核").endOr()
        .orderByDueDate().asc();

    for (int i = 0; i < changes.size(); i++) {
      TaskQuery changed = changes.get(i).apply(base.apply(new TaskQueryImpl()));
      assertThat(QueryCriteria.same(base.apply(new TaskQueryImpl()), changed)).as("change %d", i).isFalse();
      assertThat(QueryCriteria.same(changes.get(i).apply(new TaskQueryImpl()), new TaskQueryImpl()))
          .as("change %d alone", i).isFalse();
    }
    assertThat(QueryCriteria.same(new TaskQueryImpl(), null)).isFalse();
  }

  @Test
  void shouldCountObjectsWithoutEqualityDifferentUnlessTheyAreOne() {
    Object lock = new Object();

    assertThat(QueryCriteria.same(List.of(lock), List.of(lock))).isTrue();
    assertThat(QueryCriteria.same(List.of(new Object()), List.of(new Object()))).isFalse();
    assertThat(QueryCriteria.same(List.of("a", "b"), List.of("b", "a"))).isFalse();
    assertThat(QueryCriteria.same(new int[] {1, 2}, new int[] {1, 2})).isTrue();
    assertThat(QueryCriteria.same(new int[] {1, 2}, new int[] {1, 3})).isFalse();
    assertThat(QueryCriteria.same(new Date(0), new java.sql.Timestamp(0))).isFalse();
    var caseless = new java.util.TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    var otherCaseless = new java.util.TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    caseless.add("HE-SJZ");
    otherCaseless.add("he-sjz");
    assertThat(caseless).isEqualTo(otherCaseless);
    assertThat(QueryCriteria.same(caseless, otherCaseless)).isFalse();
  }

  @Test
  void shouldEndOnCyclesOfAnyLength() {
    Node self = new Node("a");
    self.next = self;
    Node first = new Node("a");
    Node second = new Node("a");
    first.next = second;
    second.next = first;
    Node otherFirst = new Node("a");
    Node otherSecond = new Node("b");
    otherFirst.next = otherSecond;
    otherSecond.next = otherFirst;

    assertThat(QueryCriteria.same(self, first)).isTrue();
    assertThat(QueryCriteria.same(first, self)).isTrue();
    assertThat(QueryCriteria.same(self, otherFirst)).isFalse();
  }

  /** An engine-like object that refers to another, as an or-query list holds its own query. */
  static final class Node {
    final String name;
    Node next;

    Node(String name) {
      this.name = name;
    }
  }
}
