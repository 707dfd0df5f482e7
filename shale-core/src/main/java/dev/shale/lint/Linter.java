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
    // Files parse independently, on every core and ahead of the linter; the schema they build is
    // read in order.
    ParseAhead parsedContext = new ParseAhead(context);
    KnownSchema schema = new KnownSchema();
    for (int i = 0; i < context.size(); i++) {
      new FileLinter(context.get(i), settings, List.of(), schema).lint(parsedContext.get(i));
    }
    ParseAhead parsed = new ParseAhead(files);
    schema.startDeploy();
    List<Finding> findings = new ArrayList<>();
    int statements = 0;
    for (int i = 0; i < files.size(); i++) {
      if (!oneDeploy) {
        schema.startDeploy();
      }
      FileLinter linter = new FileLinter(files.get(i), settings, rules, schema);
      findings.addAll(linter.lint(parsed.get(i)));
      statements += linter.statements();
    }
    return new LintResult(findings, files.size(), statements);
  }

  /** Lints one file on its own. */
  public List<Finding> lint(LintInput file) {
    return lint(List.of(), List.of(file), true).findings();
  }
}
