package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import java.util.List;

/**
 * Rules on column types that cause trouble later. Off unless included, but prefer-jsonb, whose json
 * columns break queries (no equality operator), is on by default.
 */
public final class HygieneRules {
  private HygieneRules() {}

  public static List<LintRule> all() {
    return List.of(
        new PreferJsonb(),
        new PreferBigintOverInt(),
        new PreferIdentity(),
        new PreferTimestamptz(),
        new BanCharField(),
        new PreferTextField());
  }
}
