package cn.unionsw.platform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A declared variable takes data of its type within its limits, and refuses the rest naming itself. */
class VariableTest {

  static final Variable<Integer> POSTS = Variable.integer("requestedPosts", 1, 50);
  static final Variable<String> DUTIES = Variable.text("duties", 10);
  static final Variable<Grade> GRADE = Variable.choice("proposedGrade", Grade.class);
  static final Variable<Boolean> FLAG = Variable.flag("overQuota");
  static final Variable<BigDecimal> RATE = Variable.decimal("satisfactionRate", BigDecimal.ZERO,
      BigDecimal.valueOf(100), 2);

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

  @Test
  void shouldTakeADecimalSentAsANumberAndStoreItAsADouble() {
    assertThat(RATE.accept(89.5)).isEqualTo(89.5);
    assertThat(RATE.accept(89.55)).isEqualTo(89.55);
    assertThat(RATE.accept(100.0)).isEqualTo(100.0);
    assertThat(RATE.accept(100.00f)).isEqualTo(100.0);
    assertThat(RATE.accept(95)).as("JSON's 95 is an Integer").isEqualTo(95.0);
    assertThat(RATE.accept(0L)).isEqualTo(0.0);
    assertThat(RATE.accept(new BigDecimal("89.500"))).isEqualTo(89.5);
    assertThat(RATE.accept(Variables.doubleValue(89.5))).isEqualTo(89.5);
    assertThat(RATE.accept(Variables.integerValue(90))).isEqualTo(90.0);
    assertThat(RATE.accept(null)).isNull();
    assertThat(RATE.accept("")).as("an empty field: none, as for integers").isNull();
  }

  static Stream<Arguments> notADecimalOfTwoPlaces() {
    return Stream.of(Arguments.of("more places", 89.555), Arguments.of("a place too many at the top", 100.01),
        Arguments.of("more places, exactly", new BigDecimal("89.501")),
        Arguments.of("the next Double after 89.5", Math.nextUp(89.5)),
        Arguments.of("below the range", -0.01), Arguments.of("above the range", 101),
        Arguments.of("far above", 4_294_967_297L), Arguments.of("1e308", 1e308),
        Arguments.of("huge", new BigDecimal("1E+400")), Arguments.of("tiny", new BigDecimal("1E-400")),
        Arguments.of("a BigInteger out of range", BigInteger.TEN.pow(30)),
        Arguments.of("NaN", Double.NaN), Arguments.of("Infinity", Double.POSITIVE_INFINITY),
        Arguments.of("-Infinity", Double.NEGATIVE_INFINITY), Arguments.of("NaN as a Float", Float.NaN),
        Arguments.of("text that looks like a number", "89.5"), Arguments.of("text, whole", "90"),
        Arguments.of("typed text", Variables.stringValue("89.5")), Arguments.of("a flag", true),
        Arguments.of("typed NaN", Variables.doubleValue(Double.NaN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notADecimalOfTwoPlaces")
  void shouldRefuseWhatIsNotADecimalOfItsPlacesInItsRangeRatherThanRoundIt(String what, Object sent) {
    assertThatThrownBy(() -> RATE.accept(sent)).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.field()).isEqualTo("satisfactionRate"));
  }

  @Test
  void shouldSayWhatADecimalTakes() {
    assertThatThrownBy(() -> RATE.accept(89.555)).isInstanceOf(Refusal.class)
        .hasMessage("satisfactionRate: 须为 0 到 100 之间的数，最多 2 位小数，收到 89.555");
    assertThatThrownBy(() -> RATE.accept(Double.NaN)).isInstanceOf(Refusal.class).hasMessageContaining("收到 NaN");
    assertThatThrownBy(() -> RATE.accept("89.5")).isInstanceOf(Refusal.class)
        .hasMessage("satisfactionRate: 须为数字，不接受文本，收到 89.5");
  }

  @Test
  void shouldReadADecimalBackAtItsScaleExactly() {
    Object[] stored = new Object[1];
    VariableScope kept = mock(VariableScope.class, withSettings().stubOnly());
    when(kept.getVariable("satisfactionRate")).thenAnswer(call -> stored[0]);
    for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
      BigDecimal sent = BigDecimal.valueOf(hundredths, 2);
      stored[0] = RATE.accept(sent.doubleValue());
      assertThat(RATE.from(kept)).isEqualTo(sent);
    }
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("satisfactionRate")).thenReturn(95);
    assertThat(RATE.from(scope)).as("an Integer kept before decimals").isEqualTo(new BigDecimal("95.00"));
    when(scope.getVariable("satisfactionRate")).thenReturn(null);
    assertThat(RATE.from(scope)).isNull();

    RATE.on(scope, new BigDecimal("89.50"));
    verify(scope).setVariable("satisfactionRate", 89.5);
  }

  @Test
  void shouldDeclareOnlyDecimalsADoubleKeeps() {
    assertThatThrownBy(() -> Variable.decimal("x", BigDecimal.ZERO, BigDecimal.TEN, 0))
        .as("no places: an integer").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Variable.decimal("x", BigDecimal.TEN, BigDecimal.ONE, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Variable.decimal("x", new BigDecimal("0.001"), BigDecimal.TEN, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Variable.decimal("x", BigDecimal.ZERO, new BigDecimal("100000000000000"), 2))
        .as("16 digits").isInstanceOf(IllegalArgumentException.class);
    assertThat(Variable.decimal("x", BigDecimal.ZERO, new BigDecimal("1000000000000"), 2).accept(999999999999.99))
        .isEqualTo(999999999999.99);
  }

  @Test
  void shouldCompareDecimalsByValue() {
    assertThat(Variable.sameValue(89.5, new BigDecimal("89.50"))).isTrue();
    assertThat(Variable.sameValue(90.0, 90)).isTrue();
    assertThat(Variable.sameValue(89.5, 89.55)).isFalse();
    assertThat(Variable.sameValue(89.5, Double.NaN)).as("NaN is compared, not thrown").isFalse();
  }
}
