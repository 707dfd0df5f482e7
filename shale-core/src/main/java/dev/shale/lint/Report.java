package dev.shale.lint;

import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;

/** Where a rule puts its findings: it names the span and message, the linter the rest. */
public interface Report {
  /**
   * Reports a finding on {@code statement}, with the caret under {@code span} (the statement's
   * span, or a part of it).
   *
   * @param fix the safer SQL for this statement, or null
   */
  void add(Source statement, Span span, String message, String fix);

  default void add(Source statement, String message, String fix) {
    add(statement, statement.span(), message, fix);
  }
}
