package dev.shale.introspect;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A readable list of where two models differ, one line per differing value with its path ({@code
 * tables[public.users].columns[email].defaultExpression: expected 'x' but was 'x'::text}): records
 * are compared component by component, lists of named things by name, other lists by position.
 */
public final class ModelDifference {
  private ModelDifference() {}

  /** The differences, empty when the two are equal. */
  public static List<String> between(Object expected, Object actual) {
    List<String> out = new ArrayList<>();
    compare("model", expected, actual, out);
    return out;
  }

  /** The differences as lines, or "(none)". */
  public static String describe(Object expected, Object actual) {
    List<String> lines = between(expected, actual);
    return lines.isEmpty() ? "(none)" : String.join("\n", lines);
  }

  private static void compare(String path, Object expected, Object actual, List<String> out) {
    if (Objects.equals(expected, actual)) {
      return;
    }
    if (expected == null || actual == null || expected.getClass() != actual.getClass()) {
      out.add(path + ": expected " + show(expected) + " but was " + show(actual));
      return;
    }
    if (expected instanceof Record) {
      for (RecordComponent component : expected.getClass().getRecordComponents()) {
        try {
          compare(
              path + "." + component.getName(),
              component.getAccessor().invoke(expected),
              component.getAccessor().invoke(actual),
              out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return;
    }
    if (expected instanceof List<?> a && actual instanceof List<?> b) {
      Map<String, Object> left = byName(a);
      Map<String, Object> right = byName(b);
      if (left == null || right == null) {
        if (a.size() != b.size()) {
          out.add(path + ": expected " + show(a) + " but was " + show(b));
          return;
        }
        for (int i = 0; i < a.size(); i++) {
          compare(path + "[" + i + "]", a.get(i), b.get(i), out);
        }
        return;
      }
      for (Map.Entry<String, Object> e : left.entrySet()) {
        if (!right.containsKey(e.getKey())) {
          out.add(path + "[" + e.getKey() + "]: missing (expected " + show(e.getValue()) + ")");
        } else {
          compare(path + "[" + e.getKey() + "]", e.getValue(), right.get(e.getKey()), out);
        }
      }
      for (Map.Entry<String, Object> e : right.entrySet()) {
        if (!left.containsKey(e.getKey())) {
          out.add(path + "[" + e.getKey() + "]: unexpected " + show(e.getValue()));
        }
      }
      if (out.isEmpty() && !a.equals(b)) {
        out.add(path + ": same items in another order: " + left.keySet() + " vs " + right.keySet());
      }
      return;
    }
    out.add(path + ": expected " + show(expected) + " but was " + show(actual));
  }

  /** Items by their name() component, or null when they have none or names repeat. */
  private static Map<String, Object> byName(List<?> items) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Object item : items) {
      if (!(item instanceof Record)) {
        return null;
      }
      Object name = null;
      for (RecordComponent c : item.getClass().getRecordComponents()) {
        if (c.getName().equals("name") || c.getName().equals("column") && name == null) {
          try {
            name = c.getAccessor().invoke(item);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
          if (c.getName().equals("name")) {
            break;
          }
        }
      }
      if (name == null || map.put(name.toString(), item) != null) {
        return null;
      }
    }
    return map;
  }

  private static String show(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }
}
