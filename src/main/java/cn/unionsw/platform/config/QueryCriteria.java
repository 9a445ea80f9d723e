package cn.unionsw.platform.config;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Whether two engine queries ask the same thing: equal in every field, the engine's own objects among them (variable
 * criteria, or-queries, orderings, expressions) compared the same way, field by field. Two queries converted from one
 * request's body are; a query that differs anywhere, even where the difference would not change the answer, is not.
 * "Not the same" is the safe answer, so a value whose equality cannot be told (a JDK object without {@code equals}, a
 * set whose elements are objects compared by field) counts as different unless it is the same object.
 */
final class QueryCriteria {

  /** What {@link #FIELDS} holds for a class whose fields cannot be read. */
  private static final List<Field> UNREADABLE = new ArrayList<>(0);
  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      return readableFields(type);
    }
  };

  private QueryCriteria() {
  }

  /** Whether {@code a} and {@code b} are equal in every field, recursively. */
  static boolean same(Object a, Object b) {
    return same(a, b, new IdentityHashMap<>());
  }

  /**
   * {@code compared}: the pairs under comparison, each object with every object it is being compared with, taken as
   * equal when met again (an or-query holds its own query).
   */
  private static boolean same(Object a, Object b, Map<Object, Set<Object>> compared) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return false;
    }
    Class<?> type = a.getClass();
    if (a instanceof CharSequence || a instanceof Number || a instanceof Boolean || a instanceof Character
        || a instanceof Date || a instanceof TemporalAccessor || type.isEnum() || a instanceof Class) {
      return a.equals(b);
    }
    if (!compared.computeIfAbsent(a, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(b)) {
      return true;
    }
    if (a instanceof List<?> left) {
      return sameInOrder(left, (List<?>) b, compared);
    }
    if (a instanceof Collection<?> left) {
      // A hash set of plain values compares by equals (a sorted one may equate what its comparator does); a set of
      // engine objects only if it iterates alike.
      return !(left instanceof SortedSet) && left.equals(b) || sameInOrder(left, (Collection<?>) b, compared);
    }
    if (a instanceof Map<?, ?> left) {
      Map<?, ?> right = (Map<?, ?>) b;
      if (left.size() != right.size()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        if (!right.containsKey(entry.getKey()) || !same(entry.getValue(), right.get(entry.getKey()), compared)) {
          return false;
        }
      }
      return true;
    }
    if (type.isArray()) {
      int length = Array.getLength(a);
      if (length != Array.getLength(b)) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (!same(Array.get(a, i), Array.get(b, i), compared)) {
          return false;
        }
      }
      return true;
    }
    if (isPlatformClass(type)) {
      // The JDK's other objects: equal only as they define it (the same object when they do not).
      return a.equals(b);
    }
    List<Field> fields = fields(type);
    if (fields == null) {
      return false;
    }
    try {
      for (Field field : fields) {
        if (!same(field.get(a), field.get(b), compared)) {
          return false;
        }
      }
      return true;
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  private static boolean sameInOrder(Collection<?> left, Collection<?> right, Map<Object, Set<Object>> compared) {
    if (left.size() != right.size()) {
      return false;
    }
    Iterator<?> others = right.iterator();
    for (Object element : left) {
      if (!same(element, others.next(), compared)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlatformClass(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
  }

  /** Every instance field of the class and its superclasses, readable; null when one cannot be read. */
  private static List<Field> fields(Class<?> type) {
    List<Field> fields = FIELDS.get(type);
    return fields == UNREADABLE ? null : fields;
  }

  private static List<Field> readableFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    try {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            field.setAccessible(true);
            fields.add(field);
          }
        }
      }
    } catch (RuntimeException unreadable) {
      // A class of a module that does not open its fields: its objects cannot be compared.
      return UNREADABLE;
    }
    return List.copyOf(fields);
  }
}
