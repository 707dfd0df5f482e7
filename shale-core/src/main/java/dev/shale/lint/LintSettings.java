package dev.shale.lint;

import java.util.Set;

/**
 * How {@code shale check} lints: from {@code [lint]} in {@code shale.toml} and the flags.
 *
 * @param pgVersion the oldest PostgreSQL major version the migrations run on
 * @param include rule ids to run on top of those on by default (hygiene rules are off unless
 *     included)
 * @param exclude rule ids not to run
 * @param toolLockTimeout whether the tool that applies these migrations sets a lock_timeout for
 *     every statement itself (shale migrate does, unless configured to 0)
 */
public record LintSettings(
    int pgVersion, Set<String> include, Set<String> exclude, boolean toolLockTimeout) {

  public static final int DEFAULT_PG_VERSION = 14;

  public LintSettings {
    include = Set.copyOf(include);
    exclude = Set.copyOf(exclude);
  }

  public static LintSettings defaults() {
    return new LintSettings(DEFAULT_PG_VERSION, Set.of(), Set.of(), false);
  }

  /** Whether {@code rule} runs under these settings. */
  public boolean runs(LintRule rule) {
    String id = rule.rule().id();
    if (exclude.contains(id)) {
      return false;
    }
    return (rule.onByDefault() || include.contains(id)) && rule.appliesTo(pgVersion);
  }
}
