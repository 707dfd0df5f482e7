package dev.shale.codegen;

import java.util.List;

/**
 * The model holds something no DSL source can declare, so no Java would load back to it: each
 * problem names the object and what the DSL lacks.
 */
public final class UnsupportedModelException extends IllegalArgumentException {
  private final List<String> problems;

  public UnsupportedModelException(List<String> problems) {
    super(
        "the schema cannot be written as Shale's Java DSL:\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
