package dev.shale.lint.rules;

import dev.shale.lint.StatementContext;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.ColumnType;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import dev.shale.sql.parse.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns (and domains) a statement gives a type: CREATE TABLE's columns, ADD COLUMN, ALTER
 * COLUMN … TYPE and CREATE DOMAIN, for the hygiene rules that judge column types. New tables count:
 * they are where a type is chosen.
 */
final class TypedColumns {
  /**
   * @param table the table, or null for a domain (then {@code column} is the domain's name)
   * @param definition the column's definition, or null for ALTER COLUMN … TYPE and domains
   * @param key whether the column is (part of) the table's primary key
   */
  record Typed(
      Span span,
      QualifiedName table,
      String column,
      ColumnType type,
      ColumnDef definition,
      boolean key) {

    String where() {
      return table == null ? "domain " + column : table + "." + column;
    }

    boolean identity() {
      return definition != null && definition.constraint(Constraint.Identity.class) != null;
    }
  }

  private TypedColumns() {}

  static List<Typed> of(StatementContext context) {
    ParsedStatement s = context.statement();
    List<Typed> out = new ArrayList<>();
    if (s instanceof ParsedStatement.CreateTable create) {
      List<String> pk = new ArrayList<>();
      for (Constraint c : create.constraints()) {
        if (c instanceof Constraint.PrimaryKey p) {
          pk.addAll(p.columns());
        }
      }
      for (ColumnDef column : create.columns()) {
        if (column.type() != null) {
          boolean key =
              pk.contains(column.name()) || column.constraint(Constraint.PrimaryKey.class) != null;
          out.add(
              new Typed(column.span(), create.table(), column.name(), column.type(), column, key));
        }
      }
    } else if (s instanceof ParsedStatement.AlterTable alter) {
      for (AlterTableAction action : alter.actions()) {
        if (action instanceof AlterTableAction.AddColumn add && add.column().type() != null) {
          ColumnDef column = add.column();
          out.add(
              new Typed(
                  action.span(),
                  alter.table(),
                  column.name(),
                  column.type(),
                  column,
                  column.constraint(Constraint.PrimaryKey.class) != null));
        } else if (action instanceof AlterTableAction.AlterColumnType type) {
          out.add(new Typed(action.span(), alter.table(), type.column(), type.type(), null, false));
        }
      }
    } else if (s instanceof ParsedStatement.CreateDomain domain && domain.type() != null) {
      out.add(
          new Typed(s.source().span(), null, domain.name().toString(), domain.type(), null, false));
    }
    return out;
  }
}
