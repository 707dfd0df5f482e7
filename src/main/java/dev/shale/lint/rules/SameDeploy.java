package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.StatementContext;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import java.util.List;

/**
 * Whether an object was created in the current deploy, so that dropping or renaming it breaks no
 * running code. Relations (tables, views, sequences, indexes) are known deploy-wide through {@link
 * KnownSchema#isNew}; other objects (types, domains, functions, schemas, extensions) and columns
 * added to existing tables are looked up among the earlier statements of the same file.
 */
final class SameDeploy {
  private SameDeploy() {}

  static boolean created(StatementContext context, ObjectKind kind, QualifiedName name) {
    if (isRelation(kind) && context.isNew(name)) {
      return true;
    }
    for (ParsedStatement s : earlierInFile(context)) {
      QualifiedName made = createdName(s, kind);
      if (made != null && same(made, name, kind)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the column was added to the table (or the table created) earlier in the deploy. */
  static boolean columnAdded(StatementContext context, QualifiedName table, String column) {
    if (context.isNew(table)) {
      return true;
    }
    for (ParsedStatement s : earlierInFile(context)) {
      if (s instanceof ParsedStatement.AlterTable alter && sameRelation(alter.table(), table)) {
        for (AlterTableAction action : alter.actions()) {
          if (action instanceof AlterTableAction.AddColumn add
              && add.column().name().equals(column)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the enum value was added (or its type created) earlier in the deploy. */
  static boolean enumValueAdded(StatementContext context, QualifiedName type, String value) {
    if (created(context, ObjectKind.TYPE, type)) {
      return true;
    }
    for (ParsedStatement s : earlierInFile(context)) {
      if (s instanceof ParsedStatement.AddEnumValue add
          && sameRelation(add.type(), type)
          && add.value().equals(value)) {
        return true;
      }
    }
    return false;
  }

  static boolean sameRelation(QualifiedName a, QualifiedName b) {
    return KnownSchema.key(a).equals(KnownSchema.key(b));
  }

  private static List<ParsedStatement> earlierInFile(StatementContext context) {
    return context.file().statements().subList(0, context.index()).stream()
        .map(StatementContext::statement)
        .toList();
  }

  private static boolean same(QualifiedName made, QualifiedName name, ObjectKind kind) {
    if (kind == ObjectKind.SCHEMA || kind == ObjectKind.EXTENSION) {
      return made.name().equals(name.name());
    }
    return sameRelation(made, name);
  }

  private static QualifiedName createdName(ParsedStatement s, ObjectKind kind) {
    switch (kind) {
      case TYPE:
        if (s instanceof ParsedStatement.CreateType t) {
          return t.name();
        }
        return s instanceof ParsedStatement.CreateDomain d ? d.name() : null;
      case DOMAIN:
        return s instanceof ParsedStatement.CreateDomain d ? d.name() : null;
      case FUNCTION:
      case PROCEDURE:
      case ROUTINE:
        return s instanceof ParsedStatement.CreateFunction f && !f.orReplace() ? f.name() : null;
      case SCHEMA:
        return s instanceof ParsedStatement.CreateSchema c && !c.ifNotExists()
            ? QualifiedName.of(c.name())
            : null;
      case EXTENSION:
        return s instanceof ParsedStatement.CreateExtension e && !e.ifNotExists()
            ? QualifiedName.of(e.name())
            : null;
      case SEQUENCE:
        return s instanceof ParsedStatement.CreateSequence q ? q.name() : null;
      case VIEW:
      case MATERIALIZED_VIEW:
        return s instanceof ParsedStatement.CreateView v && !v.orReplace() ? v.name() : null;
      default:
        return null;
    }
  }

  private static boolean isRelation(ObjectKind kind) {
    return kind == ObjectKind.TABLE
        || kind == ObjectKind.VIEW
        || kind == ObjectKind.MATERIALIZED_VIEW
        || kind == ObjectKind.SEQUENCE
        || kind == ObjectKind.FOREIGN_TABLE
        || kind == ObjectKind.INDEX;
  }
}
