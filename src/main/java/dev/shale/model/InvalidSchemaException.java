package dev.shale.model;

import java.util.List;

/** A declared schema that cannot be turned into a database: every problem found, at once. */
public final class InvalidSchemaException extends RuntimeException {
  private final List<String> problems;

  public InvalidSchemaException(List<String> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the schema:\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
