package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import java.util.List;

/** Rules on locks, rewrites and scans of tables that hold rows. */
public final class LockingRules {
  private LockingRules() {}

  public static List<LintRule> all() {
    return List.of(new CreateIndexNonConcurrent(), new SetNotNull(), new MissingLockTimeout());
  }
}
