package dev.shale.sql.parse;

import java.util.List;

/**
 * A statement of a migration file in the typed form that {@code shale check}'s rules read. Every
 * form carries its {@link Source}. What no rule looks into is {@link Opaque}: its kind (the leading
 * keywords) and position only. A statement of a parsed kind that does not parse is {@link
 * Unparsed}, and the file's {@link ParseProblem} says why.
 *
 * <p>Names are folded as PostgreSQL folds them ({@link QualifiedName}); expressions, bounds and
 * queries are kept as their source text, never interpreted. Bodies of functions, procedures and DO
 * blocks are never looked into.
 */
public sealed interface ParsedStatement {
  Source source();

  /**
   * {@code ALTER TABLE [IF EXISTS] [ONLY] name action, ...} (also {@code ALTER FOREIGN TABLE}, with
   * {@code foreign} set). Renames and SET SCHEMA are their own statements ({@link Rename}, {@link
   * SetSchema}), as in PostgreSQL's grammar: they cannot be combined with other actions.
   */
  record AlterTable(
      Source source,
      boolean foreign,
      boolean ifExists,
      boolean only,
      QualifiedName table,
      List<AlterTableAction> actions)
      implements ParsedStatement {
    public AlterTable {
      actions = List.copyOf(actions);
    }
  }

  /**
   * {@code CREATE [TEMP|UNLOGGED] TABLE}.
   *
   * @param persistence {@code TEMPORARY}, {@code UNLOGGED} or null
   * @param partitionOf the parent of {@code PARTITION OF}, or null; {@code bound} its bound text
   * @param partitionBy the {@code PARTITION BY} spec text, or null
   * @param asQuery {@code CREATE TABLE ... AS query} (also {@code SELECT ... INTO} is not this)
   */
  record CreateTable(
      Source source,
      String persistence,
      boolean ifNotExists,
      QualifiedName table,
      List<ColumnDef> columns,
      List<Constraint> constraints,
      List<QualifiedName> like,
      List<QualifiedName> inherits,
      QualifiedName partitionOf,
      String bound,
      String partitionBy,
      boolean asQuery)
      implements ParsedStatement {
    public CreateTable {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
      like = List.copyOf(like);
      inherits = List.copyOf(inherits);
    }
  }

  /**
   * One key of an index: a column, or ({@code column} null) an expression.
   *
   * @param options collation, operator class and ordering as written, or empty
   */
  record IndexKey(String column, String expression, String options) {}

  record CreateIndex(
      Source source,
      boolean unique,
      boolean concurrently,
      boolean ifNotExists,
      String name,
      boolean only,
      QualifiedName table,
      String method,
      List<IndexKey> keys,
      List<String> include,
      boolean nullsNotDistinct,
      String where)
      implements ParsedStatement {
    public CreateIndex {
      keys = List.copyOf(keys);
      include = List.copyOf(include);
    }
  }

  /**
   * {@code DROP kind [CONCURRENTLY] [IF EXISTS] name, ... [CASCADE|RESTRICT]}. For {@code DROP
   * TRIGGER|POLICY|RULE name ON table}, {@code on} is the table. A function's argument list is not
   * kept.
   */
  record Drop(
      Source source,
      ObjectKind kind,
      boolean concurrently,
      boolean ifExists,
      List<QualifiedName> names,
      QualifiedName on,
      boolean cascade)
      implements ParsedStatement {
    public Drop {
      names = List.copyOf(names);
    }
  }

  /** {@code REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name}. */
  record Reindex(Source source, String target, boolean concurrently, QualifiedName name)
      implements ParsedStatement {}

  /** What a {@link Rename} renames within its object, or the object itself. */
  enum RenameTarget {
    OBJECT,
    COLUMN,
    CONSTRAINT,
    /** an enum value: {@code ALTER TYPE t RENAME VALUE 'a' TO 'b'} */
    VALUE,
    /** a composite type's attribute */
    ATTRIBUTE
  }

  /**
   * Every {@code ALTER kind name RENAME ...}. For {@link RenameTarget#OBJECT} {@code from} is the
   * object's own name; {@code on} is the table of a trigger, policy or rule.
   */
  record Rename(
      Source source,
      ObjectKind kind,
      boolean ifExists,
      QualifiedName object,
      QualifiedName on,
      RenameTarget target,
      String from,
      String to)
      implements ParsedStatement {}

  /** {@code ALTER kind name SET SCHEMA schema}. */
  record SetSchema(
      Source source, ObjectKind kind, boolean ifExists, QualifiedName object, String schema)
      implements ParsedStatement {}

  /**
   * {@code ALTER INDEX [IF EXISTS] name action} other than RENAME and SET SCHEMA: {@code action} is
   * its leading keywords ({@code SET TABLESPACE}, {@code ATTACH PARTITION}, {@code SET}, …).
   *
   * @param argument the tablespace or the attached index, or null
   */
  record AlterIndex(
      Source source, boolean ifExists, QualifiedName index, String action, String argument)
      implements ParsedStatement {}

  /**
   * {@code ALTER MATERIALIZED VIEW [IF EXISTS] name action} other than RENAME and SET SCHEMA:
   * {@code action} is its leading keywords ({@code SET TABLESPACE}, {@code CLUSTER ON}, …).
   *
   * @param argument the tablespace of SET TABLESPACE, or null
   */
  record AlterMaterializedView(
      Source source, boolean ifExists, QualifiedName view, String action, String argument)
      implements ParsedStatement {}

  /**
   * {@code ALTER TABLE|INDEX|MATERIALIZED VIEW ALL IN TABLESPACE from [OWNED BY role, ...] SET
   * TABLESPACE to [NOWAIT]}: moves every such relation of {@code from} (owned by the roles).
   *
   * @param kind {@link ObjectKind#TABLE}, {@link ObjectKind#INDEX} or {@link
   *     ObjectKind#MATERIALIZED_VIEW}
   */
  record MoveAllInTablespace(
      Source source, ObjectKind kind, String from, List<String> owners, String to, boolean nowait)
      implements ParsedStatement {
    public MoveAllInTablespace {
      owners = List.copyOf(owners);
    }
  }

  /**
   * {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'n']}.
   *
   * @param position {@code BEFORE}, {@code AFTER} or null
   */
  record AddEnumValue(
      Source source,
      QualifiedName type,
      boolean ifNotExists,
      String value,
      String position,
      String neighbor)
      implements ParsedStatement {}

  /** {@code CREATE TYPE}: {@code form} is {@code ENUM}, {@code COMPOSITE}, {@code RANGE}, … */
  record CreateType(Source source, QualifiedName name, String form, List<String> values)
      implements ParsedStatement {
    public CreateType {
      values = List.copyOf(values);
    }
  }

  record CreateDomain(
      Source source, QualifiedName name, ColumnType type, List<Constraint> constraints)
      implements ParsedStatement {
    public CreateDomain {
      constraints = List.copyOf(constraints);
    }
  }

  record CreateExtension(
      Source source, boolean ifNotExists, String name, String schema, boolean cascade)
      implements ParsedStatement {}

  record CreateSchema(Source source, boolean ifNotExists, String name, String authorization)
      implements ParsedStatement {}

  record CreateSequence(Source source, String persistence, boolean ifNotExists, QualifiedName name)
      implements ParsedStatement {}

  /**
   * {@code CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW} and ({@code materialized}) {@code CREATE
   * MATERIALIZED VIEW [IF NOT EXISTS] ... [WITH [NO] DATA]}.
   *
   * @param reads the relations its query names after FROM and JOIN (names its WITH clause defines
   *     left out)
   */
  record CreateView(
      Source source,
      boolean materialized,
      boolean orReplace,
      boolean ifNotExists,
      QualifiedName name,
      boolean withData,
      List<QualifiedName> reads)
      implements ParsedStatement {
    public CreateView {
      reads = List.copyOf(reads);
    }
  }

  record Truncate(
      Source source,
      boolean only,
      List<QualifiedName> tables,
      boolean restartIdentity,
      boolean cascade)
      implements ParsedStatement {
    public Truncate {
      tables = List.copyOf(tables);
    }
  }

  /**
   * {@code VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [tables]} or {@code VACUUM (options)
   * [tables]}; {@code options} holds every option in upper case ({@code FULL}, {@code ANALYZE},
   * {@code FULL FALSE}, …).
   */
  record Vacuum(Source source, boolean full, List<String> options, List<QualifiedName> tables)
      implements ParsedStatement {
    public Vacuum {
      options = List.copyOf(options);
      tables = List.copyOf(tables);
    }
  }

  /** {@code CLUSTER [VERBOSE] [table [USING index]]}; both null for a bare CLUSTER. */
  record Cluster(Source source, QualifiedName table, String index) implements ParsedStatement {}

  record RefreshMaterializedView(
      Source source, boolean concurrently, QualifiedName name, boolean withData)
      implements ParsedStatement {}

  /**
   * {@code SET [SESSION|LOCAL] name {TO|=} value}, {@code SET TIME ZONE} ({@code timezone}), {@code
   * SET SCHEMA} ({@code search_path}), {@code SET NAMES} ({@code client_encoding}), {@code SET
   * ROLE} ({@code role}), {@code SET SESSION AUTHORIZATION} ({@code session_authorization}).
   *
   * @param local {@code SET LOCAL}
   * @param value the value with quotes removed, list items joined by {@code ", "}; null for {@code
   *     DEFAULT} (which resets)
   */
  record SetVariable(Source source, boolean local, String name, String value)
      implements ParsedStatement {}

  /** {@code RESET name} or ({@code name} null) {@code RESET ALL}. */
  record ResetVariable(Source source, String name) implements ParsedStatement {}

  /**
   * {@code SELECT [pg_catalog.]set_config('name', 'value', is_local)}. Arguments that are not
   * literals are null.
   */
  record SetConfig(Source source, String name, String value, Boolean local)
      implements ParsedStatement {}

  /** The transaction-control statements. */
  enum TransactionKind {
    /** BEGIN, START TRANSACTION */
    BEGIN,
    /** COMMIT, END */
    COMMIT,
    /** ROLLBACK, ABORT */
    ROLLBACK,
    SAVEPOINT,
    RELEASE,
    ROLLBACK_TO,
    PREPARE,
    COMMIT_PREPARED,
    ROLLBACK_PREPARED
  }

  /**
   * @param name the savepoint or prepared transaction's name, or null
   * @param chain {@code AND CHAIN}
   */
  record Transaction(Source source, TransactionKind kind, String name, boolean chain)
      implements ParsedStatement {}

  /**
   * {@code DO [LANGUAGE l] $$...$$}: no rule reads the body as SQL; {@code body} is its text
   * (quotes removed), for the rule that says a block runs DDL it cannot look into.
   */
  record DoBlock(Source source, String language, String body) implements ParsedStatement {}

  /** {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}: the body is never looked into. */
  record CreateFunction(
      Source source, boolean orReplace, boolean procedure, QualifiedName name, String language)
      implements ParsedStatement {}

  /**
   * {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table ...}.
   *
   * @param timing {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
   */
  record CreateTrigger(
      Source source, boolean orReplace, String name, String timing, QualifiedName table)
      implements ParsedStatement {}

  /**
   * {@code CREATE POLICY name ON table ...} or ({@code alter}) {@code ALTER POLICY name ON table}
   * with anything but RENAME (a {@link Rename}).
   */
  record Policy(Source source, boolean alter, String name, QualifiedName table)
      implements ParsedStatement {}

  /**
   * {@code CREATE [OR REPLACE] RULE name AS ON event TO table ...}.
   *
   * @param event {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
   */
  record CreateRule(
      Source source, boolean orReplace, String name, String event, QualifiedName table)
      implements ParsedStatement {}

  /** {@code COMMENT ON kind ... IS ...}: {@code kind} in upper case, e.g. {@code COLUMN}. */
  record CommentOn(Source source, String kind) implements ParsedStatement {}

  /** {@code GRANT} or ({@code revoke}) {@code REVOKE}. */
  record Grant(Source source, boolean revoke) implements ParsedStatement {}

  enum DmlKind {
    INSERT,
    UPDATE,
    DELETE,
    MERGE
  }

  /**
   * {@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM}, {@code MERGE INTO}, also after a
   * {@code WITH} clause.
   *
   * @param where whether an UPDATE or DELETE has a WHERE clause
   */
  record Dml(Source source, DmlKind kind, QualifiedName table, boolean where)
      implements ParsedStatement {}

  /** {@code LOCK [TABLE] [ONLY] name, ... [IN mode MODE] [NOWAIT]}; mode in upper case. */
  record LockTable(Source source, List<QualifiedName> tables, String mode, boolean nowait)
      implements ParsedStatement {
    public LockTable {
      tables = List.copyOf(tables);
    }
  }

  /** Any other statement: {@code kind} is its leading keywords in upper case. */
  record Opaque(Source source, String kind) implements ParsedStatement {}

  /** A statement of a parsed kind that did not parse; {@code message} says why. */
  record Unparsed(Source source, String kind, String message) implements ParsedStatement {}
}
