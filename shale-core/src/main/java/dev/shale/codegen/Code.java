package dev.shale.codegen;

import java.util.List;

/**
 * The few Java expression forms the generated schema uses, kept as a tree so that {@link
 * CodeLayout} can break them over lines the way google-java-format would.
 */
sealed interface Code {
  /** Anything written as it is: a literal, a name, a lambda such as {@code () -> USERS}. */
  record Atom(String text) implements Code {}

  /**
   * {@code receiver.name(args)}, or {@code name(args)} when the receiver is null. A receiver that
   * is itself a call makes a chain ({@code column(...).notNull().unique()}).
   */
  record Call(Code receiver, String name, List<Code> args) implements Code {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** String concatenation: {@code "a\n" + "b"}. */
  record Concat(List<Code> parts) implements Code {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  static Atom atom(String text) {
    return new Atom(text);
  }

  static Call call(String name, Code... args) {
    return new Call(null, name, List.of(args));
  }

  static Call call(String name, List<Code> args) {
    return new Call(null, name, args);
  }

  /** {@code this.name(args)}: a call chained onto this expression. */
  static Call chain(Code receiver, String name, Code... args) {
    return new Call(receiver, name, List.of(args));
  }
}
