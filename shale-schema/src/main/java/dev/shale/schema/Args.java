package dev.shale.schema;

import java.util.List;

/**
 * Argument checks for the DSL: a null argument fails at once with a message that names it, instead
 * of a bare NullPointerException later. A null is most often a static field used before Java has
 * initialized it (fields are initialized in order, top to bottom).
 */
final class Args {
  private Args() {}

  /** {@code value}, or a NullPointerException saying that {@code what} is null. */
  static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " is null");
    }
    return value;
  }

  /** The names as a list, or a NullPointerException naming the array or the first null in it. */
  static List<String> names(String[] names, String what) {
    notNull(names, what);
    for (int i = 0; i < names.length; i++) {
      notNull(names[i], what + ": name " + (i + 1) + " of " + names.length);
    }
    return List.of(names);
  }

  /** The elements as a list, or a NullPointerException naming the array or the first null. */
  static <T> List<T> elements(T[] elements, String what, String hint) {
    notNull(elements, what + ": the argument array");
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        throw new NullPointerException(
            what + ": argument " + (i + 1) + " of " + elements.length + " is null" + hint);
      }
    }
    return List.of(elements);
  }
}
