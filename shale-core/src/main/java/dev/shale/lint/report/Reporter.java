package dev.shale.lint.report;

import java.io.IOException;

/** Writes a {@link LintReport} in one output format ({@code shale check --format}). */
public interface Reporter {
  /** Writes the whole report to {@code out}, ending with a newline. */
  void write(LintReport report, Appendable out) throws IOException;

  /** The whole report as a string. */
  default String render(LintReport report) {
    StringBuilder out = new StringBuilder();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
