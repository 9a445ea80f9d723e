package cn.unionsw.platform.review;

import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
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
  /** The longest value one pick may have (an id, a code). */
  public static final int MAX_PICK = 64;
  /** A decimal of at most this many significant digits comes back unchanged from a Double (Double.toString). */
  static final int DOUBLE_DIGITS = 15;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Class<T> type;
  private final long min;
  private final long max;
  /** A decimal's bounds and the decimal places it takes; null and 0 for every other type. */
  private final BigDecimal lower;
  private final BigDecimal upper;
  private final int scale;

  private Variable(String name, Class<T> type, long min, long max) {
    this(name, type, min, max, null, null, 0);
  }

  private Variable(String name, Class<T> type, long min, long max, BigDecimal lower, BigDecimal upper, int scale) {
    this.name = name;
    this.type = type;
    this.min = min;
    this.max = max;
    this.lower = lower;
    this.upper = upper;
    this.scale = scale;
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

  /**
   * A number from {@code min} to {@code max} with at most {@code scale} decimal places (a satisfaction rate of 89.5).
   * Sent as a number, whole or not (Tasklist sends a form-js number field untyped: JSON's 95 arrives as an Integer,
   * 89.5 as a Double); text that looks like a number, NaN, infinities, more places or a number out of range are
   * refused, never rounded. Stored as a Double, the engine's type for a number with a fraction and what a DMN input
   * of type double reads; read back as a BigDecimal of exactly {@code scale} places, the value a decimal column
   * stores (the Double's shortest decimal, so 89.55 is 89.55, not the binary fraction nearest to it).
   */
  public static Variable<BigDecimal> decimal(String name, BigDecimal min, BigDecimal max, int scale) {
    if (scale < 1 || min.compareTo(max) > 0 || min.stripTrailingZeros().scale() > scale
        || max.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException(name + ": a decimal takes 1 or more places and bounds within them");
    }
    for (BigDecimal bound : List.of(min, max)) {
      if (bound.setScale(scale).precision() > DOUBLE_DIGITS) {
        throw new IllegalArgumentException(name + ": more digits than a Double keeps exactly");
      }
    }
    return new Variable<>(name, BigDecimal.class, 0, 0, min.setScale(scale), max.setScale(scale), scale);
  }

  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, Boolean.class, 0, 1);
  }

  /** One of an enumeration's constants, stored as its name. */
  public static <E extends Enum<E>> Variable<E> choice(String name, Class<E> type) {
    return new Variable<>(name, type, 0, 0);
  }

  /**
   * Several values picked among a form's options (a form-js checklist, which Tasklist sends as a JSON array), at
   * most {@code maxItems}, none twice, each a text or whole number of at most {@link #MAX_PICK} characters. Kept as
   * JSON (Tasklist shows it again as the checklist's ticks); read as its text, never as an object.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Variable<List<String>> picks(String name, int maxItems) {
    return new Variable<>(name, (Class) List.class, 0, maxItems);
  }

  public String name() {
    return name;
  }

  /** The value in a scope as the process works with it; null when unset or blank. */
  public T from(VariableScope scope) {
    if (isPicks()) {
      TypedValue typed = scope.getVariableTyped(name, false);
      return typed == null ? null : convert(typed instanceof SerializableValue serialized
          ? serialized.getValueSerialized() : typed.getValue());
    }
    return convert(scope.getVariable(name));
  }

  /** The value a step cannot do without: refused (400, naming the variable) when unset, as {@link #from} reads it. */
  public T required(VariableScope scope) {
    T value = from(scope);
    return value != null ? value : refuse("须提供该流程变量 (required)");
  }

  /** Writes a value as the engine stores it: an enumeration by its name. */
  public void on(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /**
   * Sets a value for the rest of this transaction only, for a condition that follows before the next wait state: no
   * row, no history. Where the scope already holds the variable persisted (an instance started before a model kept it
   * so), it is written there as before: Camunda refuses a transient value over a persisted one.
   */
  public void onTransient(VariableScope scope, T value) {
    if (scope.hasVariable(name)) {
      on(scope, value);
    } else {
      scope.setVariable(name, Variables.untypedValue(stored(value), true));
    }
  }

  /** Writes a value into the scope itself (a task's own variable), as the engine stores it. */
  public void onLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** The value as stored in the engine: an enumeration by its name, picks as a JSON array, a decimal as a Double. */
  public Object stored(T value) {
    if (isPicks() && value != null) {
      try {
        return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    return value instanceof Enum<?> constant ? constant.name() : value;
  }

  private boolean isPicks() {
    return type == List.class;
  }

  /**
   * Checks a value a client sent (a plain value or Camunda's typed value) and answers it as the engine should store
   * it; a refusal names the variable and says what it takes.
   */
  public Object accept(Object raw) {
    Object value = raw instanceof TypedValue typed ? isPicks() ? jsonText(typed) : dataOnly(name, typed) : raw;
    if (value == null || value instanceof String text && text.isBlank() && type != String.class) {
      return null;
    }
    return stored(check(value));
  }

  /**
   * The same value, as the engine stores it, whatever form it was sent in (1, 1L, "1", 1.0; 89.5 and 89.50; "" for
   * none).
   */
  static boolean sameValue(Object current, Object sent) {
    return canonical(current).equals(canonical(sent instanceof TypedValue typed ? typed.getValue() : sent));
  }

  private T check(Object value) {
    if (isPicks()) {
      return picked(value);
    }
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
    if (type == BigDecimal.class) {
      return type.cast(decimal(value));
    }
    return convert(value);
  }

  /**
   * A number sent as a number within the bounds, with at most {@link #scale} places, at exactly that scale: text that
   * looks like one ("89.5") is refused as for integers, and so are NaN and the infinities, which have no decimal.
   */
  private BigDecimal decimal(Object value) {
    if (value instanceof String text) {
      return refuse("须为数字，不接受文本，收到 " + shortened(text));
    }
    BigDecimal number = null;
    if (value instanceof Number sent) {
      try {
        number = new BigDecimal(sent.toString());
      } catch (NumberFormatException e) {
        // NaN, Infinity: refused below
      }
    }
    if (number == null || number.compareTo(lower) < 0 || number.compareTo(upper) > 0
        || number.stripTrailingZeros().scale() > scale) {
      return refuse("须为 " + lower.stripTrailingZeros().toPlainString() + " 到 "
          + upper.stripTrailingZeros().toPlainString() + " 之间的数，最多 " + scale + " 位小数，收到 "
          + shortened(value));
    }
    return number.setScale(scale);
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
    if ((type == Integer.class || type == BigDecimal.class) && value instanceof Number) {
      return check(value); // a Long beyond the range is refused, never narrowed; a decimal read at its scale
    }
    return type.isInstance(value) ? type.cast(value) : check(value);
  }

  /** A JSON array (as text or as a list) of texts and whole numbers, bounded, none twice. */
  @SuppressWarnings("unchecked")
  private T picked(Object value) {
    List<Object> items;
    if (value instanceof List<?> list) {
      items = new ArrayList<>(list);
    } else if (value instanceof String text) {
      try {
        JsonNode array = JSON.readTree(text);
        if (array == null || !array.isArray()) {
          return refuse("须为所选项的数组，收到 " + shortened(text));
        }
        items = new ArrayList<>();
        for (JsonNode item : array) {
          items.add(item.isTextual() ? item.asText() : item.isIntegralNumber() ? item.numberValue() : item);
        }
      } catch (JsonProcessingException e) {
        return refuse("须为所选项的数组，收到 " + shortened(text));
      }
    } else {
      return refuse("须为所选项的数组");
    }
    if (items.size() > max) {
      return refuse("最多选 " + max + " 项，收到 " + items.size() + " 项");
    }
    LinkedHashSet<String> picks = new LinkedHashSet<>();
    for (Object item : items) {
      String pick = item instanceof String text ? text
          : item instanceof Integer || item instanceof Long || item instanceof java.math.BigInteger ? item.toString()
          : null;
      if (pick == null || pick.isBlank() || pick.length() > MAX_PICK) {
        return refuse("每一项须为不超过 " + MAX_PICK + " 个字的文本或整数，收到 " + shortened(item));
      }
      if (!picks.add(pick)) {
        return refuse("同一项选了两次：" + shortened(pick));
      }
    }
    return (T) List.copyOf(picks);
  }

  /** Picks come as JSON (Tasklist's checklist): read as text, never deserialised; nothing else serialised. */
  private Object jsonText(TypedValue typed) {
    // Engine REST builds a Json value without naming its data format; the engine's own names application/json.
    if (typed instanceof SerializableValue serialized && (typed.getType() != null
        && "json".equalsIgnoreCase(typed.getType().getName())
        || "application/json".equals(serialized.getSerializationDataFormat()))) {
      return serialized.getValueSerialized();
    }
    return dataOnly(name, typed);
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
      BigDecimal decimal;
      try {
        decimal = new BigDecimal(number.toString()).stripTrailingZeros();
      } catch (NumberFormatException e) {
        return number.toString(); // NaN, Infinity: compared as they print
      }
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
