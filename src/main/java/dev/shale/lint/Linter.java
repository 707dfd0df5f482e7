package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Lints migration files in the order they run. What earlier files create is known to later ones
 * (their tables' columns, indexes and checks); what files of the same deploy create carries no lock
 * risk.
 */
public final class Linter {
  private final LintSettings settings;
  private final List<LintRule> rules;

  public Linter(LintSettings settings) {
    this(settings, Rules.all());
  }

  public Linter(LintSettings settings, List<LintRule> rules) {
    this.settings = settings;
    this.rules = rules.stream().filter(settings::runs).toList();
  }

  /**
   * Lints {@code files} in order.
   *
   * @param context files that ran before them, read only for what they create (never reported)
   * @param oneDeploy whether {@code files} deploy together (a pull request's new migrations): then
   *     what one creates is new for the others too; otherwise each file is its own deploy
   */
  public LintResult lint(List<LintInput> context, List<LintInput> files, boolean oneDeploy) {
    KnownSchema schema = new KnownSchema();
    for (LintInput input : context) {
      new FileLinter(input, settings, List.of(), schema).lint();
    }
    schema.startDeploy();
    List<Finding> findings = new ArrayList<>();
    int statements = 0;
    for (LintInput input : files) {
      if (!oneDeploy) {
        schema.startDeploy();
      }
      FileLinter linter = new FileLinter(input, settings, rules, schema);
      findings.addAll(linter.lint());
      statements += linter.statements();
    }
    return new LintResult(findings, files.size(), statements);
  }

  /** Lints one file on its own. */
  public List<Finding> lint(LintInput file) {
    return lint(List.of(), List.of(file), true).findings();
  }
}
