package dev.shale.codegen;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PgNames;
import dev.shale.model.PrimaryKey;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The name simulation as it was before it replayed unchanged tables and asked about parts by
 * identity (commit 6201f6a), kept as the reference that DefaultNamesTest compares against.
 *
 * <p>Decides which constraint and index names the generated source spells out: only those that
 * differ from the name the loader (like PostgreSQL) would choose by itself. Defaulted names depend
 * on the explicit ones (they step around them) and on each other (numbered in order), so the
 * decision is a fixpoint: in each table, write out the first name the defaults would get wrong, and
 * repeat until the defaults give every other name exactly.
 */
final class DefaultNamesReference {
  private DefaultNamesReference() {}

  /** The constraints and indexes (model records) whose names must be written. */
  static Set<Object> explicit(SchemaModel model) {
    Set<Object> explicit = new HashSet<>();
    while (true) {
      Set<Object> wrong = new Simulation(model, explicit).mismatches();
      if (wrong.isEmpty()) {
        return explicit;
      }
      explicit.addAll(wrong);
    }
  }

  /** The loader's naming pass (ModelTranslator), replayed on the parts as they will be written. */
  private static final class Simulation {
    private final SchemaModel model;
    private final Set<Object> explicit;
    private final Map<String, Set<String>> relations = new HashMap<>();
    private final Map<String, Set<String>> constraints = new HashMap<>();
    private final Set<Object> mismatches = new HashSet<>();

    Simulation(SchemaModel model, Set<Object> explicit) {
      this.model = model;
      this.explicit = explicit;
    }

    Set<Object> mismatches() {
      reserveExplicitNames();
      for (Table table : model.tables()) {
        new TableNaming(table).run();
      }
      return mismatches;
    }

    private Set<String> relations(String schema) {
      return relations.computeIfAbsent(schema, k -> new HashSet<>());
    }

    private Set<String> constraints(String schema) {
      return constraints.computeIfAbsent(schema, k -> new HashSet<>());
    }

    private void reserveExplicitNames() {
      for (Table t : model.tables()) {
        String schema = t.name().schema();
        relations(schema).add(t.name().name());
        if (t.primaryKey() != null && explicit.contains(t.primaryKey())) {
          relations(schema).add(t.primaryKey().name());
          constraints(schema).add(t.primaryKey().name());
        }
        for (UniqueConstraint u : t.uniques()) {
          if (explicit.contains(u)) {
            relations(schema).add(u.name());
            constraints(schema).add(u.name());
          }
        }
        for (CheckConstraint c : t.checks()) {
          if (explicit.contains(c)) {
            constraints(schema).add(c.name());
          }
        }
        for (ForeignKey f : t.foreignKeys()) {
          if (explicit.contains(f)) {
            constraints(schema).add(f.name());
          }
        }
        for (Index i : t.indexes()) {
          if (explicit.contains(i)) {
            relations(schema).add(i.name());
          }
        }
      }
      for (View v : model.views()) {
        relations(v.name().schema()).add(v.name().name());
      }
      for (Sequence s : model.sequences()) {
        relations(s.name().schema()).add(s.name().name());
      }
    }

    /** Which namespaces a name lives in, as in the loader. */
    private enum Kind {
      CONSTRAINT_INDEX,
      CONSTRAINT,
      INDEX
    }

    private final class TableNaming {
      private final Table table;
      private final String schema;
      private final Set<String> local = new HashSet<>();
      private final Set<String> explicitHere = new HashSet<>();
      private boolean mismatched;

      TableNaming(Table table) {
        this.table = table;
        this.schema = table.name().schema();
        if (table.primaryKey() != null && explicit.contains(table.primaryKey())) {
          explicitHere.add(table.primaryKey().name());
        }
        for (Object part : allParts()) {
          if (explicit.contains(part)) {
            explicitHere.add(nameOf(part));
          }
        }
      }

      private List<Object> allParts() {
        List<Object> parts = new java.util.ArrayList<>();
        parts.addAll(table.uniques());
        parts.addAll(table.checks());
        parts.addAll(table.foreignKeys());
        parts.addAll(table.indexes());
        parts.addAll(table.exclusions());
        return parts;
      }

      void run() {
        TableParts parts = new TableParts(table, explicit);
        Set<String> columns = new HashSet<>();
        table.columns().forEach(c -> columns.add(c.name()));
        PrimaryKey pk = table.primaryKey();
        if (pk != null) {
          claim(pk, pk.name(), Kind.CONSTRAINT_INDEX, null, "pkey");
        }
        for (UniqueConstraint u : parts.uniqueOrder()) {
          claim(u, u.name(), Kind.CONSTRAINT_INDEX, PgNames.joinColumns(u.columns()), "key");
        }
        for (CheckConstraint c : parts.checkOrder()) {
          String only = TableParts.singleColumn(c.expression(), columns);
          claim(c, c.name(), Kind.CONSTRAINT, only, "check");
        }
        for (ForeignKey f : parts.foreignKeyOrder()) {
          claim(f, f.name(), Kind.CONSTRAINT, PgNames.joinColumns(f.columns()), "fkey");
        }
        for (Index i : table.indexes()) {
          String columnsPart =
              PgNames.joinColumns(PgNames.indexColumnNames(i.elements(), i.include()));
          claim(i, i.name(), Kind.INDEX, columnsPart, "idx");
        }
        for (dev.shale.model.ExclusionConstraint x : table.exclusions()) {
          String columnsPart =
              PgNames.joinColumns(PgNames.indexColumnNames(x.elements(), List.of()));
          claim(x, x.name(), Kind.CONSTRAINT_INDEX, columnsPart, "excl");
        }
      }

      private void claim(Object part, String actual, Kind kind, String name2, String label) {
        if (explicit.contains(part)) {
          local.add(actual);
          return;
        }
        Set<String> rel = relations(schema);
        Set<String> con = constraints(schema);
        Predicate<String> taken =
            switch (kind) {
              case CONSTRAINT_INDEX -> n -> rel.contains(n) || con.contains(n);
              case CONSTRAINT -> con::contains;
              case INDEX -> rel::contains;
            };
        String chosen =
            PgNames.choose(
                table.name().name(),
                name2,
                label,
                taken.or(local::contains).or(explicitHere::contains));
        if (kind != Kind.INDEX) {
          con.add(chosen);
        }
        if (kind != Kind.CONSTRAINT) {
          rel.add(chosen);
        }
        local.add(chosen);
        if (!chosen.equals(actual) && !mismatched) {
          // Only the first per table and round: the names after it were chosen around a wrong
          // one, and may come right once it is written out.
          mismatches.add(part);
          mismatched = true;
        }
      }
    }

    private static String nameOf(Object part) {
      if (part instanceof UniqueConstraint u) {
        return u.name();
      } else if (part instanceof CheckConstraint c) {
        return c.name();
      } else if (part instanceof ForeignKey f) {
        return f.name();
      } else if (part instanceof dev.shale.model.ExclusionConstraint x) {
        return x.name();
      }
      return ((Index) part).name();
    }
  }
}
