package cn.unionsw.platform.policy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * FEEL for the policy tables (ADR 0014): feel-scala, Camunda's default, for everything, except that a rule's input
 * entry that is nothing but literals compared with an input of the same kind is answered here, parsed once into a
 * test and kept. Measured on this machine, feel-scala 1.19.3 builds its whole root context (every built-in function)
 * again for each entry it evaluates, and a candidate's screening evaluates some eighty entries.
 *
 * <p>Only tests whose meaning is plain take the short way: string literals (no quotes, commas, dots or brackets
 * inside) against a string; equality, comparisons and ranges with whole numbers of at most 15 digits against a whole
 * number; comparisons and ranges (no equality) with such numbers against a finite double; each of these lists
 * optionally inside {@code not(…)}; and {@code true} or {@code false} against a boolean. Anything else (a null input,
 * a decimal, another variable, a function, a date, an expression) goes to feel-scala. Likewise an input expression
 * that only names a variable, or an output entry that is a plain literal, is answered without feel-scala, exactly as
 * it would answer (see {@link #evaluateSimpleExpression}). The table tests evaluate every case with this engine and
 * with plain feel-scala and require the same rules and outputs (DecisionTable), and {@code LiteralTestsFeelTest}
 * compares both on every entry against every kind of input, so an administrator keeps full FEEL in the Modeler.
 */
public final class LiteralTestsFeel implements FeelEngine {

  /** No quotes, backslashes, commas, dots or brackets inside, so that a list splits at its commas. */
  private static final String STRING = "\"[^\"\\\\,.\\[\\]()]*\"";
  /** Whole numbers a double holds exactly; decimal literals stay with feel-scala, which compares them exactly. */
  private static final String WHOLE = "-?[0-9]{1,15}";
  /** White space FEEL's grammar skips between tokens (not the other characters Java's {@code \s} takes). */
  private static final String SPACE = "[ \\t\\r\\n]*";
  private static final String RANGE = "[\\[\\](]" + SPACE + WHOLE + SPACE + "\\.\\." + SPACE + WHOLE + SPACE
      + "[\\[\\])]";
  private static final Pattern RANGE_PARTS = Pattern.compile("([\\[\\](])" + SPACE + "(" + WHOLE + ")" + SPACE
      + "\\.\\." + SPACE + "(" + WHOLE + ")" + SPACE + "([\\[\\])])");
  private static final Pattern COMPARISON_PARTS = Pattern.compile("(<=|>=|<|>)?" + SPACE + "(" + WHOLE + ")");
  private static final Pattern STRING_LITERAL = Pattern.compile(STRING);
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Distinct entries kept per kind of input; the deployed tables have a few hundred. */
  private static final int KEPT = 10_000;

  /** The kinds of input an entry of literals is read against, each with the entries it takes. */
  enum Kind {
    STRING_INPUT(list(STRING)),
    /** Against a whole number: equality, comparisons and ranges. */
    WHOLE_INPUT(list("(((<|<=|>|>=)" + SPACE + ")?" + WHOLE + "|" + RANGE + ")")),
    /** Against a double: comparisons and ranges only (equality of doubles: -0.0 against 0 differs, measured). */
    DOUBLE_INPUT(list("((<|<=|>|>=)" + SPACE + WHOLE + "|" + RANGE + ")")),
    /** Not {@code not(true)}: feel-scala reads it as the boolean expression (false), never matching (measured). */
    BOOLEAN_INPUT(Pattern.compile("true|false"));

    final Pattern entries;

    Kind(Pattern entries) {
      this.entries = entries;
    }

    /** The kind of this input, or null: null, decimals (exact in FEEL), dates, anything else go to feel-scala. */
    static Kind of(Object input) {
      if (input instanceof String) {
        return STRING_INPUT;
      }
      if (input instanceof Integer || input instanceof Long || input instanceof Short) {
        return WHOLE_INPUT;
      }
      if (input instanceof Double number && Double.isFinite(number)) {
        return DOUBLE_INPUT;
      }
      return input instanceof Boolean ? BOOLEAN_INPUT : null;
    }
  }

  private final FeelEngine feelScala;
  /** Each kind's entries parsed, or empty where an entry is not literals of that kind. */
  private final Map<Kind, Map<String, Optional<Predicate<Object>>>> parsed = new EnumMap<>(Kind.class);

  LiteralTestsFeel(FeelEngine feelScala) {
    this.feelScala = feelScala;
    for (Kind kind : Kind.values()) {
      parsed.put(kind, new ConcurrentHashMap<>());
    }
  }

  /**
   * The factory for a DMN engine configuration; {@code functionProviders} are read when the engine is built, so that
   * the process engine's custom FEEL functions reach feel-scala as they would without this class.
   */
  public static FeelEngineFactory factory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    return () -> new LiteralTestsFeel(new ScalaFeelEngineFactory(functionProviders.get()).createInstance());
  }

  /**
   * An input expression that only names a variable, or an output entry that is a string, boolean or whole-number
   * literal, gives what feel-scala gives (a whole number as a Long, measured) without building its context; anything
   * else is feel-scala's.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    String text = trimmed(expression);
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
    Object input = input(inputVariable, variableContext);
    Kind kind = Kind.of(input);
    if (kind != null) {
      Map<String, Optional<Predicate<Object>>> kept = parsed.get(kind);
      Optional<Predicate<Object>> test = kept.get(expression);
      if (test == null) {
        test = parse(expression, kind);
        if (kept.size() < KEPT) {
          kept.put(expression, test);
        }
      }
      if (test.isPresent()) {
        return test.get().test(input);
      }
    }
    return feelScala.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
  }

  /** Whether the entry is literals of the input's own kind, which are answered here. */
  static boolean literalTest(String expression, Object input) {
    Kind kind = Kind.of(input);
    return kind != null && kind.entries.matcher(trimmed(expression)).matches();
  }

  /** The entry as a test of an input of this kind, or empty if it is not literals of that kind. */
  static Optional<Predicate<Object>> parse(String expression, Kind kind) {
    String text = trimmed(expression);
    if (!kind.entries.matcher(text).matches()) {
      return Optional.empty();
    }
    if (kind == Kind.BOOLEAN_INPUT) {
      return Optional.of(Boolean.valueOf(text)::equals);
    }
    boolean negated = text.startsWith("not(");
    String body = negated ? text.substring(4, text.length() - 1) : text;
    // Neither a string literal nor a range here holds a comma: the list splits at its commas.
    List<Predicate<Object>> tests = Arrays.stream(body.split(",")).map(LiteralTestsFeel::trimmed)
        .map(test -> kind == Kind.STRING_INPUT ? stringTest(test) : numberTest(test)).toList();
    Predicate<Object> any = input -> {
      for (Predicate<Object> test : tests) {
        if (test.test(input)) {
          return true;
        }
      }
      return false;
    };
    return Optional.of(negated ? any.negate() : any);
  }

  private static Predicate<Object> stringTest(String literal) {
    return literal.substring(1, literal.length() - 1)::equals;
  }

  /** A comparison, a range or (whole numbers only, as the kind's entries allow) equality. */
  private static Predicate<Object> numberTest(String test) {
    Matcher range = RANGE_PARTS.matcher(test);
    if (range.matches()) {
      long low = Long.parseLong(range.group(2));
      long high = Long.parseLong(range.group(3));
      boolean fromLow = range.group(1).equals("[");
      boolean toHigh = range.group(4).equals("]");
      return input -> compare(input, low) >= (fromLow ? 0 : 1) && compare(input, high) <= (toHigh ? 0 : -1);
    }
    Matcher comparison = COMPARISON_PARTS.matcher(test);
    if (!comparison.matches()) {
      throw new IllegalStateException("not a test of whole numbers: " + test);
    }
    long value = Long.parseLong(comparison.group(2));
    String operator = comparison.group(1) == null ? "=" : comparison.group(1);
    return switch (operator) {
      case "<" -> input -> compare(input, value) < 0;
      case "<=" -> input -> compare(input, value) <= 0;
      case ">" -> input -> compare(input, value) > 0;
      case ">=" -> input -> compare(input, value) >= 0;
      default -> input -> compare(input, value) == 0;
    };
  }

  /** The input (a whole number, or a finite double) against a whole number of at most 15 digits, exactly. */
  private static int compare(Object input, long value) {
    if (input instanceof Double number) {
      double x = number;
      return x < value ? -1 : x > value ? 1 : 0;
    }
    return Long.compare(((Number) input).longValue(), value);
  }

  private static Object input(String name, VariableContext context) {
    TypedValue value = context.resolve(name);
    return value == null ? null : value.getValue();
  }

  /**
   * The text without the white space around it that FEEL's grammar skips (space, tab, line feed, carriage return);
   * other characters {@link String#strip} would take, such as the information separators U+001C–U+001F, stay, so
   * that an entry holding them goes to feel-scala, which refuses it.
   */
  static String trimmed(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** One test or a comma-separated list of them, optionally inside not(…). */
  private static Pattern list(String test) {
    String tests = test + "(" + SPACE + "," + SPACE + test + ")*";
    return Pattern.compile("(" + tests + ")|not\\(" + SPACE + "(" + tests + ")" + SPACE + "\\)");
  }
}
