package dev.shale.sql;

import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.diff.Change;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ColumnType;
import dev.shale.model.CompositeField;
import dev.shale.model.CompositeType;
import dev.shale.model.Domain;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Domains and composite types as SQL, with the locks measured on PostgreSQL 14 to 18: CREATE, DROP,
 * RENAME, SET/DROP DEFAULT, DROP NOT NULL, DROP/RENAME CONSTRAINT and ALTER TYPE … ADD/DROP/ALTER
 * ATTRIBUTE lock no table. ALTER DOMAIN … SET NOT NULL, ADD CONSTRAINT and VALIDATE CONSTRAINT
 * check every stored value: each table with a column of the domain (directly, in an array, or
 * inside a composite) is read under a SHARE lock, which blocks its writes until the scan ends.
 */
final class UserTypeStatements {
  private final PlanContext context;
  private final OnlineForms.Emitter out;

  UserTypeStatements(PlanContext context, OnlineForms.Emitter out) {
    this.context = context;
    this.out = out;
  }

  static boolean handles(Change change) {
    return change instanceof Change.CreateDomain
        || change instanceof Change.DropDomain
        || change instanceof Change.AlterDomain
        || change instanceof Change.RenameUserType
        || change instanceof Change.RenameDomainConstraint
        || change instanceof Change.CreateComposite
        || change instanceof Change.DropComposite
        || change instanceof Change.AlterComposite
        || change instanceof Change.RenameCompositeField;
  }

  void render(Change change) {
    if (change instanceof Change.CreateDomain c) {
      emit(createDomain(c.domain()), Risk.NONE);
    } else if (change instanceof Change.DropDomain c) {
      emit("DROP DOMAIN " + qualified(c.domain().name()), c.recreated() ? Risk.NONE : dropped());
    } else if (change instanceof Change.AlterDomain c) {
      alterDomain(c.from(), c.to());
    } else if (change instanceof Change.RenameUserType c) {
      rename(c.domain() ? "DOMAIN" : "TYPE", c.from(), c.to());
    } else if (change instanceof Change.RenameDomainConstraint c) {
      emit(
          alterDomain(c.domain()) + "RENAME CONSTRAINT " + quote(c.from()) + " TO " + quote(c.to()),
          Risk.NONE);
    } else if (change instanceof Change.CreateComposite c) {
      emit(createComposite(c.type()), Risk.NONE);
    } else if (change instanceof Change.DropComposite c) {
      emit("DROP TYPE " + qualified(c.type().name()), c.recreated() ? Risk.NONE : dropped());
    } else if (change instanceof Change.AlterComposite c) {
      alterComposite(c);
    } else if (change instanceof Change.RenameCompositeField c) {
      emit(
          alterType(c.type()) + "RENAME ATTRIBUTE " + quote(c.from()) + " TO " + quote(c.to()),
          new Risk(List.of(), false, false, false, true, List.of(Rule.RENAME_OBJECT)));
    }
  }

  static String createDomain(Domain d) {
    StringBuilder sql =
        new StringBuilder("CREATE DOMAIN ")
            .append(qualified(d.name()))
            .append(" AS ")
            .append(SqlFragments.type(d.baseType()));
    if (d.collation() != null) {
      sql.append(" COLLATE ").append(quote(d.collation()));
    }
    if (d.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(SqlFragments.user(d.defaultExpression()));
    }
    if (d.notNull()) {
      sql.append(" NOT NULL");
    }
    for (CheckConstraint c : d.checks()) {
      sql.append(' ').append(StatementPlanner.check(c));
    }
    return sql.toString();
  }

  static String createComposite(CompositeType c) {
    List<String> fields = new ArrayList<>();
    for (CompositeField f : c.fields()) {
      fields.add(quote(f.name()) + " " + SqlFragments.type(f.type()));
    }
    return "CREATE TYPE " + qualified(c.name()) + " AS (" + String.join(", ", fields) + ")";
  }

  private void alterDomain(Domain from, Domain to) {
    String alter = alterDomain(to.name());
    for (CheckConstraint c : from.checks()) {
      if (!to.checks().contains(c)) {
        emit(alter + "DROP CONSTRAINT " + quote(c.name()), Risk.NONE);
      }
    }
    if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
      emit(
          to.defaultExpression() == null
              ? alter + "DROP DEFAULT"
              : alter + "SET DEFAULT " + SqlFragments.user(to.defaultExpression()),
          Risk.NONE);
    }
    if (from.notNull() && !to.notNull()) {
      emit(alter + "DROP NOT NULL", Risk.NONE);
    }
    List<QualifiedName> tables = storingTables(to.name());
    Risk scan = scan(tables);
    if (!from.notNull() && to.notNull()) {
      emit(alter + "SET NOT NULL", scan);
    }
    // (the diff refuses a check or NOT NULL for a domain that a stored composite holds)
    for (CheckConstraint c : to.checks()) {
      if (from.checks().contains(c)) {
        continue;
      }
      String add = alter + "ADD " + StatementPlanner.check(c);
      if (tables.isEmpty()) {
        emit(add, Risk.NONE);
      } else if (context.options.online()) {
        // New values are checked at once; stored ones in a later transaction.
        emit(add + " NOT VALID", Risk.NONE);
        out.emit(Stage.VALIDATE, alter + "VALIDATE CONSTRAINT " + quote(c.name()), scan);
      } else {
        emit(add, scan);
      }
    }
  }

  private void alterComposite(Change.AlterComposite c) {
    String alter = alterType(c.to().name());
    CompositeType from = c.from();
    CompositeType to = c.to();
    for (CompositeField f : from.fields()) {
      if (to.field(f.name()).isEmpty()) {
        emit(
            alter + "DROP ATTRIBUTE " + quote(f.name()),
            new Risk(List.of(), false, false, c.used(), true, List.of(Rule.DROP_OBJECT)));
      }
    }
    for (CompositeField f : to.fields()) {
      var old = from.field(f.name());
      if (old.isPresent() && !old.get().type().equals(f.type())) {
        emit(
            alter + "ALTER ATTRIBUTE " + quote(f.name()) + " TYPE " + SqlFragments.type(f.type()),
            Risk.NONE);
      }
    }
    for (CompositeField f : to.fields()) {
      if (from.field(f.name()).isEmpty()) {
        emit(
            alter + "ADD ATTRIBUTE " + quote(f.name()) + " " + SqlFragments.type(f.type()),
            Risk.NONE);
      }
    }
  }

  private void rename(String kind, QualifiedName from, QualifiedName to) {
    Risk risk = new Risk(List.of(), false, false, false, true, List.of(Rule.RENAME_OBJECT));
    String target = "ALTER " + kind + " " + qualified(from);
    if (!from.schema().equals(to.schema())) {
      emit(target + " SET SCHEMA " + quote(to.schema()), risk);
      target = "ALTER " + kind + " " + qualified(to.schema(), from.name());
    }
    if (!from.name().equals(to.name())) {
      emit(target + " RENAME TO " + quote(to.name()), risk);
    }
  }

  private static String alterDomain(QualifiedName name) {
    return "ALTER DOMAIN " + qualified(name) + " ";
  }

  private static String alterType(QualifiedName name) {
    return "ALTER TYPE " + qualified(name) + " ";
  }

  private static Risk dropped() {
    return new Risk(List.of(), false, false, false, true, List.of(Rule.DROP_OBJECT));
  }

  /** A scan of every table that stores the type, each under a SHARE lock. */
  private static Risk scan(List<QualifiedName> tables) {
    if (tables.isEmpty()) {
      return Risk.NONE;
    }
    return new Risk(
        tables.stream().map(t -> new TableLock(t, LockMode.SHARE)).toList(),
        false,
        true,
        false,
        false,
        List.of());
  }

  /**
   * The existing tables (before the plan, not created by it) with a column that stores {@code
   * type}: directly, in an array, or inside composites and domains that contain it.
   */
  private List<QualifiedName> storingTables(QualifiedName type) {
    SchemaModel before = context.before();
    Set<QualifiedName> containing = containing(before, type);
    List<QualifiedName> tables = new ArrayList<>();
    for (Table t : before.tables()) {
      if (!context.isNew(t.name())
          && t.columns().stream().anyMatch(c -> containing.contains(c.type().userType()))) {
        tables.add(t.name());
      }
    }
    return tables;
  }

  private static Set<QualifiedName> containing(SchemaModel m, QualifiedName type) {
    Set<QualifiedName> containing = new HashSet<>();
    containing.add(type);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (CompositeType c : m.composites()) {
        if (!containing.contains(c.name())
            && c.fields().stream()
                .map(CompositeField::type)
                .map(ColumnType::userType)
                .anyMatch(containing::contains)) {
          grew |= containing.add(c.name());
        }
      }
      for (Domain d : m.domains()) {
        if (!containing.contains(d.name()) && containing.contains(d.baseType().userType())) {
          grew |= containing.add(d.name());
        }
      }
    }
    return containing;
  }

  private void emit(String sql, Risk risk) {
    out.emit(Stage.MAIN, sql, risk);
  }
}
