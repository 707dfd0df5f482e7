package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ATTACH PARTITION} of an existing table scans it under ACCESS EXCLUSIVE to check the bound,
 * unless a valid CHECK constraint on it implies the bound. Proving implication needs the server's
 * predicate prover, so this rule is conservative: it accepts a CHECK that the migrations added on
 * the partition and that is valid (added valid, or NOT VALID and then VALIDATEd) and whose text
 * names every column of the parent's partition key. When the migrations did not create the parent,
 * its key is unknown, and any such valid CHECK on the partition is accepted (the author did the
 * add-check-validate-attach steps; whether the CHECK matches the bound is on them). A partition
 * created in this deploy is empty: nothing to scan.
 */
public final class AttachPartitionScan implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ATTACH_PARTITION_SCAN;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE measurements ATTACH PARTITION measurements_2025"
            + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        "ALTER TABLE measurements_2025 ADD CONSTRAINT m2025_bound CHECK (logdate >= '2025-01-01'"
            + " AND logdate < '2026-01-01') NOT VALID;\n"
            + "-- in a later migration:\n"
            + "ALTER TABLE measurements_2025 VALIDATE CONSTRAINT m2025_bound;\n"
            + "ALTER TABLE measurements ATTACH PARTITION measurements_2025"
            + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter)) {
      return;
    }
    for (AlterTableAction action : alter.actions()) {
      if (!(action instanceof AlterTableAction.AttachPartition attach)
          || context.isNew(attach.partition())) {
        continue;
      }
      List<String> key =
          context
              .schema()
              .table(alter.table())
              .map(KnownSchema.Table::partitionKeyColumns)
              .orElse(List.of());
      Optional<KnownSchema.Table> partition = context.schema().table(attach.partition());
      boolean proven =
          partition
              .map(
                  p ->
                      p.checks().stream()
                          .anyMatch(c -> c.valid() && mentionsAll(c.expression(), key)))
              .orElse(false);
      if (proven) {
        continue;
      }
      out.add(
          context.source(),
          action.span(),
          "ATTACH PARTITION "
              + attach.partition()
              + " scans every row of it under an ACCESS EXCLUSIVE lock to check "
              + attach.bound()
              + ": no valid CHECK constraint "
              + (key.isEmpty() ? "" : "on " + Facts.names(key) + " ")
              + "is known on "
              + attach.partition(),
          "ALTER TABLE "
              + attach.partition()
              + " ADD CONSTRAINT … CHECK (<the bound as a condition>) NOT VALID; VALIDATE it in a"
              + " later migration, then ATTACH (no scan) and drop the CHECK");
    }
  }

  private static boolean mentionsAll(String expression, List<String> columns) {
    String lower = expression.toLowerCase(Locale.ROOT);
    for (String column : columns) {
      String c = column.toLowerCase(Locale.ROOT);
      if (!Pattern.compile("(?<![a-z0-9_$])\"?" + Pattern.quote(c) + "\"?(?![a-z0-9_$])")
          .matcher(lower)
          .find()) {
        return false;
      }
    }
    return true;
  }
}
