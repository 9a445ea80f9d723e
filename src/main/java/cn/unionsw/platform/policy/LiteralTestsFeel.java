package cn.unionsw.platform.policy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * FEEL for the policy tables (ADR 0014): feel-scala, Camunda's default, for everything, except that a rule's input
 * entry that is nothing but literals compared with an input of the same kind is answered by Camunda's own legacy
 * FEEL engine, which turns it into one cached JUEL expression. Measured on this machine, feel-scala 1.19.3 builds its
 * whole root context (every built-in function) again for each entry it evaluates, and a candidate's screening
 * evaluates some eighty entries; the legacy engine answers the same entries a hundred times faster.
 *
 * <p>Only tests whose meaning is the same in both take the short way: string literals (no quotes, commas, dots or
 * brackets inside) against a string; equality, comparisons and ranges with whole numbers of at most 15 digits against
 * a whole number; comparisons and ranges (no equality) with such numbers against a finite double; each of these lists
 * optionally inside {@code not(…)}; and {@code true} or {@code false} against a boolean. Anything else (a null input,
 * a decimal, another variable, a function, a date, an expression) goes to feel-scala, as does an entry the legacy
 * engine fails on. Likewise an input expression that only names a variable, or an output entry that is a plain
 * literal, is answered without feel-scala, exactly as it would answer (see {@link #evaluateSimpleExpression}). The
 * table tests evaluate every case with this engine and with plain feel-scala and require the same rules and outputs
 * (DecisionTable), so an administrator keeps full FEEL in the Modeler.
 */
public final class LiteralTestsFeel implements FeelEngine {

  /** No quotes, backslashes, commas, dots or brackets inside, which the legacy engine's splitting could misread. */
  private static final String STRING = "\"[^\"\\\\,.\\[\\]()]*\"";
  /** Whole numbers a double holds exactly; decimal literals stay with feel-scala, which compares them exactly. */
  private static final String WHOLE = "-?[0-9]{1,15}";
  private static final String RANGE = "[\\[\\](]\\s*" + WHOLE + "\\s*\\.\\.\\s*" + WHOLE + "\\s*[\\[\\])]";
  private static final Pattern STRINGS = list(STRING);
  /** Against a whole number: equality, comparisons and ranges. */
  private static final Pattern WHOLE_TESTS = list("(((<|<=|>|>=)\\s*)?" + WHOLE + "|" + RANGE + ")");
  /** Against a double: comparisons and ranges only (equality of doubles: -0.0 against 0 differs, measured). */
  private static final Pattern ORDER_TESTS = list("((<|<=|>|>=)\\s*" + WHOLE + "|" + RANGE + ")");
  private static final Pattern STRING_LITERAL = Pattern.compile(STRING);
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Not {@code not(true)}: feel-scala reads it as the boolean expression (false), never matching (measured). */
  private static final Pattern BOOLEAN = Pattern.compile("true|false");

  private final FeelEngine feelScala;
  private final FeelEngine legacy;
  /** Entries the legacy engine failed on once: feel-scala answers them from then on. */
  private final Set<String> legacyFailed = ConcurrentHashMap.newKeySet();

  LiteralTestsFeel(FeelEngine feelScala, FeelEngine legacy) {
    this.feelScala = feelScala;
    this.legacy = legacy;
  }

  /**
   * The factory for a DMN engine configuration; {@code functionProviders} are read when the engine is built, so that
   * the process engine's custom FEEL functions reach feel-scala as they would without this class.
   */
  public static FeelEngineFactory factory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    return () -> new LiteralTestsFeel(new ScalaFeelEngineFactory(functionProviders.get()).createInstance(),
        new FeelEngineFactoryImpl().createInstance());
  }

  /**
   * An input expression that only names a variable, or an output entry that is a string, boolean or whole-number
   * literal, gives what feel-scala gives (a whole number as a Long, measured) without building its context; anything
   * else is feel-scala's.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    String text = expression.strip();
    if (STRING_LITERAL.matcher(text).matches()) {
      return (T) text.substring(1, text.length() - 1);
    }
    if (text.equals("true") || text.equals("false")) {
      return (T) Boolean.valueOf(text);
    }
    if (WHOLE_NUMBER.matcher(text).matches()) {
      return (T) Long.valueOf(text);
    }
    if (NAME.matcher(text).matches() && variableContext.containsVariable(text)) {
      Object value = input(text, variableContext);
      if (value instanceof String || value instanceof Boolean) {
        return (T) value;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return (T) Long.valueOf(((Number) value).longValue());
      }
    }
    return feelScala.evaluateSimpleExpression(expression, variableContext);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    if (literalTest(expression, input(inputVariable, variableContext)) && !legacyFailed.contains(expression)) {
      try {
        return legacy.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
      } catch (RuntimeException e) {
        legacyFailed.add(expression);
      }
    }
    return feelScala.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
  }

  /** Whether the entry is literals of the input's own kind, which both engines read alike. */
  static boolean literalTest(String expression, Object input) {
    String text = expression.strip();
    if (input instanceof String) {
      return STRINGS.matcher(text).matches();
    }
    if (input instanceof Integer || input instanceof Long || input instanceof Short) {
      return WHOLE_TESTS.matcher(text).matches();
    }
    if (input instanceof Double number && Double.isFinite(number)) {
      return ORDER_TESTS.matcher(text).matches();
    }
    if (input instanceof Boolean) {
      return BOOLEAN.matcher(text).matches();
    }
    return false; // null, decimals (BigDecimal equality counts the scale in JUEL), dates, anything else: feel-scala
  }

  private static Object input(String name, VariableContext context) {
    TypedValue value = context.resolve(name);
    return value == null ? null : value.getValue();
  }

  /** One test or a comma-separated list of them, optionally inside not(…). */
  private static Pattern list(String test) {
    String tests = test + "(\\s*,\\s*" + test + ")*";
    return Pattern.compile("(" + tests + ")|not\\(\\s*(" + tests + ")\\s*\\)");
  }
}
