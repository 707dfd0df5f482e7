package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import java.util.List;

/** Rules on column types and forms that cause trouble later; off unless included. */
public final class HygieneRules {
  private HygieneRules() {}

  public static List<LintRule> all() {
    return List.of();
  }
}
