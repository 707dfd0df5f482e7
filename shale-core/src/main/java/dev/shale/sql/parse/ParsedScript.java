package dev.shale.sql.parse;

import java.util.List;

/** A migration file's statements in order, and what did not parse. */
public record ParsedScript(
    String file, List<ParsedStatement> statements, List<ParseProblem> problems) {
  public ParsedScript {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
  }
}
