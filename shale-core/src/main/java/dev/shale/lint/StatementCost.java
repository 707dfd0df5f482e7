package dev.shale.lint;

import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement;
import java.util.Set;

/**
 * Whether a statement takes time that grows with a table: it reads or writes every row (a scan, a
 * rewrite, an index build, a backfill) of a table that existed before this deploy. Statements that
 * only change the catalog end at once, whatever the table's size. Where the text cannot tell, the
 * answer is yes.
 */
public final class StatementCost {
  private static final Set<String> SERIALS = Set.of("serial", "bigserial", "smallserial");

  private StatementCost() {}

  /** A WHERE clause that no row passes: {@code WHERE false} (a statement planned, not run). */
  private static final java.util.regex.Pattern NO_ROW =
      java.util.regex.Pattern.compile("(?is)\\bwhere\\s+(false|1\\s*=\\s*0)\\s*;?\\s*$");

  public static boolean growsWithTable(StatementContext context) {
    ParsedStatement statement = context.statement();
    if (statement instanceof ParsedStatement.AlterTable alter) {
      return !context.isNew(alter.table())
          && alter.actions().stream()
              .anyMatch(
                  a ->
                      growsWithTable(a, context.pgVersion())
                          && !(a instanceof AlterTableAction.SetNotNull set
                              && provenNotNull(context, alter.table(), set.column()))
                          && !(a instanceof AlterTableAction.AlterColumnType change
                              && dev.shale.lint.rules.ChangingColumnType.provenWithoutRewrite(
                                  context, alter.table(), change)));
    }
    if (statement instanceof ParsedStatement.CreateIndex index) {
      return !context.isNew(index.table());
    }
    if (statement instanceof ParsedStatement.Dml dml) {
      return dml.kind() != ParsedStatement.DmlKind.INSERT
          && !context.isNew(dml.table())
          && !(NO_ROW.matcher(dml.source().sql()).find()
              && !dml.source().sql().stripLeading().regionMatches(true, 0, "WITH", 0, 4));
    }
    if (statement instanceof ParsedStatement.CreateView view) {
      return view.materialized() && view.withData();
    }
    if (statement instanceof ParsedStatement.AlterIndex index) {
      return index.action().equals("SET TABLESPACE") && !context.isNew(index.index());
    }
    if (statement instanceof ParsedStatement.AlterMaterializedView view) {
      return view.action().equals("SET TABLESPACE") && !context.isNew(view.view());
    }
    return statement instanceof ParsedStatement.Vacuum
        || statement instanceof ParsedStatement.Cluster
        || statement instanceof ParsedStatement.RefreshMaterializedView
        || statement instanceof ParsedStatement.Reindex
        || statement instanceof ParsedStatement.MoveAllInTablespace;
  }

  private static boolean growsWithTable(AlterTableAction action, int pgVersion) {
    if (action instanceof AlterTableAction.AddColumn add) {
      return addColumnGrows(add.column(), pgVersion);
    }
    if (action instanceof AlterTableAction.AddConstraint add) {
      Constraint c = add.constraint();
      if (c instanceof Constraint.Check check) {
        return !check.notValid();
      }
      if (c instanceof Constraint.ForeignKey fk) {
        return !fk.notValid();
      }
      if (c instanceof Constraint.Unique unique) {
        return unique.usingIndex() == null;
      }
      if (c instanceof Constraint.PrimaryKey pk) {
        return pk.usingIndex() == null;
      }
      if (c instanceof Constraint.NotNull nn) {
        return !nn.notValid();
      }
      return c instanceof Constraint.Exclusion;
    }
    return action instanceof AlterTableAction.AlterColumnType
        || action instanceof AlterTableAction.SetNotNull
        || action instanceof AlterTableAction.ValidateConstraint
        || action instanceof AlterTableAction.SetLogged
        || action instanceof AlterTableAction.SetTablespace
        || action instanceof AlterTableAction.AttachPartition
        || action instanceof AlterTableAction.SetExpression
        || action instanceof AlterTableAction.AddIdentity;
  }

  private static boolean addColumnGrows(ColumnDef column, int pgVersion) {
    if (column.type() != null && SERIALS.contains(column.type().name())) {
      return true;
    }
    for (Constraint c : column.constraints()) {
      if (c instanceof Constraint.Default d
          && !DefaultExpressions.isNull(d.expression())
          && (pgVersion < 11 || DefaultExpressions.unprovenVolatile(d.expression()) != null)) {
        return true;
      }
      if (c instanceof Constraint.Generated g && !(g.virtual() && pgVersion >= 18)) {
        return true;
      }
      if (c instanceof Constraint.Identity
          || c instanceof Constraint.Check
          || c instanceof Constraint.Unique
          || c instanceof Constraint.PrimaryKey) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether SET NOT NULL of {@code column} skips its scan: the column is NOT NULL already, or (on
   * PostgreSQL 12 and later) a validated check proves it.
   */
  public static boolean provenNotNull(
      StatementContext context, dev.shale.sql.parse.QualifiedName table, String column) {
    if (context.pgVersion() < 12) {
      return false;
    }
    return context
        .schema()
        .table(table)
        .map(
            t ->
                t.column(column).map(KnownSchema.Column::notNull).orElse(false)
                    || t.checks().stream()
                        .anyMatch(
                            c ->
                                c.valid()
                                    && CheckExpressions.provesNotNull(c.expression(), column)))
        .orElse(false);
  }
}
