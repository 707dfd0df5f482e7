package dev.shale.codegen;

import static dev.shale.codegen.Code.atom;
import static dev.shale.codegen.Code.call;
import static dev.shale.codegen.Code.chain;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.DefaultLiterals;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.Policy;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.RoutineArgument;
import dev.shale.model.RowSecurity;
import dev.shale.model.Sequence;
import dev.shale.model.SequenceOptions;
import dev.shale.model.Table;
import dev.shale.model.TableStorage;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Model objects as DSL expressions: {@code table("users", column("id", bigint())...)}. */
final class DslWriter {
  /** How the class being written names other schema objects. */
  interface Names {
    /** {@code APP} for schema app, null for public: what {@code .table(...)} is called on. */
    Code schema(String schema);

    /** The expression for a table inside {@code () -> ...}. */
    String table(QualifiedName table);

    /** The expression for an enum. */
    String enumType(QualifiedName enumType);

    /** The model's enum that a routine signature prints as {@code printed}, or null. */
    default QualifiedName enumPrinted(String printed) {
      return null;
    }
  }

  private static final Pattern NUMERIC =
      Pattern.compile("numeric\\((0|[1-9]\\d{0,3})(?:,(0|-?[1-9]\\d{0,3}))?\\)");
  private static final Pattern LENGTH =
      Pattern.compile("(character varying|character)\\(([1-9]\\d{0,7})\\)");
  private static final Pattern TIME =
      Pattern.compile("(time|timestamp)(?:\\((\\d)\\))? (with|without) time zone");
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,18})");
  private static final Set<String> SIMPLE_TYPES =
      Set.of(
          "smallint",
          "integer",
          "bigint",
          "smallserial",
          "serial",
          "bigserial",
          "numeric",
          "real",
          "text",
          "uuid",
          "date",
          "interval",
          "json",
          "jsonb",
          "bytea",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8");

  private final Names names;
  private final Set<Object> explicit;

  DslWriter(Names names, Set<Object> explicit) {
    this.names = names;
    this.explicit = explicit;
  }

  private static Code str(String text) {
    return atom(JavaLiterals.string(text));
  }

  private Code owner(String schema, String method, List<Code> args) {
    return new Code.Call(names.schema(schema), method, args);
  }

  Code extension(Extension x) {
    Code code = owner(x.schema(), "extension", List.of(str(x.name())));
    return x.version() == null ? code : chain(code, "version", str(x.version()));
  }

  /**
   * {@code function("name").argument(...)...body(...)}: types as DSL calls where the DSL has one,
   * the result left out when OUT arguments make it, a body with line breaks as a text block.
   */
  Code routine(Routine r) {
    Code code =
        owner(
            r.name().schema(),
            r.procedure() ? "procedure" : "function",
            List.of(str(r.name().name())));
    List<RoutineArgument> outputs = new ArrayList<>();
    for (RoutineArgument a : r.arguments()) {
      List<Code> args = new ArrayList<>();
      args.add(str(a.name() == null ? "" : a.name()));
      args.add(routineType(a.type()));
      if (a.defaultValue() != null) {
        args.add(str(a.defaultValue()));
      }
      code = chain(code, a.mode().equals("in") ? "argument" : a.mode(), args.toArray(Code[]::new));
      if (a.mode().equals("out") || a.mode().equals("inout")) {
        outputs.add(a);
      }
    }
    String derived =
        outputs.isEmpty() ? null : outputs.size() == 1 ? outputs.get(0).type() : "record";
    if (r.returns() != null && !r.returns().equals(derived)) {
      code = returns(code, r.returns());
    }
    code = chain(code, "language", str(r.language()));
    if (!r.volatility().equals("volatile")) {
      code = chain(code, r.volatility());
    }
    if (r.strict()) {
      code = chain(code, "strict");
    }
    if (r.securityDefiner()) {
      code = chain(code, "securityDefiner");
    }
    if (r.parallel().equals("safe")) {
      code = chain(code, "parallelSafe");
    } else if (r.parallel().equals("restricted")) {
      code = chain(code, "parallelRestricted");
    }
    for (String setting : r.settings()) {
      int eq = setting.indexOf('=');
      code = chain(code, "set", str(setting.substring(0, eq)), str(setting.substring(eq + 1)));
    }
    String body = r.body();
    boolean block = body.indexOf('\n') >= 0 && body.indexOf('\n') < body.length() - 1;
    return chain(code, "body", block ? JavaLiterals.textBlock(body) : str(body));
  }

  private Code returns(Code code, String result) {
    if (result.startsWith("SETOF ") && isPlainType(result.substring(6))) {
      return chain(code, "returnsSetOf", routineType(result.substring(6)));
    }
    if (isPlainType(result) && !PSEUDO_TYPES.contains(result)) {
      return chain(code, "returns", routineType(result));
    }
    return chain(code, "returns", str(result));
  }

  private static final Set<String> PSEUDO_TYPES =
      Set.of("trigger", "event_trigger", "void", "record", "internal", "language_handler");

  private static boolean isPlainType(String printed) {
    return !printed.contains("(") && !printed.startsWith("SETOF ");
  }

  /** A type as a routine signature prints it, as the DSL call that the loader prints so again. */
  private Code routineType(String printed) {
    boolean array = printed.endsWith("[]");
    String base = array ? printed.substring(0, printed.length() - 2) : printed;
    QualifiedName enumName = names.enumPrinted(base);
    if (enumName != null) {
      Code e = atom(names.enumType(enumName));
      return chain(e, array ? "array" : "type");
    }
    return type(new ColumnType(null, base, array ? 1 : 0));
  }

  Code enumType(EnumType e) {
    List<Code> args = new ArrayList<>();
    args.add(str(e.name().name()));
    e.values().forEach(v -> args.add(str(v)));
    return owner(e.name().schema(), "enumType", args);
  }

  /** {@code domain("name", base).collate(..).defaultTo(..).notNull().check(name, expr)...}. */
  Code domain(dev.shale.model.Domain d) {
    Code code =
        owner(d.name().schema(), "domain", List.of(str(d.name().name()), type(d.baseType())));
    if (d.collation() != null) {
      code = chain(code, "collate", str(d.collation()));
    }
    if (d.defaultExpression() != null) {
      code = chain(code, "defaultTo", str(d.defaultExpression()));
    }
    if (d.notNull()) {
      code = chain(code, "notNull");
    }
    for (dev.shale.model.CheckConstraint c : d.checks()) {
      code = chain(code, "check", str(c.name()), str(c.expression()));
    }
    return code;
  }

  /** {@code compositeType("name").field("a", text())...}. */
  Code composite(dev.shale.model.CompositeType c) {
    Code code = owner(c.name().schema(), "compositeType", List.of(str(c.name().name())));
    for (dev.shale.model.CompositeField f : c.fields()) {
      code = chain(code, "field", str(f.name()), type(f.type()));
    }
    return code;
  }

  Code sequence(Sequence s) {
    Code code = owner(s.name().schema(), "sequence", List.of(str(s.name().name())));
    if (!s.dataType().equals("bigint")) {
      code = chain(code, "as", type(ColumnType.builtin(s.dataType())));
    }
    code = options(code, s.options());
    if (s.ownedBy() != null) {
      // The owner's table is in the sequence's schema (PostgreSQL requires it): named plainly,
      // unless a dot in its name would read as a schema.
      String table = s.ownedBy().table().name();
      code =
          chain(
              code,
              "ownedBy",
              str(table.contains(".") ? s.ownedBy().table().toString() : table),
              str(s.ownedBy().column()));
    }
    return code;
  }

  private static Code options(Code code, SequenceOptions o) {
    if (o.start() != null) {
      code = chain(code, "startWith", atom(JavaLiterals.longValue(o.start())));
    }
    if (o.increment() != null) {
      code = chain(code, "incrementBy", atom(JavaLiterals.longValue(o.increment())));
    }
    if (o.minValue() != null) {
      code = chain(code, "minValue", atom(JavaLiterals.longValue(o.minValue())));
    }
    if (o.maxValue() != null) {
      code = chain(code, "maxValue", atom(JavaLiterals.longValue(o.maxValue())));
    }
    if (o.cache() != null) {
      code = chain(code, "cache", atom(JavaLiterals.longValue(o.cache())));
    }
    if (o.cycle()) {
      code = chain(code, "cycle");
    }
    return code;
  }

  Code view(View v) {
    Code code =
        owner(
            v.name().schema(),
            v.materialized() ? "materializedView" : "view",
            List.of(str(v.name().name()), JavaLiterals.text(v.query())));
    for (TableStorage.Parameter option : v.options()) {
      String shorthand = v.materialized() ? null : viewOption(option);
      code =
          shorthand != null
              ? chain(code, shorthand)
              : chain(code, "with", str(option.name()), str(option.value()));
    }
    if (!v.indexes().isEmpty()) {
      List<Code> indexes = new ArrayList<>();
      for (Index i : v.indexes()) {
        String byDefault =
            dev.shale.model.PgNames.makeObjectName(
                v.name().name(),
                dev.shale.model.PgNames.joinColumns(
                    dev.shale.model.PgNames.indexColumnNames(i.elements(), i.include())),
                "idx");
        Code index = index(i);
        indexes.add(i.name().equals(byDefault) ? index : chain(index, "name", str(i.name())));
      }
      code = new Code.Call(code, "indexes", indexes);
    }
    return v.comment() == null ? code : chain(code, "comment", JavaLiterals.text(v.comment()));
  }

  /** The DSL's shorthand for a view option, or null. */
  private static String viewOption(TableStorage.Parameter option) {
    String key = option.name() + "=" + option.value();
    return switch (key) {
      case "security_barrier=true" -> "securityBarrier";
      case "security_invoker=true" -> "securityInvoker";
      case "check_option=cascaded" -> "withCheckOption";
      case "check_option=local" -> "withLocalCheckOption";
      default -> null;
    };
  }

  /** The table's parts (columns, then table-level keys, checks, foreign keys and indexes). */
  List<Code> tableParts(TableParts parts) {
    Table t = parts.table;
    List<Code> out = new ArrayList<>();
    for (Column c : t.isPartition() ? List.<Column>of() : t.columns()) {
      out.add(column(parts, c));
    }
    PrimaryKey pk = t.primaryKey();
    if (pk != null && !parts.primaryKeyOnColumn) {
      Code key = call("primaryKey", pk.columns().stream().map(DslWriter::str).toList());
      out.add(named(key, pk, pk.name()));
    }
    for (UniqueConstraint u : parts.uniques) {
      Code key = call("unique", u.columns().stream().map(DslWriter::str).toList());
      if (u.nullsNotDistinct()) {
        key = chain(key, "nullsNotDistinct");
      }
      out.add(named(key, u, u.name()));
    }
    for (CheckConstraint c : parts.checks) {
      Code check = named(call("check", JavaLiterals.text(c.expression())), c, c.name());
      out.add(c.notValid() ? chain(check, "notValid") : check);
    }
    for (ForeignKey f : parts.foreignKeys) {
      Code key = call("foreignKey", f.columns().stream().map(DslWriter::str).toList());
      Code named = named(references(key, f), f, f.name());
      out.add(f.notValid() ? chain(named, "notValid") : named);
    }
    for (Index i : t.indexes()) {
      out.add(index(i));
    }
    for (dev.shale.model.ExclusionConstraint x : t.exclusions()) {
      out.add(exclusion(x));
    }
    RowSecurity security = t.security();
    if (security.enabled()) {
      Code rls = call("rowLevelSecurity");
      out.add(security.forced() ? chain(rls, "force") : rls);
    }
    for (Policy p : security.policies()) {
      out.add(policy(p));
    }
    out.addAll(TriggerCode.parts(t));
    return out;
  }

  private static Code policy(Policy p) {
    Code code = call("policy", str(p.name()));
    if (!p.permissive()) {
      code = chain(code, "restrictive");
    }
    if (!p.command().equals("ALL")) {
      String command = p.command().toLowerCase(java.util.Locale.ROOT);
      code = chain(code, "for" + Character.toUpperCase(command.charAt(0)) + command.substring(1));
    }
    if (!p.roles().equals(List.of(Policy.PUBLIC))) {
      code = chain(code, "to", p.roles().stream().map(DslWriter::str).toArray(Code[]::new));
    }
    if (p.using() != null) {
      code = chain(code, "using", JavaLiterals.text(p.using()));
    }
    if (p.withCheck() != null) {
      code = chain(code, "withCheck", JavaLiterals.text(p.withCheck()));
    }
    return code;
  }

  /** {@code table("users", parts...)} with the parts given (or a call that returns them). */
  Code table(Table t, List<Code> parts) {
    List<Code> args = new ArrayList<>();
    args.add(str(t.name().name()));
    args.addAll(parts);
    Code code = owner(t.name().schema(), "table", args);
    if (t.isPartition()) {
      code =
          chain(
              code,
              "partitionOf",
              atom("() -> " + names.table(t.partitioning().parent())),
              PartitionCode.bound(t.partitioning().bound()));
    }
    if (t.isPartitioned()) {
      code = PartitionCode.key(code, t.partitioning().key());
    }
    if (t.storageOrNone().unlogged()) {
      code = chain(code, "unlogged");
    }
    for (TableStorage.Parameter p : t.storageOrNone().parameters()) {
      code = chain(code, "with", str(p.name()), str(p.value()));
    }
    return t.comment() == null ? code : chain(code, "comment", JavaLiterals.text(t.comment()));
  }

  private Code named(Code code, Object part, String name) {
    return explicit.contains(part) ? chain(code, "name", str(name)) : code;
  }

  private Code column(TableParts parts, Column c) {
    Code code = call("column", str(c.name()), type(c.type()));
    if (c.identity() != null) {
      String method =
          c.identity().kind() == dev.shale.model.Identity.Kind.ALWAYS
              ? "generatedAlwaysAsIdentity"
              : "generatedByDefaultAsIdentity";
      SequenceOptions o = c.identity().options();
      code =
          o.equals(SequenceOptions.DEFAULTS)
              ? chain(code, method)
              : chain(code, method, options(call("sequenceOptions"), o));
    }
    if (c.generatedExpression() != null) {
      code = chain(code, "generatedAlwaysAs", JavaLiterals.text(c.generatedExpression()));
    }
    boolean inPrimaryKey =
        parts.table.primaryKey() != null && parts.table.primaryKey().columns().contains(c.name());
    if (parts.primaryKeyOnColumn && inPrimaryKey) {
      code = chain(code, "primaryKey");
    }
    if (c.notNull() && !inPrimaryKey && c.identity() == null && !c.type().isSerial()) {
      code = chain(code, "notNull");
    }
    UniqueConstraint unique = parts.uniqueOnColumn.get(c.name());
    if (unique != null) {
      if (unique.nullsNotDistinct()) {
        code = chain(code, "uniqueNullsNotDistinct");
      } else if (explicit.contains(unique)) {
        code = chain(code, "unique", str(unique.name()));
      } else {
        code = chain(code, "unique");
      }
    }
    if (c.defaultExpression() != null) {
      code = defaultValue(code, c.defaultExpression());
    }
    ForeignKey fk = parts.foreignKeyOnColumn.get(c.name());
    if (fk != null) {
      code = references(code, fk);
    }
    CheckConstraint check = parts.checkOnColumn.get(c.name());
    if (check != null) {
      code = chain(code, "check", JavaLiterals.text(check.expression()));
    }
    if (c.collation() != null) {
      code =
          c.collation().schema().equals("pg_catalog")
              ? chain(code, "collate", str(c.collation().name()))
              : chain(code, "collate", str(c.collation().schema()), str(c.collation().name()));
    }
    if (c.comment() != null) {
      code = chain(code, "comment", JavaLiterals.text(c.comment()));
    }
    return code;
  }

  /**
   * The shortest DSL call that gives exactly this default: {@code defaultNow()}, {@code
   * defaultValue("text")} for a plain quoted literal, {@code defaultValue(42)}, else {@code
   * defaultSql("...")} with the SQL as it is.
   */
  private static Code defaultValue(Code code, String sql) {
    if (sql.equals("now()")) {
      return chain(code, "defaultNow");
    }
    if (sql.equals("gen_random_uuid()")) {
      return chain(code, "defaultRandomUuid");
    }
    String quoted = DefaultLiterals.quotedValue(sql);
    if (quoted != null && sql.equals("'" + quoted.replace("'", "''") + "'")) {
      return chain(code, "defaultValue", JavaLiterals.text(quoted));
    }
    if (sql.equals("true") || sql.equals("false")) {
      return chain(code, "defaultValue", atom(sql));
    }
    if (WHOLE.matcher(sql).matches()) {
      try {
        long value = Long.parseLong(sql);
        if (Long.toString(value).equals(sql)) {
          return chain(code, "defaultValue", atom(JavaLiterals.longValue(value)));
        }
      } catch (NumberFormatException e) {
        // beyond a long: written as SQL
      }
    }
    return chain(code, "defaultSql", JavaLiterals.text(sql));
  }

  private Code references(Code code, ForeignKey f) {
    List<Code> args = new ArrayList<>();
    args.add(atom("() -> " + names.table(f.targetTable())));
    f.targetColumns().forEach(c -> args.add(str(c)));
    code = new Code.Call(code, "references", args);
    if (!f.onDelete().equals("NO ACTION")) {
      code = chain(code, "onDelete", atom(f.onDelete().replace(' ', '_')));
    }
    if (!f.onUpdate().equals("NO ACTION")) {
      code = chain(code, "onUpdate", atom(f.onUpdate().replace(' ', '_')));
    }
    return switch (f.deferral()) {
      case NOT_DEFERRABLE -> code;
      case DEFERRABLE_INITIALLY_IMMEDIATE -> chain(code, "deferrable");
      case DEFERRABLE_INITIALLY_DEFERRED -> chain(code, "initiallyDeferred");
    };
  }

  private Code index(Index i) {
    boolean plain =
        i.elements().stream()
            .allMatch(
                e ->
                    e.column() != null
                        && e.opclass() == null
                        && e.order() == null
                        && e.nulls() == null);
    List<Code> keys = new ArrayList<>();
    for (IndexElement e : i.elements()) {
      keys.add(plain ? str(e.column()) : key(e));
    }
    Code code = call("index", keys);
    if (i.unique()) {
      code = chain(code, "unique");
    }
    if (i.nullsNotDistinct()) {
      code = chain(code, "nullsNotDistinct");
    }
    if (i.method() != null) {
      code = chain(code, "using", str(i.method()));
    }
    if (!i.include().isEmpty()) {
      code = new Code.Call(code, "include", i.include().stream().map(DslWriter::str).toList());
    }
    for (TableStorage.Parameter p : i.options()) {
      code = chain(code, "with", str(p.name()), str(p.value()));
    }
    if (i.where() != null) {
      code = chain(code, "where", JavaLiterals.text(i.where()));
    }
    return named(code, i, i.name());
  }

  private Code exclusion(dev.shale.model.ExclusionConstraint x) {
    List<Code> args = new ArrayList<>();
    args.add(str(x.method() == null ? "btree" : x.method()));
    for (int i = 0; i < x.elements().size(); i++) {
      IndexElement e = x.elements().get(i);
      boolean plain =
          e.column() != null && e.opclass() == null && e.order() == null && e.nulls() == null;
      String operator = x.operators().get(i);
      args.add(
          plain
              ? call("element", str(e.column()), str(operator))
              : call("element", key(e), str(operator)));
    }
    Code code = call("exclude", args);
    if (x.where() != null) {
      code = chain(code, "where", JavaLiterals.text(x.where()));
    }
    code =
        switch (x.deferral()) {
          case NOT_DEFERRABLE -> code;
          case DEFERRABLE_INITIALLY_IMMEDIATE -> chain(code, "deferrable");
          case DEFERRABLE_INITIALLY_DEFERRED -> chain(code, "initiallyDeferred");
        };
    return named(code, x, x.name());
  }

  static Code key(IndexElement e) {
    Code code =
        e.column() != null
            ? call("key", str(e.column()))
            : call("expr", JavaLiterals.text(e.expression()));
    if (e.opclass() != null) {
      code = chain(code, "opclass", str(e.opclass()));
    }
    if ("DESC".equals(e.order())) {
      code = chain(code, "desc");
    }
    if (e.nulls() != null) {
      code = chain(code, e.nulls().equals("FIRST") ? "nullsFirst" : "nullsLast");
    }
    return code;
  }

  /**
   * The DSL type: {@code varchar(320)}, {@code text().array()}, {@code ROLE}, {@code
   * customType("point")}.
   */
  Code type(ColumnType type) {
    Code base;
    if (type.isUserDefined()) {
      String enumRef = names.enumType(type.userType());
      return type.isArray() ? chain(atom(enumRef), "array") : atom(enumRef);
    }
    base = builtinType(type.name());
    return type.isArray() ? chain(base, "array") : base;
  }

  private static Code builtinType(String name) {
    if (SIMPLE_TYPES.contains(name)) {
      return call(name);
    }
    switch (name) {
      case "double precision":
        return call("doublePrecision");
      case "boolean":
        return call("bool");
      case "character varying":
        return call("varchar");
      default:
        break;
    }
    Matcher numeric = NUMERIC.matcher(name);
    if (numeric.matches()) {
      // numeric(p,0), as the model spells numeric(p), is written numeric(p), as a person would
      return numeric.group(2) == null || numeric.group(2).equals("0")
          ? call("numeric", number(numeric.group(1)))
          : call("numeric", number(numeric.group(1)), number(numeric.group(2)));
    }
    Matcher length = LENGTH.matcher(name);
    if (length.matches()) {
      return call(
          length.group(1).equals("character") ? "character" : "varchar", number(length.group(2)));
    }
    Matcher time = TIME.matcher(name);
    if (time.matches()) {
      String method = time.group(1) + (time.group(3).equals("with") ? "tz" : "");
      return time.group(2) == null ? call(method) : call(method, number(time.group(2)));
    }
    return call("customType", str(name));
  }

  /** An int argument written without leading zeros (which Java would read as octal). */
  private static Code number(String digits) {
    return atom(Integer.toString(Integer.parseInt(digits)));
  }
}
