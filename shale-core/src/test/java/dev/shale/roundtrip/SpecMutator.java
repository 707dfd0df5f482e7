package dev.shale.roundtrip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Random edits of a spec that keep it valid, cascading to whatever refers to what they touch. */
final class SpecMutator {
  private static final Map<String, List<String>> CONVERSIONS =
      Map.ofEntries(
          Map.entry("integer", List.of("bigint", "numeric", "text")),
          Map.entry("bigint", List.of("integer", "text")),
          Map.entry("smallint", List.of("integer", "bigint")),
          Map.entry("text", List.of("varchar200", "integer", "enum")),
          Map.entry("varchar50", List.of("varchar200", "text")),
          Map.entry("varchar200", List.of("text", "varchar50")),
          Map.entry("bool", List.of("text", "integer")),
          Map.entry("numeric", List.of("integer", "text")),
          Map.entry("timestamptz", List.of("date", "text")),
          Map.entry("date", List.of("timestamptz")),
          Map.entry("uuid", List.of("text")),
          Map.entry("jsonb", List.of("text")),
          Map.entry("text[]", List.of("integer[]", "text")),
          Map.entry("integer[]", List.of("text[]", "bigint")));

  private final SpecGenerator gen;
  private final Spec spec;
  final List<String> log = new ArrayList<>();

  SpecMutator(SpecGenerator gen, Spec spec) {
    this.gen = gen;
    this.spec = spec;
    gen.notValidAllowed = false;
  }

  void mutate(int edits) {
    for (int i = 0; i < edits; i++) {
      int kind = gen.random.nextInt(33);
      switch (kind) {
        case 0 -> addTable();
        case 1 -> dropTable();
        case 2 -> renameTable();
        case 3 -> addColumn();
        case 4 -> dropColumn();
        case 5 -> renameColumn();
        case 6, 7 -> changeType();
        case 8 -> toggleNotNull();
        case 9 -> changeDefault();
        case 10 -> identity();
        case 11 -> generated();
        case 12 -> primaryKey();
        case 13 -> uniqueOrCheck();
        case 14 -> index();
        case 15 -> foreignKey();
        case 16 -> enums();
        case 17 -> sequences();
        case 18 -> views();
        case 19 -> extensions();
        case 20 -> renameSchema();
        case 21 -> renameIndex();
        case 22, 23 -> renameUsedColumn();
        case 24 -> renameEnumValue();
        case 25 -> rowSecurity();
        case 26 -> storage();
        case 27 -> functions();
        case 28 -> triggers();
        case 29 -> userTypes();
        case 30 -> grants();
        case 31 -> PartitionSpecs.mutate(gen, spec, log);
        default -> comments();
      }
    }
  }

  private Spec.TableSpec anyTable() {
    return spec.tables.isEmpty() ? null : gen.pick(spec.tables);
  }

  private boolean targeted(Spec.TableSpec t) {
    return spec.tables.stream()
        .flatMap(o -> o.foreignKeys.stream())
        .anyMatch(f -> f.targetSchema.equals(t.schema) && f.targetTable.equals(t.name));
  }

  private void addTable() {
    Spec.TableSpec t = gen.table(spec);
    spec.tables.add(t);
    log.add("add table " + t.name);
  }

  private void dropTable() {
    if (spec.tables.size() < 2) {
      return;
    }
    Spec.TableSpec t = anyTable();
    ownerGoes(t, null);
    spec.tables.remove(t);
    for (Spec.TableSpec o : spec.tables) {
      o.foreignKeys.removeIf(f -> f.targetSchema.equals(t.schema) && f.targetTable.equals(t.name));
    }
    spec.views.removeIf(v -> v.tableSchema.equals(t.schema) && v.table.equals(t.name));
    log.add("drop table " + t.name);
  }

  private void renameTable() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    String old = t.name;
    t.name = gen.name("t");
    if (gen.chance(0.2)) {
      List<Spec.SequenceSpec> owned =
          spec.sequences.stream()
              .filter(q -> spec.owner(q) != null && q.ownerTable == t.id)
              .toList();
      t.schema = t.schema.equals("public") ? "app" : "public";
      ownedFollow(t, owned);
    }
    for (Spec.TableSpec o : spec.tables) {
      for (Spec.ForeignKeySpec f : o.foreignKeys) {
        if (f.targetTable.equals(old)) {
          f.targetTable = t.name;
          f.targetSchema = t.schema;
        }
      }
    }
    for (Spec.ViewSpec v : spec.views) {
      if (v.table.equals(old)) {
        v.table = t.name;
        v.tableSchema = t.schema;
      }
    }
    log.add("rename table " + old + " to " + t.schema + "." + t.name);
  }

  private void addColumn() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    Spec.ColumnSpec c = gen.column(spec, t);
    t.columns.add(c);
    log.add("add column " + t.name + "." + c.name + " " + c.type);
  }

  /**
   * A column nothing structural depends on: not in the key, not referenced, not a generated source.
   */
  private Spec.ColumnSpec freeColumn(Spec.TableSpec t) {
    List<Spec.ColumnSpec> free =
        t.columns.stream()
            .filter(c -> !c.name.equals("id") && !t.primaryKey.contains(c.name))
            .filter(c -> t.columns.stream().noneMatch(o -> c.name.equals(o.generatedFrom)))
            .filter(c -> t.foreignKeys.stream().noneMatch(f -> f.column.equals(c.name)))
            .toList();
    return free.isEmpty() ? null : gen.pick(free);
  }

  private void dropColumn() {
    Spec.TableSpec t = anyTable();
    if (t == null || t.columns.size() < 2) {
      return;
    }
    Spec.ColumnSpec c = freeColumn(t);
    if (c == null) {
      return;
    }
    ownerGoes(t, c);
    t.columns.remove(c);
    forget(t, c.name);
    log.add("drop column " + t.name + "." + c.name);
  }

  private void forget(Spec.TableSpec t, String column) {
    t.uniques.removeIf(u -> u.columns.contains(column));
    t.checks.removeIf(ch -> ch.column.equals(column));
    t.indexes.removeIf(i -> i.column.equals(column) || column.equals(i.predicateColumn));
    t.foreignKeys.removeIf(f -> f.column.equals(column));
    t.policies.removeIf(p -> column.equals(p.usingColumn) || column.equals(p.checkColumn));
    t.triggers.removeIf(g -> g.updateColumns.contains(column) || column.equals(g.whenColumn));
    for (Spec.ViewSpec v : spec.views) {
      if (v.table.equals(t.name) && v.tableSchema.equals(t.schema)) {
        v.columns.remove(column);
      }
    }
    spec.views.removeIf(v -> v.columns.isEmpty());
  }

  private void renameColumn() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    List<Spec.ColumnSpec> candidates =
        t.columns.stream().filter(c -> !c.name.equals("id")).toList();
    if (candidates.isEmpty()) {
      return;
    }
    renameColumn(t, gen.pick(candidates));
  }

  /**
   * Renames a column that an index (key or partial predicate), a check, a generated column or a
   * view reads: the rename must carry their expressions, not drop and rebuild them.
   */
  private void renameUsedColumn() {
    List<Spec.TableSpec> owners = new ArrayList<>();
    List<Spec.ColumnSpec> used = new ArrayList<>();
    for (Spec.TableSpec t : spec.tables) {
      for (Spec.ColumnSpec c : t.columns) {
        if (!c.name.equals("id") && isRead(t, c.name)) {
          owners.add(t);
          used.add(c);
        }
      }
    }
    if (used.isEmpty()) {
      return;
    }
    int at = gen.random.nextInt(used.size());
    renameColumn(owners.get(at), used.get(at));
  }

  private boolean isRead(Spec.TableSpec t, String column) {
    return t.indexes.stream()
            .anyMatch(i -> i.column.equals(column) || i.partial && column.equals(i.predicateColumn))
        || t.checks.stream().anyMatch(k -> k.column.equals(column))
        || t.policies.stream()
            .anyMatch(p -> column.equals(p.usingColumn) || column.equals(p.checkColumn))
        || t.triggers.stream()
            .anyMatch(g -> g.updateColumns.contains(column) || column.equals(g.whenColumn))
        || t.columns.stream().anyMatch(o -> column.equals(o.generatedFrom))
        || spec.views.stream()
            .anyMatch(
                v ->
                    v.table.equals(t.name)
                        && v.tableSchema.equals(t.schema)
                        && v.columns.contains(column));
  }

  private void renameColumn(Spec.TableSpec t, Spec.ColumnSpec c) {
    String old = c.name;
    c.name = gen.name("c");
    t.primaryKey.replaceAll(n -> n.equals(old) ? c.name : n);
    t.uniques.forEach(u -> u.columns.replaceAll(n -> n.equals(old) ? c.name : n));
    t.checks.forEach(ch -> ch.column = ch.column.equals(old) ? c.name : ch.column);
    t.indexes.forEach(i -> i.column = i.column.equals(old) ? c.name : i.column);
    t.indexes.forEach(
        i -> i.predicateColumn = old.equals(i.predicateColumn) ? c.name : i.predicateColumn);
    t.foreignKeys.forEach(f -> f.column = f.column.equals(old) ? c.name : f.column);
    t.policies.forEach(p -> p.usingColumn = old.equals(p.usingColumn) ? c.name : p.usingColumn);
    t.policies.forEach(p -> p.checkColumn = old.equals(p.checkColumn) ? c.name : p.checkColumn);
    t.triggers.forEach(g -> g.updateColumns.replaceAll(n -> n.equals(old) ? c.name : n));
    t.triggers.forEach(g -> g.whenColumn = old.equals(g.whenColumn) ? c.name : g.whenColumn);
    t.columns.forEach(
        o -> o.generatedFrom = old.equals(o.generatedFrom) ? c.name : o.generatedFrom);
    for (Spec.ViewSpec v : spec.views) {
      if (v.table.equals(t.name) && v.tableSchema.equals(t.schema)) {
        v.columns.replaceAll(n -> n.equals(old) ? c.name : n);
      }
    }
    log.add("rename column " + t.name + "." + old + " to " + c.name);
  }

  private void changeType() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    Spec.ColumnSpec c = freeColumn(t);
    if (c == null || c.generatedFrom != null || c.identity != null) {
      return;
    }
    if (SpecGenerator.isUserType(c.type)) {
      return;
    }
    String from = c.type.startsWith("enum:") ? "enum" : c.type;
    String to;
    if (from.equals("enum")) {
      to = "text";
    } else {
      to = gen.pick(CONVERSIONS.get(from));
      if (to.equals("enum")) {
        if (spec.enums.isEmpty()) {
          return;
        }
        Spec.EnumSpec e = gen.pick(spec.enums);
        to = "enum:" + e.schema + "." + e.name;
      }
    }
    if (SpecGenerator.COLLATABLE.contains(c.type) && gen.chance(0.3)) {
      c.collation = c.collation == null ? gen.pick(List.of("C", "POSIX")) : null;
      log.add("change collation of " + t.name + "." + c.name + " to " + c.collation);
      return;
    }
    String old = c.type;
    c.type = to;
    if (!SpecGenerator.COLLATABLE.contains(to)) {
      c.collation = null;
    }
    c.defaultSql = gen.chance(0.5) || c.notNull ? gen.defaultFor(spec, to) : null;
    t.checks.removeIf(ch -> ch.column.equals(c.name));
    t.indexes.removeIf(
        i ->
            i.column.equals(c.name)
                && (i.lower || c.type.equals("jsonb") || c.type.endsWith("[]")));
    t.uniques.removeIf(u -> u.columns.contains(c.name) && c.type.equals("jsonb"));
    log.add("change type of " + t.name + "." + c.name + " from " + old + " to " + to);
  }

  private void toggleNotNull() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    List<Spec.ColumnSpec> candidates =
        t.columns.stream()
            .filter(
                c ->
                    !t.primaryKey.contains(c.name)
                        && c.identity == null
                        && c.generatedFrom == null
                        && !c.type.startsWith("composite:"))
            .toList();
    if (candidates.isEmpty()) {
      return;
    }
    Spec.ColumnSpec c = gen.pick(candidates);
    c.notNull = !c.notNull;
    if (c.notNull) {
      t.foreignKeys.stream()
          .filter(f -> f.column.equals(c.name) && f.onDelete.equals("SET_NULL"))
          .forEach(f -> f.onDelete = "CASCADE");
    }
    log.add((c.notNull ? "set" : "drop") + " not null " + t.name + "." + c.name);
  }

  private void changeDefault() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    List<Spec.ColumnSpec> candidates =
        t.columns.stream()
            .filter(
                c -> c.identity == null && c.generatedFrom == null && !c.type.endsWith("serial"))
            .toList();
    if (candidates.isEmpty()) {
      return;
    }
    Spec.ColumnSpec c = gen.pick(candidates);
    c.defaultSql = c.defaultSql != null && gen.chance(0.4) ? null : gen.defaultFor(spec, c.type);
    log.add("default of " + t.name + "." + c.name + " = " + c.defaultSql);
  }

  private void identity() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    Spec.ColumnSpec id = t.column("id");
    if (id == null || id.type.equals("uuid") || id.type.endsWith("serial")) {
      return;
    }
    if (id.identity == null) {
      id.identity = gen.chance(0.5) ? "always" : "default";
      id.defaultSql = null;
      id.notNull = true;
    } else if (gen.chance(0.3)) {
      id.identity = null;
    } else if (gen.chance(0.5)) {
      id.identity = id.identity.equals("always") ? "default" : "always";
    } else {
      id.identityStart = id.identityStart == null ? 500L : null;
    }
    log.add("identity of " + t.name + ".id = " + id.identity + " start " + id.identityStart);
  }

  private void generated() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    List<Spec.ColumnSpec> generated =
        t.columns.stream().filter(c -> c.generatedFrom != null).toList();
    if (generated.isEmpty()) {
      return;
    }
    Spec.ColumnSpec c = gen.pick(generated);
    if (gen.chance(0.5)) {
      c.generatedFactor = c.generatedFactor + 1;
      log.add("generated factor of " + t.name + "." + c.name);
    } else {
      c.generatedFrom = null;
      log.add("drop generated expression of " + t.name + "." + c.name);
    }
  }

  private void primaryKey() {
    Spec.TableSpec t = anyTable();
    if (t == null || targeted(t)) {
      return;
    }
    if (t.primaryKey.isEmpty()) {
      t.primaryKey.add("id");
      t.uniques.removeIf(u -> !u.nullsNotDistinct && u.columns.equals(t.primaryKey));
      t.column("id").notNull = true;
      log.add("add primary key " + t.name);
    } else {
      t.primaryKey.clear();
      log.add("drop primary key " + t.name);
    }
  }

  private void uniqueOrCheck() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    switch (gen.random.nextInt(4)) {
      case 0 -> gen.addUnique(t);
      case 1 -> {
        if (!t.uniques.isEmpty()) {
          t.uniques.remove(gen.pick(t.uniques));
        }
      }
      case 2 -> gen.addCheck(t);
      default -> {
        if (!t.checks.isEmpty()) {
          Spec.CheckSpec c = gen.pick(t.checks);
          if (c.notValid && gen.chance(0.3)) {
            c.notValid = false;
          } else if (gen.chance(0.5)) {
            t.checks.remove(c);
          } else {
            c.bound = c.bound + 1;
          }
        }
      }
    }
    log.add("unique/check on " + t.name);
  }

  private void index() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    if (t.indexes.isEmpty() || gen.chance(0.4)) {
      gen.addIndex(t);
    } else if (gen.chance(0.5)) {
      t.indexes.remove(gen.pick(t.indexes));
    } else {
      Spec.IndexSpec i = gen.pick(t.indexes);
      if (gen.chance(0.5)) {
        i.partial = !i.partial;
        i.unique = false;
      } else {
        i.fillfactor = i.fillfactor == null ? 50 + gen.random.nextInt(50) : null;
      }
    }
    log.add("index on " + t.name);
  }

  private void foreignKey() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    if (t.foreignKeys.isEmpty() || gen.chance(0.4)) {
      gen.addForeignKey(spec, t);
    } else if (gen.chance(0.5)) {
      t.foreignKeys.remove(gen.pick(t.foreignKeys));
    } else {
      Spec.ForeignKeySpec f = gen.pick(t.foreignKeys);
      if (f.notValid && gen.chance(0.3)) {
        f.notValid = false;
      } else {
        f.onDelete = f.onDelete.equals("CASCADE") ? "RESTRICT" : "CASCADE";
      }
    }
    log.add("foreign key on " + t.name);
  }

  private void enums() {
    if (spec.enums.isEmpty() || gen.chance(0.2)) {
      spec.enums.add(gen.enumType());
      log.add("add enum");
      return;
    }
    Spec.EnumSpec e = gen.pick(spec.enums);
    String type = "enum:" + e.schema + "." + e.name;
    List<Spec.ColumnSpec> users =
        spec.tables.stream()
            .flatMap(t -> t.columns.stream())
            .filter(c -> c.type.equals(type))
            .toList();
    int action = gen.random.nextInt(4);
    if (action == 0) {
      e.values.add(gen.random.nextInt(e.values.size() + 1), gen.name("v"));
      log.add("add value to " + e.name);
    } else if (action == 1 && e.values.size() > 2) {
      String removed = e.values.remove(gen.random.nextInt(e.values.size()));
      valueOrigins.computeIfAbsent(e.id, k -> new HashMap<>()).remove(removed);
      for (Spec.ColumnSpec c : users) {
        if (("'" + removed + "'").equals(c.defaultSql)) {
          c.defaultSql = "'" + e.values.get(0) + "'";
        }
      }
      log.add("remove value " + removed + " from " + e.name);
    } else if (action == 2) {
      String renamed = gen.name("mood");
      String newType = "enum:" + e.schema + "." + renamed;
      e.name = renamed;
      users.forEach(c -> c.type = newType);
      log.add("rename enum to " + renamed);
    } else if (users.isEmpty()) {
      spec.enums.remove(e);
      log.add("drop enum " + e.name);
    }
  }

  /**
   * Per enum id, the labels renamed by {@link #renameEnumValue}: current label → the label it had
   * in the old schema (or when it was added).
   */
  private final Map<Integer, Map<String, String>> valueOrigins = new HashMap<>();

  Map<Integer, Map<String, String>> enumValueOrigins() {
    return valueOrigins;
  }

  /** ALTER TYPE … RENAME VALUE: rows and defaults holding the value follow. */
  private void renameEnumValue() {
    if (spec.enums.isEmpty()) {
      return;
    }
    Spec.EnumSpec e = gen.pick(spec.enums);
    int at = gen.random.nextInt(e.values.size());
    String old = e.values.get(at);
    String renamed = gen.name("v");
    e.values.set(at, renamed);
    Map<String, String> origins = valueOrigins.computeIfAbsent(e.id, k -> new HashMap<>());
    String origin = origins.remove(old);
    origins.put(renamed, origin == null ? old : origin);
    String type = "enum:" + e.schema + "." + e.name;
    forEachColumn(
        c -> {
          if (c.type.equals(type) && ("'" + old + "'").equals(c.defaultSql)) {
            c.defaultSql = "'" + renamed + "'";
          }
        });
    log.add("rename value " + old + " of " + e.name + " to " + renamed);
  }

  private void sequences() {
    if (spec.sequences.isEmpty() || gen.chance(0.3)) {
      Spec.SequenceSpec added = gen.sequence();
      spec.sequences.add(added);
      if (gen.chance(0.5)) {
        gen.own(spec, added);
      }
      log.add("add sequence");
      return;
    }
    Spec.SequenceSpec s = gen.pick(spec.sequences);
    String oldRef =
        "nextval('"
            + (s.schema.equals("public") ? s.name : s.schema + "." + s.name)
            + "'::regclass)";
    switch (gen.random.nextInt(5)) {
      case 0 -> {
        spec.sequences.remove(s);
        forEachColumn(c -> c.defaultSql = oldRef.equals(c.defaultSql) ? null : c.defaultSql);
      }
      case 3 -> {
        gen.own(spec, s);
        log.add("own sequence " + s.name);
      }
      case 4 -> {
        s.ownerTable = null;
        s.ownerColumn = null;
        log.add("disown sequence " + s.name);
      }
      case 1 -> {
        s.name = gen.name("seq");
        String newRef =
            "nextval('"
                + (s.schema.equals("public") ? s.name : s.schema + "." + s.name)
                + "'::regclass)";
        forEachColumn(c -> c.defaultSql = oldRef.equals(c.defaultSql) ? newRef : c.defaultSql);
      }
      default -> {
        s.start = s.start == null ? 77L : null;
        s.cycle = !s.cycle;
      }
    }
    log.add("sequence " + s.name);
  }

  private static String nextval(Spec.SequenceSpec s) {
    return "nextval('"
        + (s.schema.equals("public") ? s.name : s.schema + "." + s.name)
        + "'::regclass)";
  }

  /**
   * The sequences {@code table} (and, given, {@code column}) owns go as PostgreSQL takes them: some
   * are dropped with their owner, the others kept and released.
   */
  private void ownerGoes(Spec.TableSpec table, Spec.ColumnSpec column) {
    for (Spec.SequenceSpec s : List.copyOf(spec.sequences)) {
      boolean owned =
          spec.owner(s) != null
              && s.ownerTable == table.id
              && (column == null || s.ownerColumn == column.id);
      if (!owned) {
        continue;
      }
      if (gen.chance(0.5)) {
        spec.sequences.remove(s);
        String ref = nextval(s);
        forEachColumn(c -> c.defaultSql = ref.equals(c.defaultSql) ? null : c.defaultSql);
        log.add("sequence " + s.name + " goes with its owner");
      } else {
        s.ownerTable = null;
        s.ownerColumn = null;
        log.add("sequence " + s.name + " stays without its owner");
      }
    }
  }

  /** The sequences {@code table} owns move with it to its new schema, as PostgreSQL moves them. */
  private void ownedFollow(Spec.TableSpec table, List<Spec.SequenceSpec> owned) {
    for (Spec.SequenceSpec s : owned) {
      String ref = nextval(s);
      s.schema = table.schema;
      String now = nextval(s);
      forEachColumn(c -> c.defaultSql = ref.equals(c.defaultSql) ? now : c.defaultSql);
    }
  }

  private void forEachColumn(java.util.function.Consumer<Spec.ColumnSpec> action) {
    spec.tables.forEach(t -> t.columns.forEach(action));
  }

  /** Moves everything in schema app to a new schema name, as a schema rename would. */
  private void renameSchema() {
    boolean used =
        spec.tables.stream().anyMatch(t -> t.schema.equals("app"))
            || spec.enums.stream().anyMatch(e -> e.schema.equals("app"))
            || spec.extensions.stream().anyMatch(e -> e.schema.equals("app"));
    if (!used) {
      return;
    }
    String to = "app" + gen.random.nextInt(1000);
    spec.tables.forEach(t -> t.schema = t.schema.equals("app") ? to : t.schema);
    spec.tables.forEach(
        t ->
            t.foreignKeys.forEach(
                f -> f.targetSchema = f.targetSchema.equals("app") ? to : f.targetSchema));
    spec.enums.forEach(e -> e.schema = e.schema.equals("app") ? to : e.schema);
    spec.extensions.forEach(e -> e.schema = e.schema.equals("app") ? to : e.schema);
    forEachColumn(
        c ->
            c.type =
                c.type.startsWith("enum:app.")
                    ? "enum:" + to + c.type.substring("enum:app".length())
                    : c.type);
    forEachColumn(
        c ->
            c.defaultSql =
                c.defaultSql != null && c.defaultSql.startsWith("nextval('app.")
                    ? c.defaultSql.replace("nextval('app.", "nextval('" + to + ".")
                    : c.defaultSql);
    spec.sequences.forEach(q -> q.schema = q.schema.equals("app") ? to : q.schema);
    spec.views.forEach(v -> v.schema = v.schema.equals("app") ? to : v.schema);
    spec.views.forEach(v -> v.tableSchema = v.tableSchema.equals("app") ? to : v.tableSchema);
    renamedSchema = to;
    log.add("rename schema app to " + to);
  }

  private String renamedSchema;

  /**
   * The new name of schema app if an edit renamed it and nothing was put in a new app since; else
   * null (the moves are then answered object by object).
   */
  String renamedSchema() {
    boolean appStillUsed =
        spec.tables.stream().anyMatch(t -> t.schema.equals("app"))
            || spec.enums.stream().anyMatch(e -> e.schema.equals("app"))
            || spec.extensions.stream().anyMatch(e -> e.schema.equals("app"))
            || spec.sequences.stream().anyMatch(q -> q.schema.equals("app"))
            || spec.views.stream().anyMatch(v -> v.schema.equals("app"));
    return appStillUsed ? null : renamedSchema;
  }

  /**
   * Adds, drops, moves or re-pins an extension. A pin only moves up (1.5 to 1.6 or unpinned), or
   * between unpinned and the default 1.6: a database keeps the version it has when the pin goes,
   * and PostgreSQL has no way down.
   */
  private void extensions() {
    if (spec.extensions.isEmpty() || gen.chance(0.3)) {
      Spec.ExtensionSpec x = gen.extension(spec);
      if (x != null) {
        spec.extensions.add(x);
        log.add("add extension " + x.name);
      }
      return;
    }
    Spec.ExtensionSpec x = gen.pick(spec.extensions);
    switch (gen.random.nextInt(3)) {
      case 0 -> {
        spec.extensions.remove(x);
        log.add("drop extension " + x.name);
      }
      case 1 -> {
        x.schema = x.schema.equals("public") ? "app" : "public";
        log.add("move extension " + x.name + " to " + x.schema);
      }
      default -> {
        if (x.name.equals("pg_trgm")) {
          x.version = "1.5".equals(x.version) || x.version == null ? "1.6" : null;
          log.add("pin extension " + x.name + " to " + x.version);
        }
      }
    }
  }

  /**
   * Adds a grant to a table, partitioned table, partition, view, sequence, function or the public
   * schema, drops one, or changes one's privileges or grant option; or revokes a function's EXECUTE
   * from PUBLIC, or gives it back.
   */
  private void grants() {
    if (!spec.functions.isEmpty() && gen.chance(0.15)) {
      Spec.FunctionSpec f = gen.pick(spec.functions);
      f.revokeExecuteFromPublic = !f.revokeExecuteFromPublic;
      log.add("execute revoked from public " + f.revokeExecuteFromPublic + " on " + f.name);
      return;
    }
    List<Object[]> objects = new ArrayList<>();
    spec.tables.forEach(t -> objects.add(new Object[] {"table", t.grants, t.name}));
    spec.partitioned.forEach(
        p -> {
          objects.add(new Object[] {"table", p.grants, p.name});
          p.parts.forEach(x -> objects.add(new Object[] {"table", x.grants, x.name}));
        });
    spec.views.forEach(v -> objects.add(new Object[] {"view", v.grants, v.name}));
    spec.sequences.forEach(q -> objects.add(new Object[] {"sequence", q.grants, q.name}));
    spec.functions.forEach(f -> objects.add(new Object[] {"function", f.grants, f.name}));
    objects.add(new Object[] {"schema", spec.publicSchemaGrants, "public"});
    Object[] object = gen.pick(objects);
    String kind = (String) object[0];
    @SuppressWarnings("unchecked")
    List<Spec.GrantSpec> grants = (List<Spec.GrantSpec>) object[1];
    int choice = grants.isEmpty() ? 0 : gen.random.nextInt(4);
    if (choice == 0) {
      grants.add(gen.grant(kind));
      log.add("add grant on " + kind + " " + object[2]);
    } else if (choice == 1) {
      grants.remove(gen.pick(grants));
      log.add("drop grant on " + kind + " " + object[2]);
    } else if (choice == 2) {
      Spec.GrantSpec g = gen.pick(grants);
      Spec.GrantSpec other = gen.grant(kind);
      g.privileges = other.privileges;
      log.add("change grant to " + g.grantee + " on " + kind + " " + object[2]);
    } else {
      Spec.GrantSpec g = gen.pick(grants);
      g.grantable = !g.grantable && !g.grantee.equals("public");
      log.add("grant option " + g.grantable + " to " + g.grantee + " on " + object[2]);
    }
  }

  /**
   * Turns row-level security up or down, or adds, drops or changes a policy (its roles and
   * expressions change in place; its command or kind only by dropping it and creating it again).
   */
  private void rowSecurity() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    switch (gen.random.nextInt(5)) {
      case 0 -> {
        t.rowSecurity = gen.random.nextInt(3);
        log.add("row level security " + t.rowSecurity + " on " + t.name);
      }
      case 1 -> {
        gen.addPolicy(t);
        log.add("add policy on " + t.name);
      }
      case 2 -> {
        if (!t.policies.isEmpty()) {
          t.policies.remove(gen.pick(t.policies));
          log.add("drop policy on " + t.name);
        }
      }
      case 3 -> {
        if (!t.policies.isEmpty()) {
          Spec.PolicySpec p = gen.pick(t.policies);
          p.roles.clear();
          if (gen.chance(0.6)) {
            p.roles.add(gen.pick(SpecGenerator.ROLES));
          }
          gen.policyExpressions(t, p);
          log.add("change policy " + p.name + " on " + t.name);
        }
      }
      default -> {
        if (!t.policies.isEmpty()) {
          Spec.PolicySpec p = gen.pick(t.policies);
          p.command = gen.pick(List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"));
          p.restrictive = !p.restrictive;
          gen.policyExpressions(t, p);
          log.add("change policy kind " + p.name + " on " + t.name);
        }
      }
    }
  }

  /**
   * Changes a storage parameter, or the persistence of a table that no foreign key joins to another
   * (PostgreSQL refuses a logged table referencing an unlogged one).
   */
  private void storage() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    switch (gen.random.nextInt(4)) {
      case 3 -> {
        t.exclusion = t.primaryKey.isEmpty() ? 0 : (t.exclusion + 1) % 3;
        log.add("exclusion on " + t.name + ": " + t.exclusion);
      }
      case 0 -> {
        boolean joined = !t.foreignKeys.isEmpty() || targeted(t);
        if (!joined) {
          t.unlogged = !t.unlogged;
          log.add("set " + t.name + (t.unlogged ? " unlogged" : " logged"));
        }
      }
      case 1 -> {
        t.fillfactor = t.fillfactor == null ? 70 + gen.random.nextInt(30) : null;
        log.add("fillfactor of " + t.name + " " + t.fillfactor);
      }
      default -> {
        t.autovacuumOff = !t.autovacuumOff;
        log.add("autovacuum of " + t.name + (t.autovacuumOff ? " off" : " on"));
      }
    }
  }

  /**
   * Adds, drops, renames or changes a trigger (its whole definition, or only its enabled state), or
   * changes a trigger function's body (replaced in place) or drops one with its triggers.
   */
  private void triggers() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    switch (gen.random.nextInt(6)) {
      case 0 -> {
        gen.addTrigger(spec, t);
        log.add("add trigger on " + t.name);
      }
      case 1 -> {
        if (!t.triggers.isEmpty()) {
          Spec.TriggerSpec g = gen.pick(t.triggers);
          t.triggers.remove(g);
          log.add("drop trigger " + g.name + " on " + t.name);
        }
      }
      case 2 -> {
        if (!t.triggers.isEmpty()) {
          Spec.TriggerSpec g = gen.pick(t.triggers);
          gen.triggerDefinition(t, g);
          log.add("change trigger " + g.name + " on " + t.name);
        }
      }
      case 3 -> {
        if (!t.triggers.isEmpty()) {
          Spec.TriggerSpec g = gen.pick(t.triggers);
          String old = g.name;
          g.name = gen.name("tg");
          if (gen.chance(0.3)) {
            g.state = g.state.equals("enabled") ? "disabled" : "enabled";
          }
          log.add("rename trigger " + old + " on " + t.name + " to " + g.name);
        }
      }
      case 4 -> {
        if (!t.triggers.isEmpty()) {
          Spec.TriggerSpec g = gen.pick(t.triggers);
          g.state = gen.pick(List.of("enabled", "disabled", "replica", "always"));
          log.add("trigger " + g.name + " on " + t.name + " " + g.state);
        }
      }
      default -> {
        if (!spec.triggerFunctions.isEmpty()) {
          Spec.TriggerFunctionSpec f = gen.pick(spec.triggerFunctions);
          if (gen.chance(0.5)) {
            f.version++;
            log.add("change trigger function " + f.name);
          } else {
            spec.triggerFunctions.remove(f);
            spec.tables.forEach(x -> x.triggers.removeIf(g -> g.function.equals(f.name)));
            spec.partitioned.forEach(
                x ->
                    PartitionSpecs.triggerLists(x)
                        .forEach(list -> list.removeIf(g -> g.function.equals(f.name))));
            log.add("drop trigger function " + f.name + " and its triggers");
          }
        }
      }
    }
  }

  /**
   * Adds or drops a function, or changes one: its body, volatility or strictness (replaced in
   * place), its return type or an argument's name (dropped and created again), its argument list
   * (another overload).
   */
  private void functions() {
    if (spec.functions.isEmpty() || gen.chance(0.3)) {
      Spec.FunctionSpec f = gen.function(spec);
      spec.functions.add(f);
      log.add("add function " + f.signature());
      return;
    }
    Spec.FunctionSpec f = gen.pick(spec.functions);
    switch (gen.random.nextInt(6)) {
      case 0 -> {
        spec.functions.remove(f);
        log.add("drop function " + f.signature());
      }
      case 1 -> {
        f.result = gen.random.nextInt(100);
        f.multiline = !f.multiline;
        log.add("change body of " + f.signature());
      }
      case 2 -> {
        if (!f.procedure) {
          f.volatility = gen.pick(List.of("volatile", "stable", "immutable"));
          f.strict = !f.strict;
          log.add("volatility " + f.volatility + ", strict " + f.strict + " of " + f.signature());
        }
      }
      case 3 -> {
        if (!f.procedure) {
          f.returns = gen.pick(SpecGenerator.FUNCTION_TYPES);
          log.add("return " + f.returns + " from " + f.signature());
        }
      }
      case 4 -> {
        if (!f.argumentNames.isEmpty()) {
          f.argumentNames.set(0, gen.name("b"));
          log.add("rename first argument of " + f.signature());
        }
      }
      default -> {
        String old = f.signature();
        f.argumentTypes.add(gen.pick(SpecGenerator.FUNCTION_TYPES));
        f.argumentNames.add("z" + f.argumentTypes.size());
        if (spec.functions.stream().filter(o -> o.signature().equals(f.signature())).count() > 1) {
          f.argumentTypes.remove(f.argumentTypes.size() - 1);
          f.argumentNames.remove(f.argumentNames.size() - 1);
        } else {
          f.securityDefiner = !f.securityDefiner;
          log.add("add an argument to " + old);
        }
      }
    }
  }

  /**
   * Adds, alters or drops a domain or composite type. A domain's NOT NULL, and a field's type, only
   * change while no column uses the type (with rows, PostgreSQL refuses or the scan fails on NULL);
   * only types nothing uses are dropped.
   */
  private void userTypes() {
    boolean none = spec.domains.isEmpty() && spec.composites.isEmpty();
    if ((none || gen.chance(0.25)) && spec.domains.size() < 3 && (!none || gen.chance(0.6))) {
      Spec.DomainSpec d = gen.domain();
      spec.domains.add(d);
      log.add("add domain " + d.name);
      return;
    }
    if ((none || gen.chance(0.2)) && spec.composites.size() < 3) {
      Spec.CompositeSpec c = gen.composite(spec);
      spec.composites.add(c);
      log.add("add composite " + c.name);
      return;
    }
    if (!spec.domains.isEmpty() && gen.chance(0.5)) {
      Spec.DomainSpec d = gen.pick(spec.domains);
      String type = "domain:public." + d.name;
      boolean used =
          spec.tables.stream().flatMap(t -> t.columns.stream()).anyMatch(c -> c.type.equals(type))
              || spec.composites.stream().anyMatch(c -> c.fieldTypes.contains(type));
      switch (gen.random.nextInt(4)) {
        case 0 -> {
          if (!used) {
            spec.domains.remove(d);
            log.add("drop domain " + d.name);
          }
        }
        case 1 -> {
          if (d.checks.isEmpty()) {
            // PostgreSQL cannot check the values a composite column holds ("cannot alter type
            // ... because column ... uses it"), so the diff refuses such a check.
            if (!storedInCompositeColumn(spec, type)) {
              d.checks.add(d.name + "_check");
              log.add("toggle check of domain " + d.name);
            }
          } else {
            d.checks.clear();
            log.add("toggle check of domain " + d.name);
          }
        }
        case 2 -> {
          if (!d.notNull) {
            d.defaultSql =
                d.defaultSql == null ? gen.pick(SpecGenerator.DEFAULTS.get(d.base)) : null;
            log.add("change default of domain " + d.name);
          }
        }
        default -> {
          if (!used) {
            d.notNull = !d.notNull;
            if (d.notNull && d.defaultSql == null) {
              d.defaultSql = gen.pick(SpecGenerator.DEFAULTS.get(d.base));
            }
            log.add("toggle not null of domain " + d.name);
          }
        }
      }
      return;
    }
    if (spec.composites.isEmpty()) {
      return;
    }
    Spec.CompositeSpec c = gen.pick(spec.composites);
    String type = "composite:public." + c.name;
    boolean used =
        spec.tables.stream()
            .flatMap(t -> t.columns.stream())
            .anyMatch(col -> col.type.equals(type));
    switch (gen.random.nextInt(4)) {
      case 0 -> {
        if (!used) {
          spec.composites.remove(c);
          log.add("drop composite " + c.name);
        }
      }
      case 1 -> {
        c.fieldNames.add(gen.name("f"));
        c.fieldTypes.add(gen.fieldType(spec));
        log.add("add field to " + c.name);
      }
      case 2 -> {
        if (c.fieldNames.size() > 1) {
          int i = gen.random.nextInt(c.fieldNames.size());
          log.add("drop field " + c.name + "." + c.fieldNames.remove(i));
          c.fieldTypes.remove(i);
        }
      }
      default -> {
        if (!used) {
          int i = gen.random.nextInt(c.fieldNames.size());
          c.fieldTypes.set(i, gen.fieldType(spec));
          log.add("retype field " + c.name + "." + c.fieldNames.get(i));
        }
      }
    }
  }

  private void renameIndex() {
    Spec.TableSpec t = anyTable();
    if (t == null || t.indexes.isEmpty()) {
      return;
    }
    Spec.IndexSpec i = gen.pick(t.indexes);
    i.name = gen.name("ix");
    log.add("rename index on " + t.name + " to " + i.name);
  }

  private void views() {
    if (spec.views.isEmpty() || gen.chance(0.3)) {
      gen.view(spec);
      log.add("add view");
      return;
    }
    Spec.ViewSpec v = gen.pick(spec.views);
    switch (gen.random.nextInt(4)) {
      case 0 -> spec.views.remove(v);
      case 1 -> v.materialized = !v.materialized;
      case 2 -> {
        v.securityBarrier = gen.chance(0.5);
        v.checkOption = gen.pick(java.util.Arrays.asList(null, "local", "cascaded"));
        v.fillfactor = gen.chance(0.5) ? 60 + gen.random.nextInt(40) : null;
        if (v.materialized && gen.chance(0.5)) {
          Integer position = gen.random.nextInt(v.columns.size());
          if (!v.indexPositions.remove(position)) {
            v.indexPositions.add(position);
          }
        }
      }
      default -> {
        if (v.columns.size() > 1) {
          v.columns.remove(v.columns.size() - 1);
        } else {
          v.columns.add(0, v.columns.get(0));
          v.columns.remove(0);
        }
      }
    }
    log.add("view " + v.name);
  }

  private void comments() {
    Spec.TableSpec t = anyTable();
    if (t == null) {
      return;
    }
    if (gen.chance(0.5)) {
      t.comment = t.comment == null ? "about " + t.name : null;
    } else {
      Spec.ColumnSpec c = gen.pick(t.columns);
      c.comment = c.comment == null ? "about " + c.name : null;
    }
    log.add("comment on " + t.name);
  }

  /** Whether a composite type with a field of {@code type} is the type of a table's column. */
  private static boolean storedInCompositeColumn(Spec spec, String type) {
    return spec.composites.stream()
        .filter(c -> c.fieldTypes.contains(type))
        .anyMatch(
            c ->
                spec.tables.stream()
                    .flatMap(t -> t.columns.stream())
                    .anyMatch(col -> col.type.equals("composite:public." + c.name)));
  }
}
