package cn.unionsw.platform.policy;

import java.math.BigDecimal;
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
 * <p>Only tests whose meaning is the same in both take the short way: a list of string literals against a string, a
 * list of number comparisons or ranges against a whole number (against a double or decimal, whole-number literals
 * only), the two lists optionally inside {@code not(…)}, and
 * {@code true} or {@code false} against a boolean. Anything else (a null input, another variable, a function, a date, an
 * expression) goes to feel-scala, as does an entry the legacy engine fails on. Likewise an input expression that
 * only names a variable, or an output entry that is a plain literal, is answered without feel-scala, exactly as it
 * would answer (see {@link #evaluateSimpleExpression}). The table tests evaluate every case with this engine and with plain feel-scala and require the same
 * rules and outputs (DecisionTable), so an administrator keeps full FEEL in the Modeler.
 */
public final class LiteralTestsFeel implements FeelEngine {

  /** Without quotes, backslashes, commas, dots or brackets inside, which the legacy engine's splitting could misread. */
  private static final String STRING = "\"[^\"\\\\,.\\[\\]()]*\"";
  private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";
  private static final String WHOLE = "-?[0-9]{1,15}";
  private static final Pattern STRINGS = list(STRING);
  private static final Pattern NUMBERS = list(numberTest(NUMBER));
  private static final Pattern WHOLE_NUMBERS = list(numberTest(WHOLE));
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
      return NUMBERS.matcher(text).matches();
    }
    if (input instanceof Double || input instanceof BigDecimal) {
      // A column typed double: whole-number literals only, which a double holds exactly in both engines.
      return WHOLE_NUMBERS.matcher(text).matches();
    }
    if (input instanceof Boolean) {
      return BOOLEAN.matcher(text).matches();
    }
    return false; // null, dates and anything else: feel-scala
  }

  private static Object input(String name, VariableContext context) {
    TypedValue value = context.resolve(name);
    return value == null ? null : value.getValue();
  }

  /** A comparison with a number, or a range between two. */
  private static String numberTest(String number) {
    return "(((<|<=|>|>=)\\s*)?" + number + "|[\\[\\](]\\s*" + number + "\\s*\\.\\.\\s*" + number
        + "\\s*[\\[\\])])";
  }

  /** One test or a comma-separated list of them, optionally inside not(…). */
  private static Pattern list(String test) {
    String tests = test + "(\\s*,\\s*" + test + ")*";
    return Pattern.compile("(" + tests + ")|not\\(\\s*(" + tests + ")\\s*\\)");
  }
}
