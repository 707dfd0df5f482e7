package dev.shale.sql;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.shale.diff.Change;
import dev.shale.diff.SchemaDiff;
import dev.shale.model.SchemaModel;
import java.util.List;

/**
 * How two schemas differ, for {@code shale diff} and {@code shale status}: the statements that take
 * the first to the second (the plain, single-transaction form), and the two full DDLs side by side.
 */
public final class Drift {
  private static final int CONTEXT_LINES = 3;

  private final SchemaModel from;
  private final SchemaModel to;
  private final List<Change> changes;
  private final PlanOptions options;

  private Drift(SchemaModel from, SchemaModel to, List<Change> changes, PlanOptions options) {
    this.from = from;
    this.to = to;
    this.changes = List.copyOf(changes);
    this.options = options;
  }

  /** The drift from {@code from} to {@code to} through {@code changes}, for {@code pgVersion}. */
  public static Drift of(SchemaModel from, SchemaModel to, List<Change> changes, int pgVersion) {
    return new Drift(from, to, changes, new PlanOptions(pgVersion, false));
  }

  public boolean equal() {
    return changes.isEmpty();
  }

  /** The statements that take the first schema to the second, without their semicolons. */
  public List<String> statements() {
    return StatementPlanner.plan(changes, options).stream()
        .map(s -> SqlFragments.user(s.sql()))
        .toList();
  }

  /**
   * A unified diff of the full DDL of both schemas (as {@code shale export} prints them), the files
   * named {@code fromName} and {@code toName}; empty when the DDLs are equal.
   */
  public String unifiedDiff(String fromName, String toName) {
    List<String> before = ddl(from);
    List<String> after = ddl(to);
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff(
            fromName, toName, before, DiffUtils.diff(before, after), CONTEXT_LINES);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private List<String> ddl(SchemaModel model) {
    return MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(model), options))
        .lines()
        .toList();
  }
}
