package dev.shale.lint.rules;

import dev.shale.lint.CheckExpressions;
import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ADD PRIMARY KEY (cols)} on an existing table builds its index and makes the columns NOT
 * NULL under ACCESS EXCLUSIVE. {@code PRIMARY KEY USING INDEX} skips the build, but still scans for
 * NULLs (measured on PostgreSQL 15) unless every column is already known NOT NULL: declared so, SET
 * NOT NULL, or (PostgreSQL 12+) proven by a valid CHECK.
 */
public final class AddPrimaryKey implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ADD_PRIMARY_KEY;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE events ADD PRIMARY KEY (id);",
        "-- shale:no-transaction\n"
            + "ALTER TABLE events ADD CONSTRAINT events_id_not_null CHECK (id IS NOT NULL) NOT"
            + " VALID;\n"
            + "ALTER TABLE events VALIDATE CONSTRAINT events_id_not_null;\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS events_pkey ON events (id);\n"
            + "ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof AlterTable alter) || context.isNew(alter.table())) {
      return;
    }
    Optional<KnownSchema.Table> table = context.schema().table(alter.table());
    for (AlterTableAction action : alter.actions()) {
      if (action instanceof AlterTableAction.AddConstraint add
          && add.constraint() instanceof Constraint.PrimaryKey pk) {
        if (pk.usingIndex() == null) {
          String name = pk.name() != null ? pk.name() : alter.table().name() + "_pkey";
          out.add(
              context.source(),
              action.span(),
              "PRIMARY KEY ("
                  + Facts.names(pk.columns())
                  + ") on "
                  + alter.table()
                  + " builds its index and checks the columns for NULLs under an ACCESS EXCLUSIVE"
                  + " lock: reads and writes wait for both",
              "make "
                  + Facts.names(pk.columns())
                  + " NOT NULL as set-not-null says; CREATE UNIQUE INDEX CONCURRENTLY "
                  + Facts.name(name)
                  + " ON "
                  + alter.table()
                  + " ("
                  + Facts.names(pk.columns())
                  + ") in a migration that starts with -- shale:no-transaction; then ALTER TABLE "
                  + alter.table()
                  + " ADD CONSTRAINT "
                  + Facts.name(name)
                  + " PRIMARY KEY USING INDEX "
                  + Facts.name(name)
                  + ";");
          continue;
        }
        Optional<KnownSchema.Index> index =
            table.flatMap(
                t ->
                    t.indexes().stream().filter(i -> pk.usingIndex().equals(i.name())).findFirst());
        if (index.isEmpty()) {
          out.add(
              context.source(),
              action.span(),
              "PRIMARY KEY USING INDEX "
                  + Facts.name(pk.usingIndex())
                  + " on "
                  + alter.table()
                  + ": the migrations do not say which columns the index covers, so shale cannot"
                  + " tell that they are NOT NULL; any that is not is scanned for NULLs under an"
                  + " ACCESS EXCLUSIVE lock",
              null);
          continue;
        }
        List<String> nullable = new ArrayList<>();
        for (String column : index.get().columns()) {
          if (column == null || !notNull(context, table.get(), column)) {
            nullable.add(column == null ? "(an expression)" : column);
          }
        }
        if (!nullable.isEmpty()) {
          out.add(
              context.source(),
              action.span(),
              "PRIMARY KEY USING INDEX "
                  + Facts.name(pk.usingIndex())
                  + " on "
                  + alter.table()
                  + ": "
                  + Facts.names(nullable)
                  + (nullable.size() == 1 ? " is" : " are")
                  + " not known NOT NULL, so every row is scanned for NULLs under an ACCESS"
                  + " EXCLUSIVE lock",
              "make "
                  + Facts.names(nullable)
                  + " NOT NULL first, as set-not-null says (a validated CHECK, then SET NOT NULL)");
        }
      } else if (action instanceof AlterTableAction.AddColumn add
          && add.column().constraint(Constraint.PrimaryKey.class) != null) {
        out.add(
            context.source(),
            action.span(),
            "ADD COLUMN "
                + Facts.name(add.column().name())
                + " … PRIMARY KEY fills and indexes the new column for every row of "
                + alter.table()
                + " under an ACCESS EXCLUSIVE lock",
            null);
      }
    }
  }

  private static boolean notNull(StatementContext context, KnownSchema.Table table, String column) {
    return table.notNull(column)
        || context.pgVersion() >= 12
            && table.checks().stream()
                .anyMatch(c -> c.valid() && CheckExpressions.provesNotNull(c.expression(), column));
  }
}
