package dev.shale.model;

import java.util.List;

/**
 * One argument of a {@link Routine}.
 *
 * @param mode {@code in}, {@code out}, {@code inout} or {@code variadic}
 * @param name the name, or null
 * @param type the type as format_type prints it with {@code search_path} = public
 * @param defaultValue the default expression as the server prints it, or null
 */
public record RoutineArgument(String mode, String name, String type, String defaultValue) {
  public static final List<String> MODES = List.of("in", "out", "inout", "variadic");

  public RoutineArgument {
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException("unknown argument mode " + mode);
    }
    if (name != null && name.isEmpty()) {
      name = null;
    }
  }

  /** Whether the argument is part of the call (and so of the identity): all but OUT. */
  public boolean isInput() {
    return !mode.equals("out");
  }
}
