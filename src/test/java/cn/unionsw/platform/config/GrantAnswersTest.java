package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

/** Which checks may be kept, and that an answer serves only requests under the stamp it was asked under. */
class GrantAnswersTest {

  @Test
  void shouldKeepChecksOnDefinitionsFiltersAndWholeTypesOnly() {
    assertThat(question(check(Resources.PROCESS_DEFINITION, "post-application"))).isNotNull();
    assertThat(question(check(Resources.DECISION_DEFINITION, "post-quota"))).isNotNull();
    assertThat(question(check(Resources.FILTER, "reviewer-unit-tasks"))).isNotNull();
    assertThat(question(check(Resources.PROCESS_INSTANCE, null))).isNotNull();

    assertThat(question(check(Resources.TASK, "a-task"))).as("a task's grants do not move the stamp").isNull();
    assertThat(question(check(Resources.PROCESS_INSTANCE, "a-case"))).isNull();
    assertThat(question(both(check(Resources.PROCESS_DEFINITION, "post-application"), check(Resources.TASK, "t"))))
        .as("one check of a task makes the whole question unkept").isNull();
  }

  @Test
  void shouldAskTheSameWhateverTheOrderOfGroupsAndNoIdOrEvery() {
    var check = check(Resources.PROCESS_INSTANCE, null);

    assertThat(GrantAnswers.question("u", List.of("a", "b"), false, check))
        .isEqualTo(GrantAnswers.question("u", List.of("b", "a", "b"), false, check(Resources.PROCESS_INSTANCE, "*")));
    assertThat(GrantAnswers.question("u", List.of("a"), false, check))
        .isNotEqualTo(GrantAnswers.question("v", List.of("a"), false, check))
        .isNotEqualTo(GrantAnswers.question("u", List.of("a", "b"), false, check))
        .isNotEqualTo(GrantAnswers.question("u", List.of("a"), true, check));
    // Names run together the same way must still be told apart.
    assertThat(GrantAnswers.question("u1", List.of("2"), false, check))
        .isNotEqualTo(GrantAnswers.question("u", List.of("12"), false, check));
  }

  @Test
  void shouldServeAnAnswerOnlyUnderItsStamp() {
    GrantAnswers answers = new GrantAnswers();
    answers.keep(5, "q", true);

    assertThat(answers.answer(5, "q")).isTrue();
    assertThat(answers.answer(6, "q")).isNull();
    assertThat(answers.answer(4, "q")).isNull();
  }

  @Test
  void shouldNotLetAnAnswerUnderAnOlderStampServeANewerOne() {
    GrantAnswers answers = new GrantAnswers();
    answers.keep(6, "q", false);

    answers.keep(5, "q", true);

    assertThat(answers.answer(6, "q")).isFalse();
    assertThat(answers.answer(5, "q")).as("not kept: the grants have moved since").isNull();
  }

  @Test
  void shouldForgetEverythingPastTheBound() {
    GrantAnswers answers = new GrantAnswers();
    for (int i = 0; i < GrantAnswers.MOST; i++) {
      answers.keep(1, "q" + i, true);
    }

    answers.keep(1, "last", true);

    assertThat(answers.answer(1, "q0")).isNull();
    assertThat(answers.answer(1, "last")).isTrue();
  }

  private static String question(CompositePermissionCheck check) {
    return GrantAnswers.question("sjzreviewer", List.of("HE-SJZ", "reviewer"), false, check);
  }

  private static CompositePermissionCheck check(Resource resource, String resourceId) {
    PermissionCheck atomic = new PermissionCheck();
    atomic.setPermission(Permissions.READ);
    atomic.setResource(resource);
    atomic.setResourceId(resourceId);
    CompositePermissionCheck check = new CompositePermissionCheck();
    check.addAtomicCheck(atomic);
    return check;
  }

  private static CompositePermissionCheck both(CompositePermissionCheck first, CompositePermissionCheck second) {
    CompositePermissionCheck check = new CompositePermissionCheck(false);
    check.addCompositeCheck(first);
    check.addCompositeCheck(second);
    return check;
  }
}
