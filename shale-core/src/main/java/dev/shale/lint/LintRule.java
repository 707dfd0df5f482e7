package dev.shale.lint;

import dev.shale.sql.Rule;

/**
 * One rule of {@code shale check}: it reads a statement in its context and reports what is unsafe
 * about it. Its id, severity and texts are its {@link Rule} entry, the catalog that {@code
 * generate} and {@code push} print too.
 */
public interface LintRule {
  Rule rule();

  /**
   * A statement that the rule reports, and its safer form, for docs/rules.md and the corpus.
   *
   * @param bad SQL the rule reports
   * @param good SQL that does the same safely, which it does not report; a line {@code -- in a
   *     later migration:} starts the next migration file
   * @param pgVersion the PostgreSQL version the examples are for; 0 for the default target
   */
  record Example(String bad, String good, int pgVersion) {
    public Example(String bad, String good) {
      this(bad, good, 0);
    }

    /** The marker line that starts the next migration file in an example. */
    public static final String NEXT_MIGRATION = "-- in a later migration:";
  }

  Example example();

  /** Whether the rule applies when migrations target PostgreSQL {@code pgVersion} (major). */
  default boolean appliesTo(int pgVersion) {
    return true;
  }

  /** Whether the rule runs unless {@code exclude}d; false for hygiene rules one must include. */
  default boolean onByDefault() {
    return true;
  }

  /** Reports the statement's findings, if any, to {@code out}. */
  void check(StatementContext context, Report out);

  /** Called once after the file's last statement, for rules that pair statements. */
  default void finish(FileContext context, Report out) {}
}
