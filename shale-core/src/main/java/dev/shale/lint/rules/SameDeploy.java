package dev.shale.lint.rules;

import dev.shale.lint.KnownSchema;
import dev.shale.lint.StatementContext;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.QualifiedName;

/**
 * Whether an object was created in the current deploy, so that dropping or renaming it breaks no
 * running code. Everything is known deploy-wide through {@link KnownSchema} (a deploy may span
 * several files): relations through {@link KnownSchema#isNew}, other objects (types, domains,
 * functions, schemas, extensions), columns added to existing tables and enum values through its
 * deploy records.
 */
final class SameDeploy {
  private SameDeploy() {}

  static boolean created(StatementContext context, ObjectKind kind, QualifiedName name) {
    return (isRelation(kind) && context.isNew(name))
        || context.schema().createdInDeploy(kind, name);
  }

  /** Whether the column was added to the table (or the table created) earlier in the deploy. */
  static boolean columnAdded(StatementContext context, QualifiedName table, String column) {
    return context.schema().columnAddedInDeploy(table, column);
  }

  /** Whether the enum value was added (or its type created) earlier in the deploy. */
  static boolean enumValueAdded(StatementContext context, QualifiedName type, String value) {
    return context.schema().enumValueAddedInDeploy(type, value);
  }

  static boolean sameRelation(QualifiedName a, QualifiedName b) {
    return KnownSchema.key(a).equals(KnownSchema.key(b));
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
