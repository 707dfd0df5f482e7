package dev.shale.lint;

import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;

/**
 * One thing {@code shale check} reports: where (file and span, 1-based, end column exclusive),
 * which rule, what it found in this statement, and the safer SQL where there is one.
 *
 * @param file the file as the user named it (relative to the working directory when it is under
 *     it), or {@code -} for standard input
 * @param message what this statement does, naming its objects
 * @param fix the safer SQL or step for this statement, or null (the rule's general alternative
 *     applies)
 * @param statement the statement's text as written
 * @param origin whether a static rule or the trace on a real server found it
 */
public record Finding(
    String file,
    Span span,
    Rule rule,
    String message,
    String fix,
    String statement,
    Origin origin) {

  public enum Origin {
    STATIC,
    TRACE
  }

  public Rule.Severity severity() {
    return rule.severity();
  }

  /** The fix for this statement, or the rule's general safer alternative. */
  public String saferAlternative() {
    return fix != null ? fix : rule.safeAlternative();
  }

  @Override
  public String toString() {
    return file + ":" + span.line() + ":" + span.column() + ": " + rule.id() + ": " + message;
  }
}
