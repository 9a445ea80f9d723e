package cn.unionsw.platform.config;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Reads what an engine command carries (the task, the variables, a new time to live) from its fields, for the
 * engine guard ({@code review/}) and the model rules ({@code models/}). Camunda's commands expose none of this; the
 * field names are those of 7.24 and tests pin them ({@code CommandsTest}, {@code ModelRulesIT}), so an upgrade that
 * renames one fails a test, not a door.
 */
public final class Commands {

  /** Reflection is looked up once per command class and field: the guard sits on every engine call. */
  private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

  private Commands() {
  }

  public static Object field(Object target, String name) {
    Field field = find(target.getClass(), name);
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(Command<?> command, String name) {
    return (String) field(command, name);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> variables(Object target, String name) {
    return (Map<String, Object>) field(target, name);
  }

  public static void set(Object target, String name, Object value) {
    Field field = find(target.getClass(), name);
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field find(Class<?> type, String name) {
    return FIELDS.computeIfAbsent(type, key -> new ConcurrentHashMap<>())
        .computeIfAbsent(name, key -> lookUp(type, name));
  }

  private static Field lookUp(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        Field field = current.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + " (Camunda upgraded?)");
  }
}
