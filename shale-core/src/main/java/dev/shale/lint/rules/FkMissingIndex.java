package dev.shale.lint.rules;

import dev.shale.lint.FileContext;
import dev.shale.lint.KnownSchema;
import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import dev.shale.sql.parse.Source;
import dev.shale.sql.parse.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key added in the file whose columns no index starts with (in any order), among the
 * indexes the migrations know of once the whole file has run: an index created after the key, later
 * in the file, counts. Partial and expression indexes do not. New tables are included: a new table
 * fills up, and its key needs the index just the same.
 */
public final class FkMissingIndex implements LintRule {
  @Override
  public Rule rule() {
    return Rule.FK_MISSING_INDEX;
  }

  @Override
  public Example example() {
    return new Example(
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id) NOT VALID;",
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id) NOT VALID;\n"
            + "-- in a migration that starts with -- shale:no-transaction:\n"
            + "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);");
  }

  @Override
  public void check(StatementContext context, Report out) {}

  @Override
  public void finish(FileContext file, Report out) {
    for (StatementContext context : file.statements()) {
      ParsedStatement statement = context.statement();
      if (statement instanceof ParsedStatement.AlterTable alter) {
        for (AlterTableAction action : alter.actions()) {
          if (action instanceof AlterTableAction.AddConstraint add
              && add.constraint() instanceof Constraint.ForeignKey fk) {
            check(file, out, context.source(), action.span(), alter.table(), fk.columns(), fk);
          } else if (action instanceof AlterTableAction.AddColumn add) {
            inline(file, out, context.source(), alter.table(), add.column());
          }
        }
      } else if (statement instanceof ParsedStatement.CreateTable create) {
        for (ColumnDef column : create.columns()) {
          inline(file, out, context.source(), create.table(), column);
        }
        for (Constraint c : create.constraints()) {
          if (c instanceof Constraint.ForeignKey fk) {
            check(
                file,
                out,
                context.source(),
                context.source().span(),
                create.table(),
                fk.columns(),
                fk);
          }
        }
      }
    }
  }

  private static void inline(
      FileContext file, Report out, Source source, QualifiedName table, ColumnDef column) {
    Constraint.ForeignKey fk = column.constraint(Constraint.ForeignKey.class);
    if (fk != null) {
      check(file, out, source, column.span(), table, List.of(column.name()), fk);
    }
  }

  private static void check(
      FileContext file,
      Report out,
      Source source,
      Span span,
      QualifiedName table,
      List<String> columns,
      Constraint.ForeignKey fk) {
    Optional<KnownSchema.Table> known = file.schema().table(table);
    if (known.isEmpty() || columns.isEmpty() || indexed(known.get(), columns)) {
      return;
    }
    out.add(
        source,
        span,
        "no index on "
            + table
            + " starts with the foreign key's columns ("
            + Facts.names(columns)
            + "): every DELETE on "
            + fk.table()
            + ", and every UPDATE of its key, scans "
            + table
            + " for referencing rows",
        safer(file.schema().isNew(table), table, columns));
  }

  /**
   * The index to add: on a table this deploy creates, a plain one beside it (the table is empty and
   * nobody waits on its lock); on an existing table, built concurrently in a file of its own.
   */
  private static String safer(boolean newTable, QualifiedName table, List<String> columns) {
    String index =
        Facts.name(table.name() + "_" + String.join("_", columns) + "_idx")
            + " ON "
            + table
            + " ("
            + Facts.names(columns)
            + ");";
    return newTable
        ? "CREATE INDEX " + index + " in the same migration: the table is new, so it locks no one"
        : "CREATE INDEX CONCURRENTLY "
            + index
            + " in a migration that starts with -- shale:no-transaction";
  }

  private static boolean indexed(KnownSchema.Table table, List<String> columns) {
    for (KnownSchema.Index index : table.indexes()) {
      if ((index.partial() && !onlyNotNull(index.where(), columns))
          || index.columns().size() < columns.size()) {
        continue;
      }
      if (new HashSet<>(index.columns().subList(0, columns.size()))
          .equals(new HashSet<>(columns))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern IS_NOT_NULL =
      java.util.regex.Pattern.compile(
          "\\(*\\s*(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+is\\s+not\\s+null\\s*\\)*",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Whether a partial index's predicate asks only that key columns be NOT NULL ({@code WHERE
   * parent_id IS NOT NULL}): the lookup a DELETE on the referenced table makes ({@code WHERE
   * parent_id = $1}) implies it, so the server uses such an index.
   */
  static boolean onlyNotNull(String where, List<String> columns) {
    for (String conjunct : where.strip().split("(?i)\\s+and\\s+")) {
      java.util.regex.Matcher m = IS_NOT_NULL.matcher(conjunct.strip());
      if (!m.matches() || !columns.contains(dev.shale.sql.Identifiers.unquote(m.group(1)))) {
        return false;
      }
    }
    return true;
  }
}
