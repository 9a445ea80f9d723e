package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The platform's FEEL answers every input entry as feel-scala does, and takes its own short way only for
 * literals of the input's own kind.
 */
class LiteralTestsFeelTest {

  static final FeelEngine FEEL_SCALA = new ScalaFeelEngineFactory().createInstance();
  static final List<String> ENTRIES = List.of("\"LEVEL_1\"", "\"LEVEL_1\",\"LEVEL_2\"", "not(\"NONE\")",
      "\"一级社工\"", "\"a,b\"", "\"a..b\"", "\"[x]\"", "5", "< 5", "<= 5", "> 5", ">= 5", "[1..5]", "]1..5[",
      "(1..5)", "[1..5[", "-2", ">= -2.5", "1,3,5", "not(1,3)", ">= 0.1", "[0.1..0.3]", "0.3", "not([0..2000])",
      "true", "false", "not(true)", "> minimum", "\"5\"", "date(\"2026-01-01\")", "? > 3",
      "upper case(?) = \"A\"", "-", "0", "1,5", "not(5)", "<= 1.99999999999999999", "< 2.00000000000000001",
      "9007199254740992.0", "9007199254740992", "[-3..-1]", "not([1..5], 7)", "99999999999999999999",
      "[5..1]", "[ 1 .. 5 ]", "not( 1 , 3 )", "\t>=\n2\r", "999999999999999", "< -999999999999999",
      "1000000000000000", "\"\"", "\"a b\"", "\"𠮷\"", "5\u001F", "\u001F5", "\"A\"\u000B", ">=\f2");
  static final List<Object> INPUTS = List.of("LEVEL_1", "LEVEL_2", "NONE", "一级社工", "a,b", "a..b", "[x]", "a",
      "5", 0, 1, 3, 5, 6, -2, -3, 2000, 2001, 5L, true, false, new BigDecimal("5"), 5.0, 0.1, 0.30000000000000004,
      0.3, new BigDecimal("0.10"), 1e300, new BigDecimal("5.00"), -0.0d, 2, 9007199254740993L, (short) 3, (byte) 3,
      java.math.BigInteger.TEN, 5.0f, Double.NaN, Double.POSITIVE_INFINITY, Long.MIN_VALUE, Long.MAX_VALUE,
      999999999999999L, -999999999999999L, 1000000000000000L, "", "a b", "𠮷", 1e15, -1e15);

  @Test
  void shouldAnswerEveryEntryAsFeelScalaDoes() {
    AtomicInteger feelScalaCalls = new AtomicInteger();
    LiteralTestsFeel feel = new LiteralTestsFeel(counting(FEEL_SCALA, feelScalaCalls));
    List<String> differences = new ArrayList<>();
    int evaluations = 0;
    for (String entry : ENTRIES) {
      for (Object input : allInputs()) {
        VariableContext context = context(input);
        Object expected = outcome(() -> FEEL_SCALA.evaluateSimpleUnaryTests(entry, "cellInput", context));
        Object actual = outcome(() -> feel.evaluateSimpleUnaryTests(entry, "cellInput", context));
        evaluations++;
        if (!expected.equals(actual)) {
          differences.add(entry + " against " + input + ": feel-scala " + expected + ", platform " + actual);
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(evaluations - feelScalaCalls.get()).as("entries answered without feel-scala").isGreaterThan(100);
  }

  @Test
  void shouldAnswerNamesAndLiteralsAsFeelScalaDoes() {
    LiteralTestsFeel feel = new LiteralTestsFeel(FEEL_SCALA);
    Map<String, Object> variables = new HashMap<>();
    variables.put("whole", 5);
    variables.put("long", 5L);
    variables.put("text", "x");
    variables.put("yes", true);
    variables.put("half", 2.5);
    variables.put("decimal", new BigDecimal("2.50"));
    variables.put("nothing", null);
    VariableContext context = Variables.fromMap(variables).asVariableContext();
    for (String expression : List.of("whole", "long", "text", "yes", "half", "decimal", "nothing", "missing", "3",
        "-3", "3.5", "\"abc\"", "\"\"", "\"二级\"", "true", "false", "null", "whole + 1", "text = \"x\"")) {
      Object expected = FEEL_SCALA.evaluateSimpleExpression(expression, context);
      Object actual = feel.evaluateSimpleExpression(expression, context);
      assertThat(actual).as(expression).isEqualTo(expected);
      assertThat(actual == null ? null : actual.getClass()).as(expression + "'s type")
          .isEqualTo(expected == null ? null : expected.getClass());
    }
  }

  @Test
  void shouldTakeTheShortWayOnlyForLiteralsOfTheInputsKind() {
    assertThat(LiteralTestsFeel.literalTest("\"A\", \"B\"", "A")).isTrue();
    assertThat(LiteralTestsFeel.literalTest("not(\"A\")", "A")).isTrue();
    assertThat(LiteralTestsFeel.literalTest("[0..2000]", 7)).isTrue();
    assertThat(LiteralTestsFeel.literalTest("> 3, < -1", 7L)).isTrue();
    assertThat(LiteralTestsFeel.literalTest("false", true)).isTrue();

    assertThat(LiteralTestsFeel.literalTest("\"5\"", 5)).as("a string against a number").isFalse();
    assertThat(LiteralTestsFeel.literalTest("5", "5")).as("a number against a string").isFalse();
    assertThat(LiteralTestsFeel.literalTest("5", null)).as("a null input").isFalse();
    assertThat(LiteralTestsFeel.literalTest(">= 5", 5.0)).as("a whole number against a double").isTrue();
    assertThat(LiteralTestsFeel.literalTest("5", 5.0)).as("equality against a double").isFalse();
    assertThat(LiteralTestsFeel.literalTest(">= 0.1", 0.1)).as("a decimal against a double").isFalse();
    assertThat(LiteralTestsFeel.literalTest("< 2.5", 2)).as("a decimal against a whole number").isFalse();
    assertThat(LiteralTestsFeel.literalTest("5", new BigDecimal("5.00"))).as("a decimal input").isFalse();
    assertThat(LiteralTestsFeel.literalTest("> minimumWage", 5)).as("another variable").isFalse();
    assertThat(LiteralTestsFeel.literalTest("\"a\\\"b\"", "a")).as("an escaped quote").isFalse();
    assertThat(LiteralTestsFeel.literalTest("\"a,b\"", "a,b")).as("a comma inside a string").isFalse();
  }

  @Test
  void shouldAnswerAnEntryAgainstEachKindOfInputByItsOwnReading() {
    LiteralTestsFeel feel = new LiteralTestsFeel(FEEL_SCALA);

    assertThat(feel.evaluateSimpleUnaryTests("[1..5[", "cellInput", context(5))).isFalse();
    assertThat(feel.evaluateSimpleUnaryTests("[1..5[", "cellInput", context(4.5))).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("5", "cellInput", context(5L))).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("5", "cellInput", context(5.0))).as("equality of a double: feel-scala's")
        .isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("not(\"A\", \"B\")", "cellInput", context("C"))).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("not(\"A\", \"B\")", "cellInput", context("B"))).isFalse();
    assertThat(feel.evaluateSimpleUnaryTests(" >= -3 ", "cellInput", context((short) -3))).isTrue();
  }

  private static List<Object> allInputs() {
    List<Object> inputs = new ArrayList<>(INPUTS);
    inputs.add(null);
    return inputs;
  }

  private static VariableContext context(Object input) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("cellInput", input);
    variables.put("minimum", 3);
    return Variables.fromMap(variables).asVariableContext();
  }

  private static Object outcome(java.util.function.Supplier<Boolean> evaluation) {
    try {
      return evaluation.get();
    } catch (RuntimeException e) {
      return "error";
    }
  }

  private static FeelEngine counting(FeelEngine engine, AtomicInteger calls) {
    return new FeelEngine() {
      @Override
      public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        return engine.evaluateSimpleExpression(expression, variableContext);
      }

      @Override
      public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
        calls.incrementAndGet();
        return engine.evaluateSimpleUnaryTests(expression, inputVariable, context);
      }
    };
  }
}
