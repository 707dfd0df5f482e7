package dev.shale.lint;

import dev.shale.lint.rules.CompatibilityRules;
import dev.shale.lint.rules.HygieneRules;
import dev.shale.lint.rules.LockingRules;
import dev.shale.lint.rules.TransactionRules;
import java.util.ArrayList;
import java.util.List;

/** Every rule {@code shale check} runs. */
public final class Rules {
  private Rules() {}

  private static final List<LintRule> ALL = collect();

  private static List<LintRule> collect() {
    List<LintRule> all = new ArrayList<>();
    all.addAll(LockingRules.all());
    all.addAll(TransactionRules.all());
    all.addAll(CompatibilityRules.all());
    all.addAll(HygieneRules.all());
    return List.copyOf(all);
  }

  public static List<LintRule> all() {
    return ALL;
  }
}
