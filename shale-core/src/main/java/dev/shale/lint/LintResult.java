package dev.shale.lint;

import java.util.List;

/** What linting a set of files found, and how much it read. */
public record LintResult(List<Finding> findings, int files, int statements) {
  public LintResult {
    findings = List.copyOf(findings);
  }
}
