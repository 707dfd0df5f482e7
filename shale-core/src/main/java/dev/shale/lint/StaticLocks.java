package dev.shale.lint;

import dev.shale.sql.LockMode;
import dev.shale.sql.parse.AlterTableAction;
import dev.shale.sql.parse.ColumnDef;
import dev.shale.sql.parse.Constraint;
import dev.shale.sql.parse.ObjectKind;
import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table-level locks a statement takes, as PostgreSQL's documentation of each command and {@code
 * pg_locks} on a real server say (the trace checks them): the strongest mode per relation.
 * Statements that only read or write rows (ACCESS SHARE, ROW EXCLUSIVE) are left out, and so are
 * objects the statement creates.
 */
public final class StaticLocks {
  private StaticLocks() {}

  public static List<Lock> of(ParsedStatement statement, KnownSchema schema, int pgVersion) {
    Map<String, Lock> locks = new LinkedHashMap<>();
    if (statement instanceof ParsedStatement.AlterTable alter) {
      for (AlterTableAction action : alter.actions()) {
        alterTable(alter.table(), action, pgVersion, locks);
      }
    } else if (statement instanceof ParsedStatement.CreateIndex index) {
      put(
          locks,
          index.table(),
          index.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE);
    } else if (statement instanceof ParsedStatement.CreateTable create) {
      for (ColumnDef column : create.columns()) {
        for (Constraint c : column.constraints()) {
          references(c, locks);
        }
      }
      create.constraints().forEach(c -> references(c, locks));
      if (create.partitionOf() != null) {
        put(locks, create.partitionOf(), LockMode.SHARE_UPDATE_EXCLUSIVE);
      }
    } else if (statement instanceof ParsedStatement.Drop drop) {
      for (QualifiedName name : drop.names()) {
        if (drop.kind() == ObjectKind.INDEX) {
          Optional<QualifiedName> table = schema.tableOfIndex(name);
          put(
              locks,
              table.orElse(name),
              drop.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE,
              table.isEmpty());
        } else if (drop.kind() == ObjectKind.TABLE
            || drop.kind() == ObjectKind.VIEW
            || drop.kind() == ObjectKind.MATERIALIZED_VIEW
            || drop.kind() == ObjectKind.SEQUENCE) {
          put(locks, name, LockMode.ACCESS_EXCLUSIVE);
        } else if (drop.kind() == ObjectKind.TRIGGER
            || drop.kind() == ObjectKind.POLICY
            || drop.kind() == ObjectKind.RULE) {
          if (drop.on() != null) {
            put(locks, drop.on(), LockMode.ACCESS_EXCLUSIVE);
          }
        }
      }
    } else if (statement instanceof ParsedStatement.Rename rename) {
      if (rename.kind() == ObjectKind.INDEX) {
        put(
            locks,
            rename.object(),
            pgVersion >= 12 ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
      } else if (isRelation(rename.kind())) {
        put(locks, rename.object(), LockMode.ACCESS_EXCLUSIVE);
      } else if (rename.on() != null) {
        put(locks, rename.on(), LockMode.ACCESS_EXCLUSIVE);
      }
    } else if (statement instanceof ParsedStatement.SetSchema set) {
      if (isRelation(set.kind())) {
        put(locks, set.object(), LockMode.ACCESS_EXCLUSIVE);
      }
    } else if (statement instanceof ParsedStatement.Truncate truncate) {
      truncate.tables().forEach(t -> put(locks, t, LockMode.ACCESS_EXCLUSIVE));
    } else if (statement instanceof ParsedStatement.Vacuum vacuum) {
      vacuum
          .tables()
          .forEach(
              t ->
                  put(
                      locks,
                      t,
                      vacuum.full() ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE));
    } else if (statement instanceof ParsedStatement.Cluster cluster) {
      if (cluster.table() != null) {
        put(locks, cluster.table(), LockMode.ACCESS_EXCLUSIVE);
      }
    } else if (statement instanceof ParsedStatement.RefreshMaterializedView refresh) {
      put(
          locks,
          refresh.name(),
          refresh.concurrently() ? LockMode.EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
    } else if (statement instanceof ParsedStatement.Reindex reindex) {
      if (reindex.name() != null
          && (reindex.target().equals("TABLE") || reindex.target().equals("INDEX"))) {
        Optional<QualifiedName> table =
            reindex.target().equals("INDEX")
                ? schema.tableOfIndex(reindex.name())
                : Optional.of(reindex.name());
        put(
            locks,
            table.orElse(reindex.name()),
            reindex.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE,
            table.isEmpty());
      }
    } else if (statement instanceof ParsedStatement.LockTable lock) {
      LockMode mode = lockMode(lock.mode());
      lock.tables().forEach(t -> put(locks, t, mode));
    } else if (statement instanceof ParsedStatement.CreateTrigger trigger) {
      put(locks, trigger.table(), LockMode.SHARE_ROW_EXCLUSIVE);
    } else if (statement instanceof ParsedStatement.Policy policy) {
      put(locks, policy.table(), LockMode.ACCESS_EXCLUSIVE);
    } else if (statement instanceof ParsedStatement.CreateRule rule) {
      put(locks, rule.table(), LockMode.ACCESS_EXCLUSIVE);
    } else if (statement instanceof ParsedStatement.AlterIndex index
        && index.action().equals("SET TABLESPACE")) {
      // the index alone: every query that plans with it or writes the table waits too
      put(locks, index.index(), LockMode.ACCESS_EXCLUSIVE);
    } else if (statement instanceof ParsedStatement.AlterMaterializedView view
        && view.action().equals("SET TABLESPACE")) {
      put(locks, view.view(), LockMode.ACCESS_EXCLUSIVE);
    }
    List<Lock> result = new ArrayList<>();
    for (Lock lock : locks.values()) {
      if (lock.mode().compareTo(LockMode.ROW_EXCLUSIVE) > 0
          && !schema.isNew(lock.relation())
          && !schema.isDropped(lock.relation())) {
        result.add(lock);
      }
    }
    return result;
  }

  private static LockMode lockMode(String mode) {
    for (LockMode m : LockMode.values()) {
      if (m.sql().equalsIgnoreCase(mode)) {
        return m;
      }
    }
    return LockMode.ACCESS_EXCLUSIVE;
  }

  private static boolean isRelation(ObjectKind kind) {
    return kind == ObjectKind.TABLE
        || kind == ObjectKind.VIEW
        || kind == ObjectKind.MATERIALIZED_VIEW
        || kind == ObjectKind.FOREIGN_TABLE
        || kind == ObjectKind.SEQUENCE;
  }

  private static void alterTable(
      QualifiedName table, AlterTableAction action, int pgVersion, Map<String, Lock> locks) {
    if (action instanceof AlterTableAction.AddConstraint add) {
      Constraint c = add.constraint();
      if (c instanceof Constraint.ForeignKey fk) {
        put(locks, table, LockMode.SHARE_ROW_EXCLUSIVE);
        put(locks, fk.table(), LockMode.SHARE_ROW_EXCLUSIVE);
      } else {
        put(locks, table, LockMode.ACCESS_EXCLUSIVE);
      }
    } else if (action instanceof AlterTableAction.ValidateConstraint) {
      put(locks, table, LockMode.SHARE_UPDATE_EXCLUSIVE);
    } else if (action instanceof AlterTableAction.AttachPartition attach) {
      put(
          locks,
          table,
          pgVersion >= 12 ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
      put(locks, attach.partition(), LockMode.ACCESS_EXCLUSIVE);
    } else if (action instanceof AlterTableAction.DetachPartition detach) {
      put(
          locks,
          table,
          detach.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
      put(
          locks,
          detach.partition(),
          detach.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
    } else if (action instanceof AlterTableAction.EnableTrigger) {
      put(locks, table, LockMode.SHARE_ROW_EXCLUSIVE);
    } else if (action instanceof AlterTableAction.RowLevelSecurity) {
      put(locks, table, LockMode.ACCESS_EXCLUSIVE);
    } else if (action instanceof AlterTableAction.Other other
        && shareUpdateExclusive(other.kind())) {
      put(locks, table, LockMode.SHARE_UPDATE_EXCLUSIVE);
    } else if (action instanceof AlterTableAction.AddColumn add) {
      put(locks, table, LockMode.ACCESS_EXCLUSIVE);
      add.column().constraints().forEach(c -> references(c, locks));
    } else {
      put(locks, table, LockMode.ACCESS_EXCLUSIVE);
    }
  }

  private static boolean shareUpdateExclusive(String kind) {
    return kind.contains("SET STATISTICS")
        || kind.startsWith("CLUSTER ON")
        || kind.startsWith("SET WITHOUT CLUSTER");
  }

  private static void references(Constraint c, Map<String, Lock> locks) {
    if (c instanceof Constraint.ForeignKey fk) {
      put(locks, fk.table(), LockMode.SHARE_ROW_EXCLUSIVE);
    }
  }

  private static void put(Map<String, Lock> locks, QualifiedName relation, LockMode mode) {
    put(locks, relation, mode, false);
  }

  private static void put(
      Map<String, Lock> locks, QualifiedName relation, LockMode mode, boolean viaIndex) {
    locks.merge(
        KnownSchema.key(relation),
        new Lock(relation, mode, viaIndex),
        (a, b) -> a.mode().compareTo(b.mode()) >= 0 ? a : b);
  }
}
