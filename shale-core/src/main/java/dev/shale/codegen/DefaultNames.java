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
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides which constraint and index names the generated source spells out: only those that differ
 * from the name the loader (like PostgreSQL) would choose by itself. Defaulted names depend on the
 * explicit ones (they step around them) and on each other (numbered in order), so the decision is a
 * fixpoint: in each table, write out the first name the defaults would get wrong, and repeat until
 * the defaults give every other name exactly.
 */
final class DefaultNames {
  private DefaultNames() {}

  /** The constraints and indexes (model records) whose names must be written. */
  static Set<Object> explicit(SchemaModel model) {
    Set<Object> explicit = new PartSet(model);
    Map<Table, Trace> traces = new IdentityHashMap<>();
    while (true) {
      Set<Object> wrong = new Simulation(model, explicit, traces).mismatches();
      if (wrong.isEmpty()) {
        return explicit;
      }
      explicit.addAll(wrong);
    }
  }

  /**
   * A set of parts with the meaning of a {@code HashSet} (records equal by value: two tables'
   * identical indexes are both in or both out), but asked about the model's own parts by identity:
   * each part's value-equality class is found once, not hashed again for every question (hashing an
   * index walks its element lists).
   */
  private static final class PartSet extends AbstractSet<Object> {
    private final Map<Object, Integer> classes = new HashMap<>();
    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final List<Object> members = new ArrayList<>();
    private final Set<Integer> in = new HashSet<>();
    private final Set<Object> others = new HashSet<>();

    PartSet(SchemaModel model) {
      for (Table t : model.tables()) {
        if (t.primaryKey() != null) {
          register(t.primaryKey());
        }
        t.uniques().forEach(this::register);
        t.checks().forEach(this::register);
        t.foreignKeys().forEach(this::register);
        t.indexes().forEach(this::register);
        t.exclusions().forEach(this::register);
      }
    }

    private void register(Object part) {
      ids.put(part, classes.computeIfAbsent(part, k -> classes.size()));
    }

    private Integer classOf(Object part) {
      Integer id = ids.get(part);
      return id != null ? id : classes.get(part);
    }

    @Override
    public boolean contains(Object part) {
      Integer id = classOf(part);
      return id != null ? in.contains(id) : others.contains(part);
    }

    @Override
    public boolean add(Object part) {
      Integer id = classOf(part);
      boolean added = id != null ? in.add(id) : others.add(part);
      if (added) {
        members.add(part);
      }
      return added;
    }

    @Override
    public Iterator<Object> iterator() {
      return Collections.unmodifiableList(members).iterator();
    }

    @Override
    public int size() {
      return members.size();
    }
  }

  /**
   * What one table's naming did in a round: which of its parts were explicit, every question it
   * asked the schema's namespaces and every name it put there, in order, and its mismatch (or
   * null). The naming is a function of those answers, so a later round where they come out the same
   * (most tables, most rounds: each round writes out one more name per table that still has a wrong
   * one) replays it instead of choosing every name again.
   */
  private static final class Trace {
    final boolean[] explicitParts;
    final List<String> names = new ArrayList<>();
    // per step: LOOK_UP_* (then whether the name was there) or ADD_*
    final List<Integer> steps = new ArrayList<>();
    Object mismatch;

    static final int RELATION = 1;
    static final int CONSTRAINT = 2;
    static final int FOUND = 4;
    static final int ADD = 8;

    Trace(boolean[] explicitParts) {
      this.explicitParts = explicitParts;
    }

    boolean lookUp(Set<String> namespace, int which, String name) {
      boolean found = namespace.contains(name);
      names.add(name);
      steps.add(which | (found ? FOUND : 0));
      return found;
    }

    void add(Set<String> namespace, int which, String name) {
      namespace.add(name);
      names.add(name);
      steps.add(which | ADD);
    }

    /**
     * Whether the naming would ask the same and get the same answers now; if so, puts its names
     * where it put them.
     */
    boolean replay(boolean[] explicitNow, Set<String> relations, Set<String> constraints) {
      if (!java.util.Arrays.equals(explicitParts, explicitNow)) {
        return false;
      }
      Set<String> addedRelations = new HashSet<>();
      Set<String> addedConstraints = new HashSet<>();
      for (int i = 0; i < steps.size(); i++) {
        int step = steps.get(i);
        String name = names.get(i);
        boolean relation = (step & RELATION) != 0;
        Set<String> added = relation ? addedRelations : addedConstraints;
        if ((step & ADD) != 0) {
          added.add(name);
          continue;
        }
        boolean found = (relation ? relations : constraints).contains(name) || added.contains(name);
        if (found != ((step & FOUND) != 0)) {
          return false;
        }
      }
      relations.addAll(addedRelations);
      constraints.addAll(addedConstraints);
      return true;
    }
  }

  /** The loader's naming pass (ModelTranslator), replayed on the parts as they will be written. */
  private static final class Simulation {
    private final SchemaModel model;
    private final Set<Object> explicit;
    private final Map<String, Set<String>> relations = new HashMap<>();
    private final Map<String, Set<String>> constraints = new HashMap<>();
    private final Set<Object> mismatches = new HashSet<>();
    private final Map<Table, Trace> traces;

    Simulation(SchemaModel model, Set<Object> explicit, Map<Table, Trace> traces) {
      this.model = model;
      this.explicit = explicit;
      this.traces = traces;
    }

    Set<Object> mismatches() {
      reserveExplicitNames();
      for (Table table : model.tables()) {
        boolean[] explicitParts = explicitParts(table);
        Trace last = traces.get(table);
        String schema = table.name().schema();
        if (last != null && last.replay(explicitParts, relations(schema), constraints(schema))) {
          if (last.mismatch != null) {
            mismatches.add(last.mismatch);
          }
          continue;
        }
        Trace trace = new Trace(explicitParts);
        new TableNaming(table, trace).run();
        traces.put(table, trace);
      }
      return mismatches;
    }

    /** Which of the table's parts are explicit, in a fixed order. */
    private boolean[] explicitParts(Table table) {
      List<Object> parts = new ArrayList<>();
      parts.add(table.primaryKey());
      parts.addAll(table.uniques());
      parts.addAll(table.checks());
      parts.addAll(table.foreignKeys());
      parts.addAll(table.indexes());
      parts.addAll(table.exclusions());
      boolean[] flags = new boolean[parts.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = parts.get(i) != null && explicit.contains(parts.get(i));
      }
      return flags;
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
      private final Trace trace;
      private boolean mismatched;

      TableNaming(Table table, Trace trace) {
        this.table = table;
        this.trace = trace;
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
        Predicate<String> inRelations = n -> trace.lookUp(rel, Trace.RELATION, n);
        Predicate<String> inConstraints = n -> trace.lookUp(con, Trace.CONSTRAINT, n);
        Predicate<String> taken =
            switch (kind) {
              case CONSTRAINT_INDEX -> inRelations.or(inConstraints);
              case CONSTRAINT -> inConstraints;
              case INDEX -> inRelations;
            };
        String chosen =
            PgNames.choose(
                table.name().name(),
                name2,
                label,
                taken.or(local::contains).or(explicitHere::contains));
        if (kind != Kind.INDEX) {
          trace.add(con, Trace.CONSTRAINT, chosen);
        }
        if (kind != Kind.CONSTRAINT) {
          trace.add(rel, Trace.RELATION, chosen);
        }
        local.add(chosen);
        if (!chosen.equals(actual) && !mismatched) {
          // Only the first per table and round: the names after it were chosen around a wrong
          // one, and may come right once it is written out.
          mismatches.add(part);
          trace.mismatch = part;
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
