package dev.shale.roundtrip;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A random schema as plain mutable data, so that edits are easy to write; it is turned into DSL
 * objects (and through the real translator into a model) by {@link SpecToModel}.
 */
final class Spec {
  private static final ObjectMapper COPIER = new ObjectMapper();

  public List<ExtensionSpec> extensions = new ArrayList<>();
  public List<FunctionSpec> functions = new ArrayList<>();
  public List<TriggerFunctionSpec> triggerFunctions = new ArrayList<>();
  public List<EnumSpec> enums = new ArrayList<>();
  public List<SequenceSpec> sequences = new ArrayList<>();
  public List<TableSpec> tables = new ArrayList<>();
  public List<ViewSpec> views = new ArrayList<>();
  public List<DomainSpec> domains = new ArrayList<>();
  public List<CompositeSpec> composites = new ArrayList<>();
  public List<PartitionedSpec> partitioned = new ArrayList<>();

  /** Grants on the public schema. */
  public List<GrantSpec> publicSchemaGrants = new ArrayList<>();

  Spec copy() {
    try {
      return COPIER.readValue(COPIER.writeValueAsString(this), Spec.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy without any {@code replaces(…)}: the schema once every replacement is contracted. */
  Spec withoutReplaces() {
    Spec copy = copy();
    for (TableSpec t : copy.tables) {
      for (ColumnSpec c : t.columns) {
        c.replaces = null;
        c.replacesUsing = null;
        c.replacesReverse = null;
      }
    }
    return copy;
  }

  TableSpec table(String schema, String name) {
    return tables.stream()
        .filter(t -> t.schema.equals(schema) && t.name.equals(name))
        .findFirst()
        .orElse(null);
  }

  /**
   * A domain in public over integer, text or numeric, whose checks every value the row filler
   * writes passes (so that they can be added to domains columns use).
   */
  static final class DomainSpec {
    public String name;
    public String base;
    public boolean notNull;
    public String defaultSql;
    public List<String> checks = new ArrayList<>();

    /** The one check a domain of this base type can have: every filler value passes it. */
    String checkExpression() {
      return base.equals("text") ? "length(VALUE) < 100" : "VALUE >= 0";
    }
  }

  /** A composite type in public; fields of simple types or domains; columns of it hold NULL. */
  static final class CompositeSpec {
    public String name;
    public List<String> fieldNames = new ArrayList<>();
    public List<String> fieldTypes = new ArrayList<>();
  }

  /**
   * A partitioned table in public: {@code id bigint NOT NULL, k integer NOT NULL, v text} (and an
   * {@code extra} column while {@code extra}), partitioned by {@code k}, with its partitions.
   */
  static final class PartitionedSpec {
    public String name;

    /** "range", "list" or "hash". */
    public String strategy;

    public boolean primaryKey;
    public boolean indexOnV;
    public boolean extra;
    public List<PartSpec> parts = new ArrayList<>();

    /** Triggers of the parent: a row trigger is copied onto every partition by PostgreSQL. */
    public List<TriggerSpec> triggers = new ArrayList<>();

    /** Its own grants: a partition's are its own too. */
    public List<GrantSpec> grants = new ArrayList<>();
  }

  /** A partition: a range [lo, hi), a list of values, a hash remainder, or the default. */
  static final class PartSpec {
    public String name;
    public boolean isDefault;
    public int lo;
    public int hi;
    public List<Integer> values = new ArrayList<>();
    public int modulus;
    public int remainder;
    public boolean ownIndex;

    /** The partition's own triggers. */
    public List<TriggerSpec> triggers = new ArrayList<>();

    public List<GrantSpec> grants = new ArrayList<>();
  }

  /**
   * A grant to one of {@link SpecGenerator#GRANTEES}: privileges of the object's kind, or {@code
   * ALL}; the {@code shale_rt_} roles it names are declared (see {@link SpecToModel}).
   */
  static final class GrantSpec {
    public String grantee;
    public List<String> privileges = new ArrayList<>();
    public boolean grantable;
  }

  static final class ExtensionSpec {
    public String name;
    public String schema;

    /** Null: unpinned. */
    public String version;
  }

  /**
   * A function (or procedure) in public. Its body is built from {@code result} so that it is valid
   * for its language and return type; overloads share a name with other argument types.
   */
  static final class FunctionSpec {
    public String name;
    public boolean procedure;
    public String language = "sql";
    public List<String> argumentTypes = new ArrayList<>();
    public List<String> argumentNames = new ArrayList<>();
    public String returns = "integer";
    public String volatility = "volatile";
    public boolean strict;
    public boolean securityDefiner;
    public int result;
    public boolean multiline;
    public List<GrantSpec> grants = new ArrayList<>();

    /** REVOKE EXECUTE ... FROM PUBLIC. */
    public boolean revokeExecuteFromPublic;

    String signature() {
      return name + argumentTypes;
    }
  }

  static final class EnumSpec {
    /** Stable across edits, so that renames can be told from drop and add. */
    public int id;

    public String schema;
    public String name;
    public List<String> values = new ArrayList<>();
  }

  static final class SequenceSpec {
    /** Stable across edits, so that renames can be told from drop and add. */
    public int id;

    public String schema;
    public String name;
    public String type = "bigint";
    public Long start;
    public Long increment;
    public boolean cycle;
    public List<GrantSpec> grants = new ArrayList<>();

    /** The ids of the table and column that own it (OWNED BY), or null. */
    public Integer ownerTable;

    public Integer ownerColumn;
  }

  /**
   * The table owning {@code s} and the owning column's name, as the model reads them: the table and
   * column still there, the table in the sequence's schema; else null.
   */
  String[] owner(SequenceSpec s) {
    if (s.ownerTable == null) {
      return null;
    }
    for (TableSpec t : tables) {
      if (t.id == s.ownerTable && t.schema.equals(s.schema)) {
        for (ColumnSpec c : t.columns) {
          if (c.id == s.ownerColumn) {
            return new String[] {t.name, c.name};
          }
        }
      }
    }
    return null;
  }

  static final class TableSpec {
    /** Stable across edits, so that renames can be told from drop and add. */
    public int id;

    public String schema;
    public String name;
    public List<ColumnSpec> columns = new ArrayList<>();
    public List<String> primaryKey = new ArrayList<>();
    public List<UniqueSpec> uniques = new ArrayList<>();
    public List<CheckSpec> checks = new ArrayList<>();
    public List<IndexSpec> indexes = new ArrayList<>();
    public List<ForeignKeySpec> foreignKeys = new ArrayList<>();
    public String comment;

    /** UNLOGGED: only on a table no foreign key joins to another. */
    public boolean unlogged;

    /** Storage parameters: fillfactor, or null; autovacuum off. */
    public Integer fillfactor;

    public boolean autovacuumOff;

    /** Row-level security: 0 off, 1 enabled, 2 enabled and forced. */
    public int rowSecurity;

    public List<PolicySpec> policies = new ArrayList<>();
    public List<TriggerSpec> triggers = new ArrayList<>();
    public List<GrantSpec> grants = new ArrayList<>();

    /**
     * An exclusion constraint on the primary key's columns with {@code =} (which its uniqueness
     * satisfies, whatever the rows): 0 none, 1 plain, 2 partial.
     */
    public int exclusion;

    ColumnSpec column(String name) {
      return columns.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }
  }

  static final class PolicySpec {
    public String name;
    public boolean restrictive;

    /** ALL, SELECT, INSERT, UPDATE or DELETE. */
    public String command;

    /** Empty: PUBLIC. */
    public List<String> roles = new ArrayList<>();

    /** The column {@code USING (c IS NOT NULL)} reads, or null for no USING. */
    public String usingColumn;

    /** The column {@code WITH CHECK (c IS NOT NULL)} reads, or null for no WITH CHECK. */
    public String checkColumn;
  }

  /** A plpgsql function in public that returns trigger; {@code version} varies its body. */
  static final class TriggerFunctionSpec {
    public String name;
    public int version;
  }

  /**
   * A trigger: WHEN only on AFTER row triggers (a BEFORE trigger's WHEN may not read generated
   * columns), transition tables only on AFTER triggers of one event without UPDATE OF.
   */
  static final class TriggerSpec {
    public String name;
    public boolean before;

    /** INSERT, DELETE, UPDATE, TRUNCATE (in any order, no repeats). */
    public List<String> events = new ArrayList<>();

    public List<String> updateColumns = new ArrayList<>();
    public boolean row;

    /**
     * The column {@code new.c IS NOT NULL} (or, on UPDATE only, {@code old.c IS DISTINCT FROM
     * new.c}) reads.
     */
    public String whenColumn;

    public String function;
    public List<String> arguments = new ArrayList<>();

    /** The OLD TABLE (DELETE, UPDATE) or NEW TABLE (INSERT) transition relation's name. */
    public String transition;

    public boolean constraint;
    public boolean deferrable;
    public boolean initiallyDeferred;

    /** enabled, disabled, replica, always */
    public String state = "enabled";
  }

  static final class ColumnSpec {
    /** Stable across edits, so that renames can be told from drop and add. */
    public int id;

    public String name;

    /**
     * integer, bigint, smallint, text, varchar50, varchar200, bool, numeric, timestamptz, date,
     * uuid, jsonb, text[], integer[], or enum:schema.name; numeric12 and numeric14_4
     * (numeric(12,2), numeric(14,4)) only as the type of a column that replaces another
     */
    public String type;

    public boolean notNull;
    public String defaultSql;

    /** always, default, or null */
    public String identity;

    public Long identityStart;

    /** the integer column a generated column doubles, or null */
    public String generatedFrom;

    public int generatedFactor = 2;
    public String comment;

    /** A built-in collation of a text column (C or POSIX), or null. */
    public String collation;

    /**
     * The column this one replaces by expand and contract ({@code replaces(…)}), or null; with the
     * SQL computing it from the old row and the old column back from the new one, or null (casts).
     */
    public String replaces;

    public String replacesUsing;
    public String replacesReverse;
  }

  static final class UniqueSpec {
    public List<String> columns = new ArrayList<>();
    public boolean nullsNotDistinct;
    public String name;
  }

  static final class CheckSpec {
    public String column;

    /** ge0 (integer columns) or length (text columns) */
    public String kind;

    public int bound;

    public boolean notValid;
  }

  static final class IndexSpec {
    public String column;
    public boolean unique;
    public boolean descending;
    public boolean lower;
    public boolean partial;

    /** The column the partial predicate ({@code x IS NOT NULL}) reads; null: the key's column. */
    public String predicateColumn;

    public String name;

    /** A btree storage parameter, or null. */
    public Integer fillfactor;
  }

  static final class ForeignKeySpec {
    public String column;
    public String targetSchema;
    public String targetTable;
    public String targetColumn;
    public String onDelete = "NO_ACTION";
    public boolean notValid;
  }

  static final class ViewSpec {
    /** Stable across edits, so that renames can be told from drop and add. */
    public int id;

    public String schema;
    public String name;
    public String tableSchema;
    public String table;
    public List<String> columns = new ArrayList<>();
    public boolean materialized;

    /** Options, each used only where PostgreSQL takes it: a view's or a materialized view's. */
    public boolean securityBarrier;

    /** null, local or cascaded. */
    public String checkOption;

    public Integer fillfactor;

    /** A materialized view's indexes, each on the output column at that position. */
    public List<Integer> indexPositions = new ArrayList<>();

    public List<GrantSpec> grants = new ArrayList<>();
  }
}
