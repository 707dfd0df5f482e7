package dev.shale.lint;

import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.ParsedStatement.AlterTable;
import dev.shale.sql.parse.ParsedStatement.CreateIndex;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;

/**
 * What the migrations read so far prove a statement does not do: {@code ADD COLUMN IF NOT EXISTS}
 * of a column that exists, {@code CREATE INDEX IF NOT EXISTS} of an index that exists (PostgreSQL
 * says "already exists, skipping"). The rules judge what is left; the statement's locks are still
 * its own, as the server takes them before it looks.
 */
final class KnownNoOps {
  private KnownNoOps() {}

  static ParsedStatement without(ParsedStatement statement, KnownSchema schema) {
    if (statement instanceof AlterTable alter) {
      List<AlterTableAction> kept =
          alter.actions().stream().filter(a -> !existingColumn(a, alter.table(), schema)).toList();
      return kept.size() == alter.actions().size()
          ? statement
          : new AlterTable(
              alter.source(), alter.foreign(), alter.ifExists(), alter.only(), alter.table(), kept);
    }
    // CONCURRENTLY is judged as it is: inside a transaction it fails before the name is looked at
    if (statement instanceof CreateIndex index
        && index.ifNotExists()
        && !index.concurrently()
        && index.name() != null
        && schema
            .tableOfIndex(new QualifiedName(index.table().schema(), index.name()))
            .isPresent()) {
      return new ParsedStatement.Opaque(index.source(), "CREATE INDEX");
    }
    return statement;
  }

  private static boolean existingColumn(
      AlterTableAction action, QualifiedName table, KnownSchema schema) {
    return action instanceof AlterTableAction.AddColumn add
        && add.ifNotExists()
        && schema.table(table).flatMap(t -> t.column(add.column().name())).isPresent();
  }
}
