package dev.shale.lint;

import dev.shale.sql.parse.ParsedScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A file being linted: its statements with their contexts so far, the schema, the settings. */
public final class FileContext {
  private final LintInput input;
  private final ParsedScript script;
  private final KnownSchema schema;
  private final LintSettings settings;
  private final List<StatementContext> statements = new ArrayList<>();
  private final Map<Object, Object> ruleState = new HashMap<>();

  FileContext(LintInput input, ParsedScript script, KnownSchema schema, LintSettings settings) {
    this.input = input;
    this.script = script;
    this.schema = schema;
    this.settings = settings;
  }

  public LintInput input() {
    return input;
  }

  public ParsedScript script() {
    return script;
  }

  public KnownSchema schema() {
    return schema;
  }

  public LintSettings settings() {
    return settings;
  }

  /** The contexts of the statements linted so far (all of them in {@code finish}). */
  public List<StatementContext> statements() {
    return Collections.unmodifiableList(statements);
  }

  /**
   * What a rule keeps while it lints this file, under a key of its own (the rule itself): e.g. the
   * schema as it was at a statement, for pairing statements in {@code finish}. Rule instances are
   * shared between files and runs, so they keep no state of their own.
   */
  @SuppressWarnings("unchecked")
  public <T> T state(Object key, Supplier<T> initial) {
    return (T) ruleState.computeIfAbsent(key, k -> initial.get());
  }

  void add(StatementContext context) {
    statements.add(context);
  }
}
