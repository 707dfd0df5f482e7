package dev.shale.codegen;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.InvalidSchemaException;
import dev.shale.model.SchemaModel;
import dev.shale.schema.Column;
import dev.shale.schema.DataType;
import dev.shale.schema.FkAction;
import dev.shale.schema.ForeignKeyDef;
import dev.shale.schema.IndexDef;
import dev.shale.schema.IndexKey;
import dev.shale.schema.Pg;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.SequenceOptions;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import dev.shale.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random schemas written to be hard on a code generator: names that are Java keywords, camelCase,
 * spaced, accented, non-Latin, quoted, 63 bytes long, starting with digits, or that clash once
 * turned into Java names; every column type, every form of default, identity options, serials,
 * generated columns, keys on columns and tables, explicit names that sometimes equal the default,
 * foreign keys in cycles and across schemas, every kind of index, comments with quotes, newlines
 * and backslashes. Built with the real DSL and the real translator, so each is a valid model.
 */
final class HostileSchemas {
  private static final List<String> NAMES =
      List.of(
          "users",
          "order",
          "select",
          "class",
          "true",
          "null",
          "_",
          "userId",
          "UserId",
          "user id",
          "user_id",
          "USER_ID",
          "2fa",
          "Straße",
          "café",
          "用户",
          "a\"b",
          "back\\slash",
          "\\u0041",
          "*/",
          "cascade",
          "table",
          "x".repeat(63),
          "é".repeat(31) + "x",
          "line\nbreak",
          "tab\there",
          "$dollar",
          "Mixed Case Name",
          "-",
          "public");

  private static final List<String> SCHEMAS =
      List.of("public", "public", "app", "Billing Dept", "2fa", "order", "Straße");

  private final Random random;
  private int counter;

  private HostileSchemas(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A valid random model for this seed. Some random choices contradict each other (two equal unique
   * keys, say), which the translator refuses; then the generator draws again, up to 50 times.
   */
  static SchemaModel model(long seed) {
    HostileSchemas generator = new HostileSchemas(seed);
    InvalidSchemaException last = null;
    for (int attempt = 0; attempt < 50; attempt++) {
      generator.counter = 0;
      try {
        return generator.build();
      } catch (InvalidSchemaException e) {
        last = e;
      }
    }
    throw last;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A name not used yet in {@code used}: a hostile one, or a numbered one. */
  private String name(Set<String> used) {
    for (int i = 0; i < 5; i++) {
      String candidate = pick(NAMES);
      if (chance(0.3)) {
        String numbered = candidate + (counter++);
        candidate =
            numbered.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63
                ? candidate
                : numbered;
      }
      if (used.add(candidate)) {
        return candidate;
      }
    }
    String fallback = "n" + (counter++);
    used.add(fallback);
    return fallback;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private String text() {
    return pick(
        List.of(
            "plain",
            "it's \"quoted\"",
            "two\nlines\n",
            "back\\slash \\u0041 */ /*",
            "Straße café 用户 😀",
            "",
            "tab\tand\rreturn"));
  }

  private record Col(String name, String kind, DataType type) {}

  private SchemaModel build() {
    Set<String> relationNames = new HashSet<>();
    List<Declared<PgSchema>> schemas = new ArrayList<>();
    if (chance(0.2)) {
      schemas.add(new Declared<>(Pg.schema("empty one"), "S.EMPTY"));
    }
    List<Declared<PgEnum>> enums = new ArrayList<>();
    List<PgEnum> enumTypes = new ArrayList<>();
    Set<String> enumNames = new HashSet<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      List<String> values = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int v = 1 + random.nextInt(3); v > 0; v--) {
        String value = pick(List.of("a", "it's", "Straße", "with space", "\\", "\"q\"", "b"));
        if (seen.add(value)) {
          values.add(value);
        }
      }
      PgEnum e = Pg.schema(pick(SCHEMAS)).enumType(name(enumNames), values.toArray(String[]::new));
      enumTypes.add(e);
      enums.add(new Declared<>(e, "S.E" + i));
    }
    List<Declared<PgSequence>> sequences = new ArrayList<>();
    if (chance(0.4)) {
      PgSequence s = Pg.schema(pick(SCHEMAS)).sequence(name(relationNames));
      if (chance(0.5)) {
        s.as(pick(List.of(Pg.smallint(), Pg.integer())));
      }
      if (chance(0.5)) {
        s.startWith(5).incrementBy(5).minValue(5).maxValue(30000).cache(3);
      } else if (chance(0.5)) {
        s.incrementBy(-1).cycle();
      }
      sequences.add(new Declared<>(s, "S.SEQ"));
    }
    List<Table> tables = new ArrayList<>();
    List<List<Col>> tableColumns = new ArrayList<>();
    List<List<TablePart>> tableParts = new ArrayList<>();
    List<String> pkTypes = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    List<String> tableSchemas = new ArrayList<>();
    List<String> tableNames = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      tableSchemas.add(pick(SCHEMAS));
      tableNames.add(name(relationNames));
    }
    for (int t = 0; t < count; t++) {
      List<Col> cols = new ArrayList<>();
      List<TablePart> parts = new ArrayList<>();
      Set<String> columnNames = new HashSet<>();
      String idName = chance(0.7) ? "id" : name(columnNames);
      columnNames.add(idName);
      String idKind = pick(List.of("bigint", "integer", "serial", "bigserial", "uuid", "text"));
      Column id = Pg.column(idName, idType(idKind));
      if (idKind.equals("bigint") || idKind.equals("integer")) {
        identity(id);
      } else if (idKind.equals("uuid") && chance(0.5)) {
        id.defaultRandomUuid();
      }
      boolean pkOnColumn = chance(0.5);
      if (pkOnColumn) {
        id.primaryKey();
      }
      parts.add(id);
      cols.add(new Col(idName, idKind, null));
      pkTypes.add(idKind);
      for (int c = 1 + random.nextInt(5); c > 0; c--) {
        cols.add(column(parts, columnNames, enumTypes, cols));
      }
      if (!pkOnColumn) {
        var pk = Pg.primaryKey(idName);
        if (chance(0.3)) {
          pk.name(
              chance(0.5)
                  ? dev.shale.model.PgNames.makeObjectName(tableNames.get(t), null, "pkey")
                  : name(relationNames));
        }
        parts.add(pk);
      }
      constraints(parts, cols, tableNames.get(t), relationNames);
      tableColumns.add(cols);
      tableParts.add(parts);
    }
    // foreign keys, possibly to later tables, to the same table, across schemas: cycles happen
    List<Table[]> holders = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      holders.add(new Table[1]);
    }
    for (int t = 0; t < count; t++) {
      for (int f = random.nextInt(3); f > 0; f--) {
        int target = random.nextInt(count);
        String kind = pkTypes.get(target);
        DataType type =
            switch (kind) {
              case "serial" -> Pg.integer();
              case "bigserial" -> Pg.bigint();
              default -> idType(kind);
            };
        Set<String> names = new HashSet<>();
        tableColumns.get(t).forEach(c -> names.add(c.name()));
        String column = name(names);
        Column ref = Pg.column(column, type);
        Table[] holder = holders.get(target);
        String targetId = ((Column) tableParts.get(target).get(0)).name();
        FkAction onDelete = pick(List.of(FkAction.values()));
        if (chance(0.5)) {
          ref.references(() -> holder[0], targetId).onDelete(onDelete);
          if (chance(0.3)) {
            ref.initiallyDeferred();
          } else if (chance(0.3)) {
            ref.deferrable();
          }
          tableParts.get(t).add(tableColumns.get(t).size(), ref);
        } else {
          tableParts.get(t).add(tableColumns.get(t).size(), ref);
          ForeignKeyDef fk =
              Pg.foreignKey(column)
                  .references(() -> holder[0], targetId)
                  .onUpdate(pick(List.of(FkAction.values())));
          if (chance(0.4)) {
            fk.name(name(relationNames));
          }
          if (chance(0.3)) {
            fk.deferrable();
          }
          tableParts.get(t).add(fk);
        }
        tableColumns.get(t).add(new Col(column, kind, type));
      }
    }
    List<Declared<Table>> declared = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      Table table =
          Pg.schema(tableSchemas.get(t))
              .table(tableNames.get(t), tableParts.get(t).toArray(TablePart[]::new));
      if (chance(0.3)) {
        table.comment(text());
      }
      holders.get(t)[0] = table;
      tables.add(table);
      declared.add(new Declared<>(table, "S.T" + t));
    }
    List<Declared<PgView>> views = new ArrayList<>();
    if (chance(0.4)) {
      PgSchema schema = Pg.schema(pick(SCHEMAS));
      String query =
          "SELECT "
              + quote(tableColumns.get(0).get(0).name())
              + "\n  FROM "
              + quote(tableSchemas.get(0))
              + "."
              + quote(tableNames.get(0))
              + "\n WHERE 'it''s' <> ''";
      PgView view =
          chance(0.5)
              ? schema.view(name(relationNames), query)
              : schema.materializedView(name(relationNames), query);
      if (chance(0.5)) {
        view.comment(text());
      }
      views.add(new Declared<>(view, "S.V"));
    }
    return ModelTranslator.translate(
        new DeclaredObjects(schemas, enums, sequences, declared, views));
  }

  private static DataType idType(String kind) {
    return switch (kind) {
      case "bigint" -> Pg.bigint();
      case "integer" -> Pg.integer();
      case "serial" -> Pg.serial();
      case "bigserial" -> Pg.bigserial();
      case "uuid" -> Pg.uuid();
      default -> Pg.text();
    };
  }

  private void identity(Column id) {
    if (chance(0.3)) {
      return;
    }
    SequenceOptions options = Pg.sequenceOptions();
    if (chance(0.5)) {
      options = options.startWith(1000).incrementBy(10).cache(20);
    } else if (chance(0.3)) {
      options = options.minValue(-100).maxValue(100).startWith(-100).cycle();
    } else if (chance(0.3)) {
      options = options.incrementBy(-1);
    }
    if (chance(0.5)) {
      id.generatedAlwaysAsIdentity(options);
    } else {
      id.generatedByDefaultAsIdentity(options);
    }
  }

  private Col column(
      List<TablePart> parts, Set<String> columnNames, List<PgEnum> enums, List<Col> earlier) {
    String name = name(columnNames);
    List<String> kinds =
        new ArrayList<>(
            List.of(
                "text",
                "int",
                "bigint",
                "smallint",
                "bool",
                "numeric",
                "numeric52",
                "real",
                "double",
                "varchar",
                "varchar9",
                "char3",
                "uuid",
                "date",
                "time3",
                "timetz",
                "timestamp",
                "timestamptz6",
                "interval",
                "json",
                "jsonb",
                "bytea",
                "inet",
                "cidr",
                "macaddr",
                "macaddr8",
                "tsvector",
                "point",
                "text[]",
                "int[]",
                "smallserial",
                "generated",
                "numericneg"));
    if (!enums.isEmpty()) {
      kinds.add("enum");
      kinds.add("enum[]");
    }
    String kind = pick(kinds);
    if (kind.equals("generated") && earlier.stream().noneMatch(c -> c.kind().equals("int"))) {
      kind = "int";
    }
    PgEnum e = enums.isEmpty() ? null : pick(enums);
    DataType type =
        switch (kind) {
          case "text" -> Pg.text();
          case "int", "generated" -> Pg.integer();
          case "bigint" -> Pg.bigint();
          case "smallint" -> Pg.smallint();
          case "bool" -> Pg.bool();
          case "numeric" -> Pg.numeric();
          case "numeric52" -> Pg.numeric(5, 2);
          case "numericneg" -> Pg.numeric(7, -2);
          case "real" -> Pg.real();
          case "double" -> Pg.doublePrecision();
          case "varchar" -> Pg.varchar();
          case "varchar9" -> Pg.varchar(9);
          case "char3" -> Pg.character(3);
          case "uuid" -> Pg.uuid();
          case "date" -> Pg.date();
          case "time3" -> Pg.time(3);
          case "timetz" -> Pg.timetz();
          case "timestamp" -> Pg.timestamp();
          case "timestamptz6" -> Pg.timestamptz(6);
          case "interval" -> Pg.interval();
          case "json" -> Pg.json();
          case "jsonb" -> Pg.jsonb();
          case "bytea" -> Pg.bytea();
          case "inet" -> Pg.inet();
          case "cidr" -> Pg.cidr();
          case "macaddr" -> Pg.macaddr();
          case "macaddr8" -> Pg.macaddr8();
          case "tsvector" -> Pg.customType("tsvector");
          case "point" -> Pg.customType("point");
          case "text[]" -> Pg.text().array();
          case "int[]" -> Pg.integer().array().array();
          case "smallserial" -> Pg.smallserial();
          case "enum" -> e.type();
          case "enum[]" -> e.array();
          default -> throw new IllegalStateException(kind);
        };
    Column column = Pg.column(name, type);
    if (kind.equals("generated")) {
      Col source = earlier.stream().filter(c -> c.kind().equals("int")).findFirst().orElseThrow();
      column.generatedAlwaysAs(quote(source.name()) + " * 2");
    } else if (chance(0.5)) {
      String value = defaultFor(kind, e);
      if (value != null) {
        column.defaultSql(value);
      }
    }
    if (chance(0.3)) {
      column.notNull();
    }
    if (chance(0.2)) {
      column.comment(text());
    }
    if (chance(0.15) && !kind.contains("[]") && !kind.equals("json")) {
      column.unique();
    }
    parts.add(column);
    return new Col(name, kind, type);
  }

  private String defaultFor(String kind, PgEnum e) {
    List<String> options =
        switch (kind) {
          case "text", "varchar" ->
              List.of("'x'", "''", "'it''s'", "'two\nlines'", "''::text", "'a'::character varying");
          case "int", "bigint", "smallint" -> List.of("0", "-1", "42", "(1 + 2)", "'7'::integer");
          case "bool" -> List.of("true", "false", "TRUE");
          case "numeric", "numeric52" -> List.of("1.50", "0", "-0.5");
          case "timestamptz6", "timestamp" ->
              List.of("now()", "CURRENT_TIMESTAMP", "'2020-01-01 00:00:00'::timestamp");
          case "date" -> List.of("CURRENT_DATE", "'2024-02-29'");
          case "uuid" -> List.of("gen_random_uuid()");
          case "jsonb", "json" -> List.of("'{}'::jsonb", "'{\"a\": \"b\\\\c\"}'", "'[]'");
          case "text[]" -> List.of("'{}'::text[]", "ARRAY[]::text[]", "ARRAY['a', 'b']");
          case "int[]" -> List.of("'{1,2}'::integer[]", "'{}'");
          case "enum" -> List.of("'" + e.values().get(0).replace("'", "''") + "'");
          case "bytea" -> List.of("'\\x00'::bytea");
          case "interval" -> List.of("'1 day'::interval");
          default -> List.of();
        };
    return options.isEmpty() ? null : pick(options);
  }

  private void constraints(
      List<TablePart> parts, List<Col> cols, String table, Set<String> relationNames) {
    List<Col> plain =
        cols.stream()
            .filter(c -> !c.kind().contains("[]") && !c.kind().startsWith("json"))
            .filter(c -> !c.kind().equals("tsvector") && !c.kind().equals("point"))
            .toList();
    if (chance(0.4) && plain.size() > 1) {
      Col a = plain.get(1);
      UniqueDef u = chance(0.5) ? Pg.unique(a.name()) : Pg.unique(a.name(), plain.get(0).name());
      if (chance(0.3)) {
        u.nullsNotDistinct();
      }
      if (chance(0.3)) {
        u.name(
            chance(0.5)
                ? dev.shale.model.PgNames.makeObjectName(table, a.name(), "key")
                : name(relationNames));
      }
      parts.add(u);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Col c = pick(cols);
      String expression =
          pick(
              List.of(
                  quote(c.name()) + " IS NOT NULL",
                  "length(" + quote(c.name()) + "::text) < 100",
                  "true",
                  quote(c.name()) + " IS NULL OR " + quote(cols.get(0).name()) + " IS NOT NULL",
                  "'it''s' <> " + quote(c.name()) + "::text"));
      var check = Pg.check(expression);
      if (chance(0.3)) {
        check.name(
            chance(0.3)
                ? dev.shale.model.PgNames.makeObjectName(table, null, "check")
                : name(relationNames));
      }
      parts.add(check);
    }
    for (int i = random.nextInt(3); i > 0 && !plain.isEmpty(); i--) {
      Col c = pick(plain);
      IndexDef index;
      if (c.kind().equals("text") && chance(0.5)) {
        IndexKey key =
            chance(0.5)
                ? Pg.expr("lower(" + quote(c.name()) + ")")
                : Pg.key(c.name()).opclass("text_pattern_ops");
        index = Pg.index(chance(0.5) ? key.desc().nullsLast() : key.nullsFirst());
      } else if (chance(0.3)) {
        index = Pg.index(Pg.expr("(" + quote(c.name()) + " IS NULL)"), Pg.key(cols.get(0).name()));
      } else {
        index = Pg.index(c.name());
      }
      if (chance(0.3)) {
        index.unique();
        if (chance(0.3)) {
          index.nullsNotDistinct();
        }
      }
      if (chance(0.3)) {
        index.where(quote(c.name()) + " IS NOT NULL");
      }
      if (chance(0.2) && !c.name().equals(cols.get(0).name())) {
        index.include(cols.get(0).name());
      }
      if (chance(0.2)) {
        index.using(pick(List.of("btree", "hash", "BTREE")));
      }
      if (chance(0.3)) {
        index.name(name(relationNames));
      }
      parts.add(index);
    }
    if (chance(0.2)) {
      parts.add(Pg.index(Pg.expr("(1)")).name(name(relationNames)));
    }
  }
}
