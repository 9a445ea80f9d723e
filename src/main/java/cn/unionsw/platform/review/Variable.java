package cn.unionsw.platform.review;

import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One process variable, typed and bounded, in the spirit of holunda's camunda-bpm-data: a process names its
 * variables once, and delegates, listeners, the engine guard and the tests read, write and check them through it
 * instead of casting strings. What a client sends is {@link #accept accepted} only as the declared type within its
 * limits: data, never code, objects or serialised Java; a number out of range is refused, never narrowed.
 *
 * @param <T> the Java type the process works with (enumerations are stored by name, as forms send them)
 */
public final class Variable<T> {

  /** Camunda keeps a string variable in a 4,000-character column. */
  public static final int MAX_TEXT = 4000;

  private final String name;
  private final Class<T> type;
  private final long min;
  private final long max;

  private Variable(String name, Class<T> type, long min, long max) {
    this.name = name;
    this.type = type;
    this.min = min;
    this.max = max;
  }

  /** Text of at most {@code maxLength} characters. */
  public static Variable<String> text(String name, int maxLength) {
    if (maxLength > MAX_TEXT) {
      throw new IllegalArgumentException(name + ": longer than Camunda's text column");
    }
    return new Variable<>(name, String.class, 0, maxLength);
  }

  public static Variable<Integer> integer(String name, int min, int max) {
    return new Variable<>(name, Integer.class, min, max);
  }

  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, Boolean.class, 0, 1);
  }

  /** One of an enumeration's constants, stored as its name. */
  public static <E extends Enum<E>> Variable<E> choice(String name, Class<E> type) {
    return new Variable<>(name, type, 0, 0);
  }

  public String name() {
    return name;
  }

  /** The value in a scope as the process works with it; null when unset or blank. */
  public T from(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** Writes a value as the engine stores it: an enumeration by its name. */
  public void on(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** The value as stored in the engine. */
  public Object stored(T value) {
    return value instanceof Enum<?> constant ? constant.name() : value;
  }

  /**
   * Checks a value a client sent (a plain value or Camunda's typed value) and answers it as the engine should store
   * it; a refusal names the variable and says what it takes.
   */
  public Object accept(Object raw) {
    Object value = raw instanceof TypedValue typed ? dataOnly(name, typed) : raw;
    if (value == null || value instanceof String text && text.isBlank() && type != String.class) {
      return null;
    }
    return stored(check(value));
  }

  /** The same value, as the engine stores it, whatever form it was sent in (1, 1L, "1", 1.0; "" for none). */
  static boolean sameValue(Object current, Object sent) {
    return canonical(current).equals(canonical(sent instanceof TypedValue typed ? typed.getValue() : sent));
  }

  private T check(Object value) {
    if (type == String.class) {
      String text = value instanceof String string ? string : refuse("须为文本");
      if (text.length() > max) {
        throw new Refusal(name, "最多 " + max + " 个字，收到 " + text.length() + " 个");
      }
      return type.cast(text);
    }
    if (type == Integer.class) {
      long number = whole(value);
      if (number < min || number > max) {
        throw new Refusal(name, "须为 " + min + " 到 " + max + " 之间的整数，收到 " + shortened(value));
      }
      return type.cast((int) number);
    }
    if (type == Boolean.class) {
      return value instanceof Boolean flag ? type.cast(flag) : refuse("须为 true 或 false");
    }
    return convert(value);
  }

  /** A number sent as a number: text that looks like one ("1") is refused, as a form never sends it so. */
  private long whole(Object value) {
    try {
      if (value instanceof Number number) {
        return new BigDecimal(number.toString()).longValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // falls through to the refusal below: not a whole number, or beyond a long
    }
    return refuse("须为 " + min + " 到 " + max + " 之间的整数，收到 " + shortened(value));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private T convert(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (type.isEnum()) {
      if (type.isInstance(value)) {
        return type.cast(value);
      }
      try {
        return (T) Enum.valueOf((Class) type, (String) value);
      } catch (IllegalArgumentException | ClassCastException e) {
        return refuse("须为 " + choices() + " 之一，收到 " + shortened(value));
      }
    }
    if (type == Integer.class && value instanceof Number) {
      return check(value); // a Long beyond the range is refused, never narrowed
    }
    return type.isInstance(value) ? type.cast(value) : check(value);
  }

  private String choices() {
    return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
  }

  private <R> R refuse(String reason) {
    throw new Refusal(name, reason);
  }

  /**
   * Data only: objects, JSON/XML, files and serialised Java are refused before anything reads them (reading one
   * would deserialise it); plain values, typed or untyped, are answered as they are.
   */
  static Object dataOnly(String field, TypedValue typed) {
    if (typed instanceof SerializableValue || typed instanceof FileValue) {
      throw new Refusal(field, "只接受文本、数字或布尔值，不接受对象、文件或序列化数据");
    }
    return typed.getValue();
  }

  private static String canonical(Object value) {
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
      return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }
    return value == null ? "" : value.toString().trim();
  }

  /** What a client sent, as a refusal may quote it: cut short (the platform's one rule, {@link Problems#quote}). */
  static String shortened(Object value) {
    return Problems.quote(value);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Names of several variables, for queries and messages. */
  public static List<String> names(List<Variable<?>> variables) {
    return variables.stream().map(Variable::name).toList();
  }
}
