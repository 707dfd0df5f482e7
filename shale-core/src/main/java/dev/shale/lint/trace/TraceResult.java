package dev.shale.lint.trace;

import java.util.List;

/**
 * What a trace found.
 *
 * @param serverVersion the major version of the server it ran on
 * @param statements every statement that ran, in order (a failed one last in its file)
 * @param notes what the trace could not do, one sentence each: files skipped after a failure,
 *     tables it could not put rows in
 */
public record TraceResult(int serverVersion, List<TracedStatement> statements, List<String> notes) {
  public TraceResult {
    statements = List.copyOf(statements);
    notes = List.copyOf(notes);
  }
}
