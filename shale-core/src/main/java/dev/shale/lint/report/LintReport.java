package dev.shale.lint.report;

import dev.shale.lint.Finding;
import dev.shale.sql.Rule;
import java.util.List;
import java.util.Map;

/**
 * What one run of {@code shale check} found, as the reporters print it.
 *
 * @param findings in the order to print them (the linter's: files in run order, then position)
 * @param fileTexts each checked file's text by {@link Finding#file()}, for the source lines and
 *     carets of the text reporter and for fingerprints; a file missing here is printed without its
 *     lines
 * @param filesChecked how many files were linted (with findings or not)
 * @param statementsChecked how many statements they held
 */
public record LintReport(
    List<Finding> findings,
    Map<String, String> fileTexts,
    int filesChecked,
    int statementsChecked) {

  public LintReport {
    findings = List.copyOf(findings);
    fileTexts = Map.copyOf(fileTexts);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Rule.Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Rule.Severity.WARNING).count();
  }

  /** The text of {@code file}, or null when the report does not carry it. */
  public String textOf(String file) {
    return fileTexts.get(file);
  }

  /**
   * The closing line of the human formats: {@code 2 errors, 1 warning in 3 files (12 statements).}
   * or {@code No findings in 3 files (12 statements).}
   */
  public String summary() {
    String where =
        " in " + count(filesChecked, "file") + " (" + count(statementsChecked, "statement") + ").";
    if (findings.isEmpty()) {
      return "No findings" + where;
    }
    return count(errors(), "error") + ", " + count(warnings(), "warning") + where;
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
