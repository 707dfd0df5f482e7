package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.Policy;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.TableStorage;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.List;

/** One typed schema change. The diff engine emits them in an order that applies cleanly. */
public sealed interface Change {

  /** A short description for the review table and the migration header. */
  String describe();

  /** The table this change touches, or null for changes to types, sequences, views, schemas. */
  default QualifiedName table() {
    return null;
  }

  record CreateSchema(String name) implements Change {
    public String describe() {
      return "create schema " + name;
    }
  }

  record DropSchema(String name) implements Change {
    public String describe() {
      return "drop schema " + name;
    }
  }

  record RenameSchema(String from, String to) implements Change {
    public String describe() {
      return "rename schema " + from + " to " + to;
    }
  }

  /**
   * A declared role created when the cluster has none of that name (roles belong to the cluster:
   * another database may have created it already), else given the declared attributes.
   */
  record CreateRole(dev.shale.model.Role role) implements Change {
    public String describe() {
      return "create role " + role.name() + " if missing, else set " + role.attributes();
    }
  }

  /** A declared role's attributes set as declared. */
  record AlterRole(dev.shale.model.Role from, dev.shale.model.Role to) implements Change {
    public String describe() {
      return "alter role " + to.name() + " " + to.attributes();
    }
  }

  /**
   * Privileges granted ({@code grant.grantable()}: with the grant option); {@code declaredRole}
   * says whether the schema declares the grantee (or it is PUBLIC), and so whether it surely
   * exists.
   */
  record GrantPrivileges(dev.shale.model.Grant grant, boolean declaredRole) implements Change {
    public String describe() {
      return "grant "
          + String.join(", ", grant.privileges())
          + " on "
          + grant.object()
          + " to "
          + grant.grantee()
          + (grant.grantable() ? " with grant option" : "");
    }
  }

  /**
   * Privileges revoked, or ({@code grantOptionOnly}) only the grant option on them; {@code
   * newObject}: from an object this change creates (PUBLIC's EXECUTE on a new function), which no
   * running code can have used yet.
   */
  record RevokePrivileges(dev.shale.model.Grant grant, boolean grantOptionOnly, boolean newObject)
      implements Change {
    public RevokePrivileges(dev.shale.model.Grant grant, boolean grantOptionOnly) {
      this(grant, grantOptionOnly, false);
    }

    public String describe() {
      return "revoke "
          + (grantOptionOnly ? "grant option for " : "")
          + String.join(", ", grant.privileges())
          + " on "
          + grant.object()
          + " from "
          + grant.grantee();
    }
  }

  record CreateExtension(Extension extension) implements Change {
    public String describe() {
      return "create extension " + extension.name();
    }
  }

  /**
   * Extensions dropped, all in one statement: PostgreSQL then orders them itself (one may require
   * another, as earthdistance requires cube).
   */
  record DropExtensions(List<Extension> extensions) implements Change {
    public DropExtensions {
      extensions = List.copyOf(extensions);
    }

    public String describe() {
      return "drop extension "
          + String.join(", ", extensions.stream().map(Extension::name).toList());
    }
  }

  /**
   * An installed extension moved to another schema ({@code SET SCHEMA}) and or updated to the
   * version the schema asks for ({@code UPDATE TO}).
   */
  record AlterExtension(Extension from, Extension to) implements Change {
    public boolean moves() {
      return !from.schema().equals(to.schema());
    }

    public boolean updates() {
      return to.version() != null && !to.version().equals(from.version());
    }

    public String describe() {
      return "alter extension "
          + to.name()
          + (moves() ? " set schema " + to.schema() : "")
          + (moves() && updates() ? "," : "")
          + (updates() ? " update to " + to.version() : "");
    }
  }

  record CreateRoutine(dev.shale.model.Routine routine) implements Change {
    public String describe() {
      return "create " + routine.kind() + " " + routine.signature();
    }
  }

  /** {@code CREATE OR REPLACE}: the signature and result stay, the rest may change. */
  record ReplaceRoutine(dev.shale.model.Routine from, dev.shale.model.Routine to)
      implements Change {
    public String describe() {
      return "replace " + to.kind() + " " + to.signature();
    }
  }

  /**
   * A routine dropped, for good or to be created again ({@code recreated}) because CREATE OR
   * REPLACE cannot make the change; {@code usedBy} names what in the schema still calls it, which
   * makes PostgreSQL refuse the drop.
   */
  record DropRoutine(dev.shale.model.Routine routine, boolean recreated, List<String> usedBy)
      implements Change {
    public DropRoutine {
      usedBy = List.copyOf(usedBy);
    }

    public String describe() {
      return "drop "
          + routine.kind()
          + " "
          + routine.signature()
          + (recreated ? " to create it again" : "")
          + (usedBy.isEmpty() ? "" : " (blocked: used by " + String.join(", ", usedBy) + ")");
    }
  }

  record CreateEnum(EnumType type) implements Change {
    public String describe() {
      return "create enum " + type.name();
    }
  }

  /** {@code retired}: the old copy of a rebuilt enum, which nothing outside Shale uses. */
  record DropEnum(EnumType type, boolean retired) implements Change {
    public String describe() {
      return (retired ? "drop the replaced enum " : "drop enum ") + type.name();
    }
  }

  record RenameEnum(QualifiedName from, QualifiedName to) implements Change {
    public String describe() {
      return "rename enum " + from + " to " + to;
    }
  }

  /** ALTER TYPE … RENAME VALUE: instant, and every stored row follows. */
  record RenameEnumValue(QualifiedName type, String from, String to) implements Change {
    public String describe() {
      return "rename value '" + from + "' of enum " + type + " to '" + to + "'";
    }
  }

  /** ALTER TYPE … ADD VALUE, placed before or after a neighbour to keep the declared order. */
  record AddEnumValue(QualifiedName type, String value, String before, String after)
      implements Change {
    public String describe() {
      return "add value '" + value + "' to enum " + type;
    }
  }

  /** A column whose type is an enum being rebuilt, with the default to restore afterwards. */
  record EnumColumn(QualifiedName table, String column, int dimensions, String restoreDefault) {}

  /** Values removed or reordered: the type is rebuilt and every column using it converted. */
  record RebuildEnum(EnumType from, EnumType to, List<EnumColumn> columns) implements Change {
    public RebuildEnum {
      columns = List.copyOf(columns);
    }

    public String describe() {
      return "rebuild enum " + to.name() + " (values removed or reordered)";
    }
  }

  // ---- domains and composite types (UserTypeDiff) -----------------------------------------

  record CreateDomain(dev.shale.model.Domain domain) implements Change {
    public String describe() {
      return "create domain " + domain.name();
    }
  }

  /**
   * A domain dropped; {@code recreated}: to be created again at once (its base type or collation
   * changed, which ALTER DOMAIN cannot do, and nothing uses it).
   */
  record DropDomain(dev.shale.model.Domain domain, boolean recreated) implements Change {
    public String describe() {
      return "drop domain " + domain.name() + (recreated ? " to create it again" : "");
    }
  }

  /** Default, NOT NULL and checks of a domain changed in place (ALTER DOMAIN). */
  record AlterDomain(dev.shale.model.Domain from, dev.shale.model.Domain to) implements Change {
    public String describe() {
      return "alter domain " + to.name();
    }
  }

  /** A domain or composite type renamed ({@code ALTER DOMAIN|TYPE … RENAME TO}). */
  record RenameUserType(QualifiedName from, QualifiedName to, boolean domain) implements Change {
    public String describe() {
      return "rename " + (domain ? "domain " : "type ") + from + " to " + to.name();
    }
  }

  /** A check of a domain that only changed name. */
  record RenameDomainConstraint(QualifiedName domain, String from, String to) implements Change {
    public String describe() {
      return "rename constraint " + from + " on domain " + domain + " to " + to;
    }
  }

  record CreateComposite(dev.shale.model.CompositeType type) implements Change {
    public String describe() {
      return "create type " + type.name();
    }
  }

  record DropComposite(dev.shale.model.CompositeType type, boolean recreated) implements Change {
    public String describe() {
      return "drop type " + type.name() + (recreated ? " to create it again" : "");
    }
  }

  /**
   * Fields of a composite type dropped, retyped and added (at the end), in that order ({@code ALTER
   * TYPE … DROP/ALTER/ADD ATTRIBUTE}); {@code used}: columns store values of it.
   */
  record AlterComposite(
      dev.shale.model.CompositeType from, dev.shale.model.CompositeType to, boolean used)
      implements Change {
    public String describe() {
      return "alter type " + to.name();
    }
  }

  /** A field of a composite type renamed ({@code ALTER TYPE … RENAME ATTRIBUTE}). */
  record RenameCompositeField(QualifiedName type, String from, String to) implements Change {
    public String describe() {
      return "rename field " + type + "." + from + " to " + to;
    }
  }

  record CreateSequence(Sequence sequence) implements Change {
    public String describe() {
      return "create sequence " + sequence.name();
    }
  }

  /**
   * A sequence dropped; {@code withOwner}: the column or table that owns it is dropped in the same
   * change, which takes the sequence along, so it may be gone already.
   */
  record DropSequence(Sequence sequence, boolean withOwner) implements Change {
    public String describe() {
      return "drop sequence "
          + sequence.name()
          + (withOwner ? " (with its owner " + sequence.ownedBy() + ")" : "");
    }
  }

  /**
   * A sequence renamed or moved to another schema; {@code disown}: it is owned by a column, which
   * PostgreSQL requires to be released ({@code OWNED BY NONE}) before the sequence changes schema.
   */
  record RenameSequence(QualifiedName from, QualifiedName to, boolean disown) implements Change {
    public String describe() {
      return "rename sequence " + from + " to " + to;
    }
  }

  /**
   * {@code ALTER SEQUENCE … OWNED BY table.column}, or {@code OWNED BY NONE} when {@code to} is
   * null. {@code from} is the owner before, or null.
   */
  record SetSequenceOwner(
      QualifiedName sequence, dev.shale.model.SequenceOwner from, dev.shale.model.SequenceOwner to)
      implements Change {
    public String describe() {
      return to == null
          ? "release sequence " + sequence + " from its owner " + from
          : "sequence " + sequence + " owned by " + to;
    }
  }

  /**
   * The sequence a serial or identity column owns, renamed to follow a table or column rename
   * (PostgreSQL keeps its old name, while a fresh create would name it after the new one).
   */
  record RenameOwnedSequence(QualifiedName from, QualifiedName to) implements Change {
    public String describe() {
      return "rename owned sequence " + from + " to " + to.name();
    }
  }

  record AlterSequence(Sequence from, Sequence to) implements Change {
    public String describe() {
      return "alter sequence " + to.name();
    }
  }

  /** CREATE TABLE with columns, primary key, unique and check constraints (not FKs, indexes). */
  record CreateTable(Table definition) implements Change {
    public String describe() {
      return "create table " + definition.name();
    }

    public QualifiedName table() {
      return definition.name();
    }
  }

  record DropTable(Table definition) implements Change {
    public String describe() {
      return "drop table " + definition.name();
    }

    public QualifiedName table() {
      return definition.name();
    }
  }

  /**
   * {@code ALTER TABLE parent ATTACH PARTITION table FOR VALUES …} of a table that exists with its
   * rows: {@code key} is the parent's partition key, to write the check that spares the scan;
   * {@code was} is what the table was before (null for a plain table; a partition elsewhere is
   * detached first, in the same transaction).
   */
  /**
   * {@code ALTER TABLE parent ATTACH PARTITION table …}; {@code parentChecks} are the checks of the
   * new parent and its ancestors that the table does not have: PostgreSQL attaches only a table
   * that has them all; {@code beforeAttach} is the table as it stands just before ATTACH (its
   * columns, keys and indexes that ATTACH takes as the parent's, those checks added).
   */
  record AttachPartition(
      QualifiedName table,
      QualifiedName parent,
      dev.shale.model.PartitionKey key,
      dev.shale.model.PartitionBound bound,
      dev.shale.model.Partitioning was,
      List<dev.shale.model.CheckConstraint> parentChecks,
      dev.shale.model.Table beforeAttach)
      implements Change {
    public String describe() {
      return "attach " + table + " to " + parent + " " + bound.sql();
    }
  }

  /**
   * {@code ALTER TABLE parent DETACH PARTITION table}: the table stays, with its rows; {@code
   * concurrently} when the parent has no default partition (PostgreSQL refuses it otherwise).
   */
  record DetachPartition(
      QualifiedName table, dev.shale.model.Partitioning was, boolean concurrently)
      implements Change {
    public QualifiedName parent() {
      return was.parent();
    }

    public String describe() {
      return "detach " + table + " from " + parent();
    }
  }

  record RenameTable(QualifiedName from, QualifiedName to) implements Change {
    public String describe() {
      return "rename table " + from + " to " + to;
    }

    public QualifiedName table() {
      return from;
    }
  }

  /**
   * {@code requiredByType}: the column's type is a domain that refuses NULL and gives no default
   * (nor does the column), so that adding it fails on a table with a row, as NOT NULL does.
   */
  record AddColumn(QualifiedName table, Column column, boolean requiredByType) implements Change {
    public String describe() {
      return "add column " + table.name() + "." + column.name();
    }
  }

  /**
   * {@code suspectedRename} names a same-typed column added in the same change, if any; {@code
   * recreated}: a generated column dropped only to be added again (its values are computed anew).
   */
  record DropColumn(QualifiedName table, Column column, String suspectedRename, boolean recreated)
      implements Change {
    public String describe() {
      return "drop column "
          + table.name()
          + "."
          + column.name()
          + (recreated ? " (to add it again)" : "");
    }
  }

  /**
   * The backfill of expand and contract: every row's new column computed from the old one, in
   * batches that each commit, so that no transaction holds row locks for long; rows already in step
   * are skipped, so that it resumes after a failure. {@code value} is the SQL that computes the new
   * column over a row of the table; {@code mayBeNull} whether it can be NULL for some row (the old
   * column allows NULL, or a using expression computes it); {@code check} a statement that plans
   * every conversion of the pair's trigger and changes no row.
   */
  record Backfill(
      QualifiedName table, String column, String old, String value, boolean mayBeNull, String check)
      implements Change {
    public String describe() {
      return "backfill " + table.name() + "." + column + " from " + old;
    }
  }

  /**
   * The contract of expand and contract, once every running instance uses the new column: the
   * trigger that kept both columns in step and its function dropped, the old column dropped, the
   * new one renamed to its final name, and its indexes and constraints to the names the old
   * column's had ({@code renames}: {@link RenameIndex} and {@link RenameConstraint} changes).
   * {@code referenced}: the other tables that the old column's foreign keys point at, whose
   * triggers the drop removes under their own ACCESS EXCLUSIVE lock.
   */
  record ContractColumn(ColumnPair pair, List<Change> renames, List<QualifiedName> referenced)
      implements Change {
    public ContractColumn {
      renames = List.copyOf(renames);
      referenced = List.copyOf(referenced);
    }

    public String describe() {
      return "contract "
          + pair.table().name()
          + "."
          + pair.old()
          + " into "
          + pair.finalName()
          + (pair.replacement().equals(pair.finalName())
              ? ""
              : " (from " + pair.replacement() + ")");
    }

    @Override
    public QualifiedName table() {
      return pair.table();
    }
  }

  record RenameColumn(QualifiedName table, String from, String to) implements Change {
    public String describe() {
      return "rename column " + table.name() + "." + from + " to " + to;
    }
  }

  /**
   * ALTER COLUMN … TYPE. {@code explicitCast} when no implicit cast exists, so a USING clause is
   * needed; the old default is dropped first and the new one restored after. {@code readAgain}: an
   * index, key, exclusion constraint or check that stays reads the column, so that PostgreSQL reads
   * the table to rebuild or re-validate it even when the rows stay as they are (a collation
   * change).
   */
  record AlterColumnType(
      QualifiedName table,
      String column,
      ColumnType from,
      ColumnType to,
      boolean explicitCast,
      String dropDefault,
      String restoreDefault,
      QualifiedName fromCollation,
      QualifiedName toCollation,
      boolean readAgain)
      implements Change {
    public String describe() {
      if (from.equals(to)) {
        return "change collation of "
            + table.name()
            + "."
            + column
            + " from "
            + collationName(fromCollation)
            + " to "
            + collationName(toCollation);
      }
      return "change type of " + table.name() + "." + column + " from " + from + " to " + to;
    }

    private static String collationName(QualifiedName collation) {
      return collation == null
          ? "the default"
          : collation.schema().equals("pg_catalog")
              ? collation.name()
              : collation.schema() + "." + collation.name();
    }

    public boolean collationChanges() {
      return !java.util.Objects.equals(fromCollation, toCollation);
    }
  }

  record SetNotNull(QualifiedName table, String column) implements Change {
    public String describe() {
      return "set not null on " + table.name() + "." + column;
    }
  }

  record DropNotNull(QualifiedName table, String column) implements Change {
    public String describe() {
      return "drop not null on " + table.name() + "." + column;
    }
  }

  record SetDefault(QualifiedName table, String column, String expression) implements Change {
    public String describe() {
      return "set default of " + table.name() + "." + column;
    }
  }

  record DropDefault(QualifiedName table, String column) implements Change {
    public String describe() {
      return "drop default of " + table.name() + "." + column;
    }
  }

  record AddIdentity(QualifiedName table, String column, Identity identity) implements Change {
    public String describe() {
      return "add identity to " + table.name() + "." + column;
    }
  }

  record DropIdentity(QualifiedName table, String column) implements Change {
    public String describe() {
      return "drop identity of " + table.name() + "." + column;
    }
  }

  record AlterIdentity(
      QualifiedName table, String column, Identity from, Identity to, String integerType)
      implements Change {
    public String describe() {
      return "alter identity of " + table.name() + "." + column;
    }
  }

  /** PostgreSQL 17's ALTER COLUMN … SET EXPRESSION AS: the table is rewritten. */
  /**
   * A stored generated column's new expression; {@code referencing} are the other tables whose
   * foreign keys reference the column (PostgreSQL rebuilds those keys, locking them).
   */
  record SetGeneratedExpression(
      QualifiedName table, String column, Column definition, List<QualifiedName> referencing)
      implements Change {
    public SetGeneratedExpression {
      referencing = List.copyOf(referencing);
    }

    public String expression() {
      return definition.generatedExpression();
    }

    public String describe() {
      return "change generated expression of " + table.name() + "." + column;
    }
  }

  /** ALTER COLUMN … DROP EXPRESSION: the column keeps its values and becomes a plain column. */
  record DropGeneratedExpression(QualifiedName table, String column) implements Change {
    public String describe() {
      return "drop generated expression of " + table.name() + "." + column;
    }
  }

  record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements Change {
    public String describe() {
      return "add primary key " + key.name() + " on " + table.name();
    }
  }

  record AddUnique(QualifiedName table, UniqueConstraint constraint) implements Change {
    public String describe() {
      return "add unique constraint " + constraint.name() + " on " + table.name();
    }
  }

  record AddCheck(QualifiedName table, CheckConstraint constraint) implements Change {
    public String describe() {
      return "add check constraint " + constraint.name() + " on " + table.name();
    }
  }

  record AddExclusion(QualifiedName table, dev.shale.model.ExclusionConstraint constraint)
      implements Change {
    public String describe() {
      return "add exclusion constraint " + constraint.name() + " on " + table.name();
    }
  }

  record AddForeignKey(QualifiedName table, ForeignKey key) implements Change {
    public String describe() {
      return "add foreign key " + key.name() + " on " + table.name();
    }
  }

  /**
   * Drops a primary key, unique, check or foreign key constraint; {@code referenced} is a foreign
   * key's target table (locked too), else null.
   */
  record DropConstraint(QualifiedName table, String name, String kind, QualifiedName referenced)
      implements Change {
    public String describe() {
      return "drop " + kind + " " + name + " on " + table.name();
    }
  }

  /** A foreign key whose only change is whether, and how, it may be deferred. */
  record AlterForeignKeyDeferral(QualifiedName table, ForeignKey key) implements Change {
    public String describe() {
      return "change deferral of foreign key " + key.name() + " on " + table.name();
    }
  }

  /**
   * A check or foreign key declared {@code NOT VALID} before and no longer: its rows are checked
   * where it stands; {@code referenced} is a foreign key's target table, else null.
   */
  record ValidateConstraint(QualifiedName table, String name, QualifiedName referenced)
      implements Change {
    public String describe() {
      return "validate constraint " + name + " on " + table.name();
    }
  }

  record RenameConstraint(QualifiedName table, String from, String to) implements Change {
    public String describe() {
      return "rename constraint " + from + " on " + table.name() + " to " + to;
    }
  }

  record CreateIndex(QualifiedName table, Index index) implements Change {
    public String describe() {
      return "create index " + index.name() + " on " + table.name();
    }
  }

  /**
   * {@code index}: the definition being dropped (its name may be an older one than {@code name}).
   */
  record DropIndex(QualifiedName table, String name, Index index) implements Change {
    public String describe() {
      return "drop index " + name + " on " + table.name();
    }
  }

  record RenameIndex(QualifiedName table, String from, String to) implements Change {
    public String describe() {
      return "rename index " + from + " on " + table.name() + " to " + to;
    }
  }

  record CreateView(View view) implements Change {
    public String describe() {
      return "create " + (view.materialized() ? "materialized view " : "view ") + view.name();
    }
  }

  /** {@code recreated}: dropped only to be created again in the same migration. */
  record DropView(View view, boolean recreated) implements Change {
    public String describe() {
      return "drop "
          + (view.materialized() ? "materialized view " : "view ")
          + view.name()
          + (recreated ? " (to recreate it)" : "");
    }
  }

  record RenameView(QualifiedName from, QualifiedName to, boolean materialized) implements Change {
    public String describe() {
      return "rename view " + from + " to " + to;
    }
  }

  /** {@code ENABLE} or {@code DISABLE ROW LEVEL SECURITY}. */
  record SetRowSecurity(QualifiedName table, boolean enabled) implements Change {
    public String describe() {
      return (enabled ? "enable" : "disable") + " row level security on " + table;
    }
  }

  /** {@code FORCE} or {@code NO FORCE ROW LEVEL SECURITY}. */
  record SetForceRowSecurity(QualifiedName table, boolean forced) implements Change {
    public String describe() {
      return (forced ? "force" : "stop forcing") + " row level security on " + table;
    }
  }

  record CreatePolicy(QualifiedName table, Policy policy) implements Change {
    public String describe() {
      return "create policy " + policy.name() + " on " + table;
    }
  }

  /** {@code recreated}: dropped to be created again in the same plan. */
  record DropPolicy(QualifiedName table, Policy policy, boolean recreated) implements Change {
    public String describe() {
      return "drop policy " + policy.name() + " on " + table;
    }
  }

  /** The roles and expressions of a policy changed in place ({@code ALTER POLICY}). */
  record AlterPolicy(QualifiedName table, Policy from, Policy to) implements Change {
    public String describe() {
      return "alter policy " + to.name() + " on " + table;
    }
  }

  /** {@code SET LOGGED} or {@code SET UNLOGGED}: the table is rewritten. */
  record SetLogged(QualifiedName table, boolean logged) implements Change {
    public String describe() {
      return "set " + table + (logged ? " logged" : " unlogged");
    }
  }

  /** Storage parameters set ({@code SET (…)}) and reset ({@code RESET (…)}). */
  record SetStorageParameters(
      QualifiedName table, List<TableStorage.Parameter> set, List<String> reset) implements Change {
    public String describe() {
      return "change storage parameters of " + table;
    }
  }

  /** View options (or a materialized view's storage parameters) set and reset. */
  record SetViewOptions(View view, List<TableStorage.Parameter> set, List<String> reset)
      implements Change {
    public String describe() {
      return "change options of "
          + (view.materialized() ? "materialized view " : "view ")
          + view.name();
    }
  }

  record CreateTrigger(QualifiedName table, dev.shale.model.Trigger trigger) implements Change {
    public String describe() {
      return "create trigger " + trigger.name() + " on " + table;
    }
  }

  /** {@code recreated}: dropped to be created again in the same plan. */
  record DropTrigger(QualifiedName table, dev.shale.model.Trigger trigger, boolean recreated)
      implements Change {
    public String describe() {
      return "drop trigger " + trigger.name() + " on " + table;
    }
  }

  /** {@code CREATE OR REPLACE TRIGGER} (PostgreSQL 14+), for a trigger that is not a constraint. */
  record ReplaceTrigger(
      QualifiedName table, dev.shale.model.Trigger from, dev.shale.model.Trigger to)
      implements Change {
    public String describe() {
      return "replace trigger " + to.name() + " on " + table;
    }
  }

  record RenameTrigger(QualifiedName table, String from, String to) implements Change {
    public String describe() {
      return "rename trigger " + from + " on " + table + " to " + to;
    }
  }

  /**
   * {@code ALTER TABLE ... ENABLE [REPLICA | ALWAYS] | DISABLE TRIGGER}; {@code forEachRow} says
   * whether a partitioned table's partitions have copies of the trigger that follow it.
   */
  record SetTriggerState(QualifiedName table, String trigger, String state, boolean forEachRow)
      implements Change {
    public String describe() {
      return (state.equals("disabled")
              ? "disable"
              : state.equals("enabled") ? "enable" : "enable " + state)
          + " trigger "
          + trigger
          + " on "
          + table;
    }
  }

  record CommentOnTable(QualifiedName table, String comment) implements Change {
    public String describe() {
      return (comment == null ? "remove comment on table " : "comment on table ") + table;
    }
  }

  record CommentOnColumn(QualifiedName table, String column, String comment) implements Change {
    public String describe() {
      return (comment == null ? "remove comment on column " : "comment on column ")
          + table.name()
          + "."
          + column;
    }
  }

  record CommentOnView(QualifiedName view, boolean materialized, String comment) implements Change {
    public String describe() {
      return (comment == null ? "remove comment on view " : "comment on view ") + view;
    }
  }
}
