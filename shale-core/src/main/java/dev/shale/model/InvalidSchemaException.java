package dev.shale.model;

import java.util.List;

/** A declared schema that cannot be turned into a database: every problem found, at once. */
public final class InvalidSchemaException extends RuntimeException {
  private final List<String> problems;

  public InvalidSchemaException(List<String> problems) {
    this(problems, null);
  }

  /** The problems, then {@code advice} (what to do about all of them) on a line of its own. */
  public InvalidSchemaException(List<String> problems, String advice) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the schema:\n  - "
            + String.join("\n  - ", problems)
            + (advice == null ? "" : "\n" + advice));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
