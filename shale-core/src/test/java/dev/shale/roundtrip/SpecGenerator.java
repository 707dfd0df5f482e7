package dev.shale.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random valid schemas, and the pools of types and defaults the edits share. */
final class SpecGenerator {
  static final List<String> TYPES =
      List.of(
          "integer",
          "bigint",
          "smallint",
          "text",
          "varchar50",
          "varchar200",
          "bool",
          "numeric",
          "timestamptz",
          "date",
          "uuid",
          "jsonb",
          "text[]",
          "integer[]");

  static final Map<String, List<String>> DEFAULTS =
      Map.ofEntries(
          Map.entry("integer", List.of("0", "42")),
          Map.entry("bigint", List.of("0", "7")),
          Map.entry("smallint", List.of("1")),
          Map.entry("text", List.of("'x'", "'it''s'")),
          Map.entry("varchar50", List.of("'a'")),
          Map.entry("varchar200", List.of("'b'")),
          Map.entry("bool", List.of("true", "false")),
          Map.entry("numeric", List.of("1.50", "0")),
          Map.entry("timestamptz", List.of("now()")),
          Map.entry("date", List.of("CURRENT_DATE")),
          Map.entry("uuid", List.of("gen_random_uuid()")),
          Map.entry("jsonb", List.of("'{}'::jsonb")),
          Map.entry("text[]", List.of("'{}'::text[]")),
          Map.entry("integer[]", List.of("'{1,2}'::integer[]")));

  final Random random;

  /** The PostgreSQL the schemas are for: nothing newer than it has (NULLS NOT DISTINCT is 15). */
  final int pgVersion;

  private int nextId = 1;
  private int nextName = 0;

  /**
   * Whether new checks and foreign keys may be NOT VALID: only in the first schema. In the second,
   * a NOT VALID constraint that the first held validated would rightly stay validated (no
   * statement), leaving the catalogs of the two paths apart in validity alone.
   */
  boolean notValidAllowed = true;

  /** The column types that take a collation. */
  static final List<String> COLLATABLE = List.of("text", "varchar50", "varchar200", "text[]");

  SpecGenerator(Random random, int pgVersion) {
    this.random = random;
    this.pgVersion = pgVersion;
  }

  int id() {
    return nextId++;
  }

  String name(String prefix) {
    return prefix + (nextName++);
  }

  /**
   * Names of pg_catalog's types and of the grammar's type keywords: a type of public so named must
   * be written {@code public.line}, or its columns get the built-in type.
   */
  static final List<String> BUILT_IN_TYPE_NAMES =
      List.of("line", "point", "box", "money", "name", "path", "integer", "circle", "inet");

  private final java.util.Set<String> builtInNamesUsed = new java.util.HashSet<>();

  /** A type's name: now and then one of {@link #BUILT_IN_TYPE_NAMES}, each at most once. */
  String typeName(String prefix) {
    if (chance(0.1)) {
      String builtIn = pick(BUILT_IN_TYPE_NAMES);
      if (builtInNamesUsed.add(builtIn)) {
        return builtIn;
      }
    }
    return name(prefix);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * Extensions every supported server ships; pg_trgm has an older version to pin (1.5, updated to
   * the default 1.6 on 14 to 18).
   */
  static final List<String> EXTENSIONS = List.of("pg_trgm", "citext", "btree_gist");

  /** An extension the spec lacks, or null when it has them all. */
  Spec.ExtensionSpec extension(Spec spec) {
    List<String> missing =
        EXTENSIONS.stream()
            .filter(n -> spec.extensions.stream().noneMatch(x -> x.name.equals(n)))
            .toList();
    if (missing.isEmpty()) {
      return null;
    }
    Spec.ExtensionSpec x = new Spec.ExtensionSpec();
    x.name = pick(missing);
    x.schema = schemaName();
    if (x.name.equals("pg_trgm") && chance(0.5)) {
      x.version = chance(0.5) ? "1.5" : "1.6";
    }
    return x;
  }

  static final List<String> FUNCTION_TYPES = List.of("integer", "bigint", "text");

  /** A new function: sometimes an overload of one the spec has, sometimes a procedure. */
  Spec.FunctionSpec function(Spec spec) {
    Spec.FunctionSpec f = new Spec.FunctionSpec();
    List<Spec.FunctionSpec> overloadable =
        spec.functions.stream().filter(o -> !o.procedure).toList();
    f.procedure = chance(0.15);
    f.name =
        !f.procedure && !overloadable.isEmpty() && chance(0.3)
            ? pick(overloadable).name
            : name("fn");
    f.language = f.procedure || chance(0.5) ? "plpgsql" : "sql";
    do {
      f.argumentTypes.clear();
      int arguments = random.nextInt(3);
      for (int i = 0; i < arguments; i++) {
        f.argumentTypes.add(pick(FUNCTION_TYPES));
      }
    } while (spec.functions.stream().anyMatch(o -> o.signature().equals(f.signature())));
    for (int i = 0; i < f.argumentTypes.size(); i++) {
      f.argumentNames.add(chance(0.2) ? "" : "a" + i);
    }
    f.returns = pick(FUNCTION_TYPES);
    f.volatility = pick(List.of("volatile", "stable", "immutable"));
    if (f.procedure) {
      f.volatility = "volatile";
    }
    f.strict = !f.procedure && chance(0.3);
    f.securityDefiner = chance(0.2);
    f.result = random.nextInt(100);
    f.multiline = chance(0.5);
    f.grants.addAll(grants("function"));
    f.revokeExecuteFromPublic = chance(0.2);
    return f;
  }

  Spec schema() {
    Spec spec = new Spec();
    int functions = random.nextInt(3);
    for (int i = 0; i < functions; i++) {
      spec.functions.add(function(spec));
    }
    if (chance(0.3)) {
      spec.extensions.add(extension(spec));
    }
    int enums = random.nextInt(3);
    for (int i = 0; i < enums; i++) {
      spec.enums.add(enumType());
    }
    if (chance(0.3)) {
      spec.domains.add(domain());
    }
    if (chance(0.2)) {
      spec.composites.add(composite(spec));
    }
    if (chance(0.3)) {
      spec.sequences.add(sequence());
    }
    int tables = 1 + random.nextInt(4);
    for (int i = 0; i < tables; i++) {
      spec.tables.add(table(spec));
    }
    for (Spec.SequenceSpec s : spec.sequences) {
      if (chance(0.5)) {
        own(spec, s);
      }
    }
    if (chance(0.4)) {
      // A sequence made for a table's column, as an application's counter is.
      Spec.SequenceSpec s = sequence();
      s.schema = pick(spec.tables).schema;
      spec.sequences.add(s);
      own(spec, s);
    }
    if (chance(0.3)) {
      Spec.PartitionedSpec p = PartitionSpecs.partitioned(this, spec);
      p.grants.addAll(grants("table"));
      p.parts.forEach(part -> part.grants.addAll(grants("table")));
      spec.partitioned.add(p);
    }
    if (chance(0.4)) {
      view(spec);
    }
    spec.publicSchemaGrants.addAll(grants("schema"));
    return spec;
  }

  String schemaName() {
    return chance(0.25) ? "app" : "public";
  }

  Spec.EnumSpec enumType() {
    Spec.EnumSpec e = new Spec.EnumSpec();
    e.id = id();
    e.schema = schemaName();
    e.name = typeName("mood");
    int values = 2 + random.nextInt(3);
    for (int i = 0; i < values; i++) {
      e.values.add(name("v"));
    }
    return e;
  }

  /** Base types of domains: ones whose values the row filler writes and the checks accept. */
  static final List<String> DOMAIN_BASES = List.of("integer", "text", "numeric");

  Spec.DomainSpec domain() {
    Spec.DomainSpec d = new Spec.DomainSpec();
    d.name = typeName("dom");
    d.base = pick(DOMAIN_BASES);
    if (chance(0.5)) {
      d.checks.add(d.name + "_check");
    }
    if (chance(0.4)) {
      d.defaultSql = pick(DEFAULTS.get(d.base));
    }
    // NOT NULL only with a default: a column of it added to a table with rows takes the default
    d.notNull = d.defaultSql != null && chance(0.5);
    return d;
  }

  /** A composite of simple types and the spec's domains, at least one field. */
  Spec.CompositeSpec composite(Spec spec) {
    Spec.CompositeSpec c = new Spec.CompositeSpec();
    c.name = typeName("ct");
    int fields = 1 + random.nextInt(3);
    for (int i = 0; i < fields; i++) {
      c.fieldNames.add(name("f"));
      c.fieldTypes.add(fieldType(spec));
    }
    return c;
  }

  String fieldType(Spec spec) {
    if (!spec.domains.isEmpty() && chance(0.3)) {
      return "domain:public." + pick(spec.domains).name;
    }
    return pick(List.of("integer", "text", "varchar50", "bool", "date"));
  }

  static Spec.DomainSpec domainOf(Spec spec, String type) {
    String name = type.substring("domain:public.".length());
    return spec.domains.stream().filter(d -> d.name.equals(name)).findFirst().orElseThrow();
  }

  static boolean isUserType(String type) {
    return type.startsWith("domain:") || type.startsWith("composite:");
  }

  Spec.SequenceSpec sequence() {
    Spec.SequenceSpec s = new Spec.SequenceSpec();
    s.id = id();
    s.schema = schemaName();
    s.name = name("seq");
    s.type = pick(List.of("integer", "bigint"));
    s.start = chance(0.5) ? 100L + random.nextInt(100) : null;
    s.increment = chance(0.3) ? 2L : null;
    s.cycle = chance(0.2);
    s.grants.addAll(grants("sequence"));
    return s;
  }

  /**
   * Gives {@code s} an owner: a column of a table in its schema (PostgreSQL requires that), any
   * column, also a key, identity or generated one; nothing when no table is there.
   */
  void own(Spec spec, Spec.SequenceSpec s) {
    List<Spec.TableSpec> here =
        spec.tables.stream().filter(t -> t.schema.equals(s.schema)).toList();
    if (here.isEmpty()) {
      return;
    }
    Spec.TableSpec t = pick(here);
    Spec.ColumnSpec c = pick(t.columns);
    s.ownerTable = t.id;
    s.ownerColumn = c.id;
    boolean plain = c.identity == null && c.generatedFrom == null && c.defaultSql == null;
    if (plain && c.type.equals("bigint") && chance(0.5)) {
      c.defaultSql =
          "nextval('"
              + (s.schema.equals("public") ? s.name : s.schema + "." + s.name)
              + "'::regclass)";
    }
  }

  Spec.TableSpec table(Spec spec) {
    Spec.TableSpec t = new Spec.TableSpec();
    t.id = id();
    t.schema = schemaName();
    t.name = name("t");
    Spec.ColumnSpec id = new Spec.ColumnSpec();
    id.id = id();
    id.name = "id";
    id.type = pick(List.of("integer", "bigint", "uuid", "serial", "bigserial"));
    id.notNull = true;
    if (id.type.endsWith("serial")) {
      // serial brings its own sequence and default
    } else if (!id.type.equals("uuid") && chance(0.5)) {
      id.identity = chance(0.5) ? "always" : "default";
      id.identityStart = chance(0.3) ? 1000L : null;
    } else if (id.type.equals("uuid") && chance(0.5)) {
      id.defaultSql = "gen_random_uuid()";
    }
    t.columns.add(id);
    int columns = 1 + random.nextInt(5);
    for (int i = 0; i < columns; i++) {
      t.columns.add(column(spec, t));
    }
    if (chance(0.85)) {
      t.primaryKey.add("id");
    }
    if (chance(0.3)) {
      addUnique(t);
    }
    if (chance(0.3)) {
      addCheck(t);
    }
    int indexes = random.nextInt(3);
    for (int i = 0; i < indexes; i++) {
      addIndex(t);
    }
    if (chance(0.4)) {
      addForeignKey(spec, t);
    }
    if (chance(0.2)) {
      t.comment = "table " + t.name + (chance(0.3) ? " it's" : "");
    }
    if (chance(0.2)) {
      t.rowSecurity = 1 + random.nextInt(2);
      addPolicy(t);
    }
    if (!t.primaryKey.isEmpty() && chance(0.1)) {
      t.exclusion = 1 + random.nextInt(2);
    }
    if (spec != null && chance(0.25)) {
      addTrigger(spec, t);
    }
    t.grants.addAll(grants("table"));
    return t;
  }

  /** Adds a random trigger to {@code t}, calling a trigger function of the spec (made if none). */
  void addTrigger(Spec spec, Spec.TableSpec t) {
    if (spec.triggerFunctions.isEmpty() || chance(0.2)) {
      Spec.TriggerFunctionSpec f = new Spec.TriggerFunctionSpec();
      f.name = name("trg");
      spec.triggerFunctions.add(f);
    }
    Spec.TriggerSpec g = new Spec.TriggerSpec();
    g.name = name("tg");
    g.function = pick(spec.triggerFunctions).name;
    triggerDefinition(t, g);
    t.triggers.add(g);
  }

  /** A new definition for {@code g}: events, level, columns, condition, arguments and state. */
  void triggerDefinition(Spec.TableSpec t, Spec.TriggerSpec g) {
    g.events.clear();
    g.updateColumns.clear();
    g.arguments.clear();
    g.whenColumn = null;
    g.transition = null;
    g.constraint = chance(0.15);
    g.deferrable = g.constraint && chance(0.5);
    g.initiallyDeferred = g.deferrable && chance(0.5);
    g.before = !g.constraint && chance(0.4);
    g.row = g.constraint || chance(0.6);
    List<String> events = new ArrayList<>(List.of("INSERT", "UPDATE", "DELETE"));
    if (!g.row) {
      events.add("TRUNCATE");
    }
    java.util.Collections.shuffle(events, random);
    int count = 1 + random.nextInt(events.size());
    g.events.addAll(events.subList(0, count));
    List<String> plain =
        t.columns.stream().filter(c -> !c.name.equals("id")).map(c -> c.name).toList();
    if (g.events.contains("UPDATE") && !plain.isEmpty() && chance(0.4)) {
      g.updateColumns.add(pick(plain));
      String second = pick(plain);
      if (!g.updateColumns.contains(second) && chance(0.4)) {
        g.updateColumns.add(second);
      }
    }
    if (!g.before && g.row && !plain.isEmpty() && !g.events.contains("DELETE") && chance(0.4)) {
      g.whenColumn = pick(plain);
    }
    if (!g.before
        && !g.constraint
        && g.events.size() == 1
        && !g.events.contains("TRUNCATE")
        && g.updateColumns.isEmpty()
        && chance(0.3)) {
      g.transition = name("tt");
    }
    int arguments = random.nextInt(3);
    for (int i = 0; i < arguments; i++) {
      g.arguments.add(pick(List.of("a", "it's", "x y", "")));
    }
    g.state = chance(0.7) ? "enabled" : pick(List.of("disabled", "replica", "always"));
  }

  /**
   * Who grants go to: two roles the schema declares (created when missing, with fixed attributes,
   * so that tries sharing the cluster agree on them), a built-in role, and PUBLIC.
   */
  static final List<String> GRANTEES =
      List.of("shale_rt_reader", "shale_rt_writer", "pg_monitor", "public");

  /** The privileges of each kind of object. */
  static final java.util.Map<String, List<String>> PRIVILEGES =
      java.util.Map.of(
          "table",
          List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
          "view",
          List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
          "sequence",
          List.of("SELECT", "UPDATE", "USAGE"),
          "schema",
          List.of("USAGE", "CREATE"),
          "function",
          List.of("EXECUTE"));

  /** Up to two grants on an object of {@code kind}, now and then. */
  List<Spec.GrantSpec> grants(String kind) {
    List<Spec.GrantSpec> grants = new java.util.ArrayList<>();
    if (chance(0.3)) {
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        grants.add(grant(kind));
      }
    }
    return grants;
  }

  /**
   * A grant on an object of {@code kind}: PUBLIC neither on functions nor on the public schema (its
   * defaults there are not grants Shale keeps), never with the grant option (refused).
   */
  Spec.GrantSpec grant(String kind) {
    Spec.GrantSpec g = new Spec.GrantSpec();
    boolean publicAllowed = kind.equals("table") || kind.equals("view") || kind.equals("sequence");
    do {
      g.grantee = pick(GRANTEES);
    } while (!publicAllowed && g.grantee.equals("public"));
    List<String> all = PRIVILEGES.get(kind);
    if (all.size() > 1 && chance(0.2)) {
      g.privileges.add("ALL");
    } else {
      for (String p : all) {
        if (chance(0.4)) {
          g.privileges.add(p);
        }
      }
      if (g.privileges.isEmpty()) {
        g.privileges.add(pick(all));
      }
    }
    g.grantable = !g.grantee.equals("public") && chance(0.2);
    return g;
  }

  /** Roles every supported server has, for policies. */
  static final List<String> ROLES = List.of("pg_monitor", "pg_read_all_data");

  /** A policy on one of the table's columns, with what its command allows of USING and CHECK. */
  void addPolicy(Spec.TableSpec t) {
    Spec.PolicySpec p = new Spec.PolicySpec();
    p.name = name("pol");
    p.restrictive = chance(0.3);
    p.command = pick(List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"));
    if (chance(0.5)) {
      p.roles.add(pick(ROLES));
      if (chance(0.3)) {
        p.roles.add(ROLES.stream().filter(r -> !p.roles.contains(r)).findFirst().orElseThrow());
      }
    }
    policyExpressions(t, p);
    t.policies.add(p);
  }

  /** Chooses the columns the policy's expressions read, as its command allows them. */
  void policyExpressions(Spec.TableSpec t, Spec.PolicySpec p) {
    List<Spec.ColumnSpec> readable =
        t.columns.stream().filter(c -> !c.type.equals("jsonb")).toList();
    boolean using = !p.command.equals("INSERT");
    boolean check = !p.command.equals("SELECT") && !p.command.equals("DELETE");
    p.usingColumn = using && chance(0.8) ? pick(readable).name : null;
    p.checkColumn = check && chance(0.6) ? pick(readable).name : null;
  }

  Spec.ColumnSpec column(Spec spec, Spec.TableSpec t) {
    Spec.ColumnSpec c = new Spec.ColumnSpec();
    c.id = id();
    c.name = name("c");
    List<String> integers =
        t.columns.stream()
            .filter(o -> o.type.equals("integer") && o.generatedFrom == null && o.identity == null)
            .map(o -> o.name)
            .toList();
    if (!integers.isEmpty() && chance(0.1)) {
      c.type = "integer";
      c.generatedFrom = pick(integers);
      c.generatedFactor = 2 + random.nextInt(3);
      return c;
    }
    if (!spec.domains.isEmpty() && chance(0.15)) {
      Spec.DomainSpec d = pick(spec.domains);
      c.type = "domain:public." + d.name;
      c.notNull = d.notNull || chance(0.3);
      if (chance(0.3)) {
        c.defaultSql = pick(DEFAULTS.get(d.base));
      }
      return c;
    }
    if (!spec.composites.isEmpty() && chance(0.1)) {
      c.type = "composite:public." + pick(spec.composites).name;
      return c;
    }
    if (!spec.enums.isEmpty() && chance(0.2)) {
      Spec.EnumSpec e = pick(spec.enums);
      c.type = "enum:" + e.schema + "." + e.name;
    } else {
      c.type = pick(TYPES);
    }
    c.notNull = chance(0.4);
    if (COLLATABLE.contains(c.type) && chance(0.2)) {
      c.collation = pick(List.of("C", "POSIX"));
    }
    if (chance(0.4) || (c.notNull && chance(0.5))) {
      c.defaultSql = defaultFor(spec, c.type);
    }
    if (chance(0.15)) {
      c.comment = "column " + c.name;
    }
    return c;
  }

  String defaultFor(Spec spec, String type) {
    if (type.startsWith("domain:")) {
      return pick(DEFAULTS.get(domainOf(spec, type).base));
    }
    if (type.startsWith("composite:")) {
      return null;
    }
    if (type.equals("bigint") && !spec.sequences.isEmpty() && chance(0.4)) {
      Spec.SequenceSpec s = pick(spec.sequences);
      String name = s.schema.equals("public") ? s.name : s.schema + "." + s.name;
      return "nextval('" + name + "'::regclass)";
    }
    if (type.startsWith("enum:")) {
      Spec.EnumSpec e = enumOf(spec, type);
      return "'" + pick(e.values) + "'";
    }
    return pick(DEFAULTS.get(type));
  }

  static Spec.EnumSpec enumOf(Spec spec, String type) {
    String name = type.substring(5);
    return spec.enums.stream()
        .filter(e -> (e.schema + "." + e.name).equals(name))
        .findFirst()
        .orElseThrow();
  }

  static boolean isTextual(String type) {
    return type.equals("text") || type.startsWith("varchar");
  }

  static boolean isWholeNumber(String type) {
    return type.equals("integer") || type.equals("bigint") || type.equals("smallint");
  }

  void addUnique(Spec.TableSpec t) {
    List<Spec.ColumnSpec> candidates =
        t.columns.stream().filter(c -> !c.type.equals("jsonb")).toList();
    if (candidates.isEmpty()) {
      return;
    }
    Spec.UniqueSpec u = new Spec.UniqueSpec();
    u.columns.add(pick(candidates).name);
    if (candidates.size() > 1 && chance(0.3)) {
      String second = pick(candidates).name;
      if (!u.columns.contains(second)) {
        u.columns.add(second);
      }
    }
    u.nullsNotDistinct = pgVersion >= 15 && chance(0.2);
    if (t.uniques.stream().anyMatch(o -> o.columns.equals(u.columns))
        || (!u.nullsNotDistinct && t.primaryKey.equals(u.columns))) {
      return;
    }
    u.name = chance(0.2) ? name("uq") : null;
    t.uniques.add(u);
  }

  void addCheck(Spec.TableSpec t) {
    List<Spec.ColumnSpec> candidates =
        t.columns.stream()
            .filter(c -> c.generatedFrom == null && (isWholeNumber(c.type) || isTextual(c.type)))
            .toList();
    if (candidates.isEmpty()) {
      return;
    }
    Spec.ColumnSpec c = pick(candidates);
    if (t.checks.stream().anyMatch(o -> o.column.equals(c.name))) {
      return;
    }
    Spec.CheckSpec check = new Spec.CheckSpec();
    check.column = c.name;
    check.kind = isWholeNumber(c.type) ? "ge0" : "length";
    check.bound = isWholeNumber(c.type) ? 0 : 40 + random.nextInt(20);
    check.notValid = notValidAllowed && chance(0.2);
    t.checks.add(check);
  }

  void addIndex(Spec.TableSpec t) {
    List<Spec.ColumnSpec> candidates =
        t.columns.stream().filter(c -> !c.type.equals("jsonb") && !c.type.endsWith("[]")).toList();
    if (candidates.isEmpty()) {
      return;
    }
    Spec.ColumnSpec c = pick(candidates);
    Spec.IndexSpec i = new Spec.IndexSpec();
    i.column = c.name;
    i.lower = isTextual(c.type) && chance(0.3);
    i.descending = chance(0.3);
    i.partial = chance(0.25);
    if (i.partial && t.columns.size() > 1 && chance(0.5)) {
      i.predicateColumn = pick(t.columns).name;
    }
    i.unique = !i.partial && chance(0.15);
    i.name = chance(0.2) ? name("ix") : null;
    t.indexes.add(i);
  }

  void addForeignKey(Spec spec, Spec.TableSpec t) {
    List<Spec.TableSpec> targets =
        spec.tables.stream()
            .filter(o -> o != t && o.primaryKey.equals(List.of("id")))
            .filter(o -> t.unlogged == o.unlogged)
            .toList();
    if (targets.isEmpty()) {
      return;
    }
    Spec.TableSpec target = pick(targets);
    Spec.ColumnSpec ref = new Spec.ColumnSpec();
    ref.id = id();
    ref.name = name("ref");
    String targetType = target.column("id").type;
    ref.type =
        targetType.equals("serial")
            ? "integer"
            : targetType.equals("bigserial") ? "bigint" : targetType;
    ref.notNull = chance(0.3);
    t.columns.add(ref);
    Spec.ForeignKeySpec fk = new Spec.ForeignKeySpec();
    fk.column = ref.name;
    fk.targetSchema = target.schema;
    fk.targetTable = target.name;
    fk.targetColumn = "id";
    fk.onDelete =
        ref.notNull
            ? pick(List.of("NO_ACTION", "CASCADE", "RESTRICT"))
            : pick(List.of("NO_ACTION", "CASCADE", "SET_NULL"));
    fk.notValid = notValidAllowed && chance(0.2);
    t.foreignKeys.add(fk);
  }

  void view(Spec spec) {
    if (spec.tables.isEmpty()) {
      return;
    }
    Spec.TableSpec t = pick(spec.tables);
    Spec.ViewSpec v = new Spec.ViewSpec();
    v.id = id();
    v.schema = schemaName();
    v.name = name("v");
    v.tableSchema = t.schema;
    v.table = t.name;
    List<String> columns = new ArrayList<>(t.columns.stream().map(c -> c.name).toList());
    v.columns.add(columns.get(0));
    if (columns.size() > 1 && chance(0.6)) {
      v.columns.add(columns.get(1 + random.nextInt(columns.size() - 1)));
    }
    v.materialized = chance(0.3);
    if (v.materialized && chance(0.5)) {
      v.indexPositions.add(random.nextInt(v.columns.size()));
    }
    v.grants.addAll(grants("view"));
    spec.views.add(v);
  }
}
