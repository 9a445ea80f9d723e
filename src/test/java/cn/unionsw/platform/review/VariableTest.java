package cn.unionsw.platform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A declared variable takes data of its type within its limits, and refuses the rest naming itself. */
class VariableTest {

  static final Variable<Integer> POSTS = Variable.integer("requestedPosts", 1, 50);
  static final Variable<String> DUTIES = Variable.text("duties", 10);
  static final Variable<Grade> GRADE = Variable.choice("proposedGrade", Grade.class);
  static final Variable<Boolean> FLAG = Variable.flag("overQuota");

  @Test
  void shouldTakeAWholeNumberInWhateverFormItCame() {
    assertThat(POSTS.accept(3)).isEqualTo(3);
    assertThat(POSTS.accept(3L)).isEqualTo(3);
    assertThat(POSTS.accept(3.0)).isEqualTo(3);
    assertThat(POSTS.accept(Variables.longValue(3L))).isEqualTo(3);
    assertThat(POSTS.accept(null)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"4294967297", "0", "51", "-1", "3.5", "abc", "1e400", "99999999999999999999999", "3"})
  void shouldRefuseANumberOutOfRangeRatherThanNarrowIt(String sent) {
    assertThatThrownBy(() -> POSTS.accept(sent)).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.field()).isEqualTo("requestedPosts"));
    assertThatThrownBy(() -> POSTS.accept(4_294_967_297L)).isInstanceOf(Refusal.class)
        .hasMessageContaining("1 到 50");
  }

  @Test
  void shouldRefuseTextOverItsLengthAndNonText() {
    assertThat(DUTIES.accept("职工维权")).isEqualTo("职工维权");
    assertThat(DUTIES.accept("𠮷".repeat(5))).isEqualTo("𠮷".repeat(5));
    assertThatThrownBy(() -> DUTIES.accept("长".repeat(11))).isInstanceOf(Refusal.class)
        .hasMessageStartingWith("duties: 最多 10 个字");
    assertThatThrownBy(() -> DUTIES.accept(42)).isInstanceOf(Refusal.class).hasMessageContaining("文本");
  }

  @Test
  void shouldTakeOnlyAnEnumerationsConstantsAndStoreTheName() {
    assertThat(GRADE.accept("LEVEL_3")).isEqualTo("LEVEL_3");
    assertThatThrownBy(() -> GRADE.accept("LEVEL_3 ")).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> GRADE.accept("LEVEL_9")).isInstanceOf(Refusal.class)
        .hasMessageContaining("ENTRY、LEVEL_3、LEVEL_2、LEVEL_1");
    assertThatThrownBy(() -> GRADE.accept("${execution.setVariable('x', 1)}")).isInstanceOf(Refusal.class);
  }

  @Test
  void shouldTakeOnlyTrueOrFalse() {
    assertThat(FLAG.accept(true)).isEqualTo(true);
    assertThat(FLAG.accept(false)).isEqualTo(false);
    assertThatThrownBy(() -> FLAG.accept("false")).as("text is not a flag").isInstanceOf(Refusal.class);
  }

  @Test
  void shouldRefuseObjectsAndSerialisedValues() {
    assertThatThrownBy(() -> DUTIES.accept(Variables.serializedObjectValue("rO0ABXQAA2FiYw==")
        .serializationDataFormat("application/x-java-serialized-object").objectTypeName("java.lang.String")
        .create())).isInstanceOf(Refusal.class).hasMessageContaining("序列化");
  }

  @Test
  void shouldCompareWhatAFormSendsBackWithWhatIsStored() {
    assertThat(Variable.sameValue(1, 1L)).isTrue();
    assertThat(Variable.sameValue(1, 1.0)).isTrue();
    assertThat(Variable.sameValue(null, "")).isTrue();
    assertThat(Variable.sameValue("HE", " HE ")).isTrue();
    assertThat(Variable.sameValue("HE", "HE-SJZ")).isFalse();
    assertThat(Variable.sameValue(1, 2)).isFalse();
  }
}
