package dev.shale.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts that CREATE TABLE, ALTER TABLE and CREATE DOMAIN share: types, columns, constraints.
 */
class Definitions extends Cursor {
  /** Where a DEFAULT expression ends: the next inline constraint or clause. */
  static final Set<String> AFTER_DEFAULT =
      Set.of(
          "constraint",
          "not",
          "null",
          "check",
          "unique",
          "primary",
          "references",
          "default",
          "generated",
          "collate",
          "deferrable",
          "initially",
          "using");

  private static final Map<String, String> TYPE_NAMES =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("integer", "integer"),
          Map.entry("int8", "bigint"),
          Map.entry("int2", "smallint"),
          Map.entry("serial4", "serial"),
          Map.entry("serial8", "bigserial"),
          Map.entry("serial2", "smallserial"),
          Map.entry("float4", "real"),
          Map.entry("float8", "double precision"),
          Map.entry("decimal", "numeric"),
          Map.entry("dec", "numeric"),
          Map.entry("bool", "boolean"),
          Map.entry("varchar", "character varying"),
          Map.entry("char", "character"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("timetz", "time with time zone"),
          Map.entry("timestamp", "timestamp without time zone"),
          Map.entry("time", "time without time zone"),
          Map.entry("varbit", "bit varying"));

  Definitions(String sql, List<Token> tokens) {
    super(sql, tokens);
  }

  // ---------------------------------------------------------------- types

  /** A type name with modifiers and array bounds, normalized (see {@link ColumnType}). */
  final ColumnType type() {
    String name;
    List<String> modifiers = new ArrayList<>();
    if (accept("double", "precision")) {
      name = "double precision";
    } else if (accept("character", "varying")
        || accept("char", "varying")
        || accept("national", "character", "varying")
        || accept("national", "char", "varying")
        || accept("nchar", "varying")) {
      name = "character varying";
    } else if (accept("national", "character") || accept("national", "char") || accept("nchar")) {
      name = "character";
    } else if (accept("bit", "varying")) {
      name = "bit varying";
    } else if (!atEnd()
        && tokens.get(pos).kind() == Token.Kind.QUOTED_IDENT
        && Names.identifier(tokens.get(pos)).equals("char")) {
      // "char", the one-byte internal type, is not char(1).
      pos++;
      return new ColumnType("\"char\"", modifiers, arrayDimensions());
    } else if (is("timestamp") || is("time")) {
      String base = word().toLowerCase(Locale.ROOT);
      modifiers.addAll(modifiers());
      if (accept("with", "time", "zone")) {
        name = base + " with time zone";
      } else {
        accept("without", "time", "zone");
        name = base + " without time zone";
      }
      return new ColumnType(name, modifiers, arrayDimensions());
    } else if (is("interval")) {
      pos++;
      StringBuilder fields = new StringBuilder();
      while (is("year")
          || is("month")
          || is("day")
          || is("hour")
          || is("minute")
          || is("second")
          || is("to")) {
        fields.append(fields.length() == 0 ? "" : " ").append(word().toLowerCase(Locale.ROOT));
      }
      if (fields.length() > 0) {
        modifiers.add(fields.toString());
      }
      modifiers.addAll(modifiers());
      return new ColumnType("interval", modifiers, arrayDimensions());
    } else {
      QualifiedName qualified = qualifiedName();
      name =
          qualified.schema() == null || qualified.schema().equals("pg_catalog")
              ? Names.quote(qualified.name())
              : qualified.toString();
      if (qualified.schema() == null || qualified.schema().equals("pg_catalog")) {
        name = TYPE_NAMES.getOrDefault(qualified.name(), name);
      }
    }
    modifiers.addAll(modifiers());
    if (name.equals("float")) {
      int precision = modifiers.isEmpty() ? 53 : parseInt(modifiers.get(0), 53);
      name = precision <= 24 ? "real" : "double precision";
      modifiers.clear();
    } else if (name.equals("character") && modifiers.isEmpty()) {
      modifiers.add("1");
    } else if (name.equals("bit") && modifiers.isEmpty()) {
      modifiers.add("1");
    }
    return new ColumnType(name, modifiers, arrayDimensions());
  }

  private static int parseInt(String text, int otherwise) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** {@code (m, ...)}, each modifier as its text without spaces; none when absent. */
  private List<String> modifiers() {
    List<String> modifiers = new ArrayList<>();
    if (!isSymbol("(")) {
      return modifiers;
    }
    pos++;
    while (!isSymbol(")")) {
      modifiers.add(textUntil(Set.of()).replaceAll("\\s+", ""));
      if (!acceptSymbol(",")) {
        break;
      }
    }
    expectSymbol(")");
    return modifiers;
  }

  private int arrayDimensions() {
    int dims = 0;
    while (true) {
      if (isSymbol("[")) {
        pos++;
        while (!atEnd() && !isSymbol("]")) {
          pos++;
        }
        expectSymbol("]");
        dims++;
      } else if (accept("array")) {
        if (isSymbol("[")) {
          continue;
        }
        dims++;
      } else {
        return dims;
      }
    }
  }

  // ---------------------------------------------------------------- columns

  /** {@code name type [COLLATE c] [constraint ...]}, up to a comma or closing parenthesis. */
  final ColumnDef columnDef(boolean typeRequired) {
    int from = pos;
    String name = identifier();
    ColumnType type = null;
    if (typeRequired || !(is("with", "options") || isConstraintStart() || atColumnEnd())) {
      if (!typeRequired) {
        accept("with", "options");
      }
      type = type();
    } else {
      accept("with", "options");
    }
    String collation = null;
    List<Constraint> constraints = new ArrayList<>();
    while (!atColumnEnd()) {
      if (accept("collate")) {
        collation = qualifiedName().toString();
      } else if (is("storage") || is("compression")) {
        pos += 2;
      } else if (is("deferrable") || is("not", "deferrable") || is("initially")) {
        int before = pos;
        deferral();
        if (pos == before) {
          pos++;
          throw error("expected DEFERRED or IMMEDIATE after INITIALLY");
        }
      } else if (accept("enforced") || accept("not", "enforced")) {
        continue;
      } else {
        constraints.add(columnConstraint());
      }
    }
    return new ColumnDef(spanFrom(from), name, type, collation, constraints);
  }

  private boolean atColumnEnd() {
    return atEnd() || isSymbol(",") || isSymbol(")");
  }

  private boolean isConstraintStart() {
    return is("constraint")
        || is("not")
        || is("null")
        || is("default")
        || is("check")
        || is("unique")
        || is("primary")
        || is("references")
        || is("generated")
        || is("collate");
  }

  /** One inline column constraint, with its optional {@code CONSTRAINT name}. */
  final Constraint columnConstraint() {
    String name = accept("constraint") ? identifier() : null;
    Constraint c;
    if (accept("not", "null")) {
      c = new Constraint.NotNull(name, null, accept("not", "valid"));
      accept("no", "inherit");
    } else if (accept("null")) {
      c = new Constraint.Null(name);
    } else if (accept("default")) {
      c = new Constraint.Default(name, textUntil(AFTER_DEFAULT));
    } else if (accept("check")) {
      String expression = parenthesized();
      boolean noInherit = accept("no", "inherit");
      c = new Constraint.Check(name, expression, noInherit, accept("not", "valid"));
      enforced();
    } else if (accept("unique")) {
      boolean nullsNotDistinct = nullsDistinct();
      List<String> include = include();
      c =
          new Constraint.Unique(
              name, List.of(), nullsNotDistinct, include, null, indexParametersAndDeferral());
    } else if (accept("primary", "key")) {
      List<String> include = include();
      c = new Constraint.PrimaryKey(name, List.of(), include, null, indexParametersAndDeferral());
    } else if (accept("references")) {
      c = references(name, List.of());
    } else if (accept("generated")) {
      c = generated(name);
    } else {
      throw error("expected a column constraint");
    }
    return c;
  }

  private Constraint generated(String name) {
    boolean always = accept("always");
    if (!always) {
      expect("by", "default");
    }
    expect("as");
    if (accept("identity")) {
      String options = isSymbol("(") ? parenthesized() : null;
      return new Constraint.Identity(name, always, options);
    }
    String expression = parenthesized();
    if (accept("stored")) {
      return new Constraint.Generated(name, expression, false, true);
    }
    boolean virtual = accept("virtual");
    return new Constraint.Generated(name, expression, true, virtual);
  }

  /** After REFERENCES: {@code table [(cols)] [MATCH ...] [ON DELETE ...] [ON UPDATE ...] ...}. */
  private Constraint references(String name, List<String> columns) {
    QualifiedName table = qualifiedName();
    List<String> referenced = isSymbol("(") ? keyColumns() : List.of();
    String match = null;
    String onDelete = null;
    String onUpdate = null;
    while (true) {
      if (accept("match")) {
        match = word();
      } else if (accept("on", "delete")) {
        onDelete = referentialAction();
      } else if (accept("on", "update")) {
        onUpdate = referentialAction();
      } else {
        break;
      }
    }
    Constraint.Deferral deferral = deferral();
    boolean notValid = accept("not", "valid");
    deferral = merge(deferral, deferral());
    enforced();
    return new Constraint.ForeignKey(
        name, columns, table, referenced, match, onDelete, onUpdate, deferral, notValid);
  }

  private String referentialAction() {
    if (accept("no", "action")) {
      return "NO ACTION";
    } else if (accept("set", "null")) {
      return "SET NULL" + optionalColumns();
    } else if (accept("set", "default")) {
      return "SET DEFAULT" + optionalColumns();
    }
    return word();
  }

  private String optionalColumns() {
    return isSymbol("(") ? " (" + String.join(", ", nameList()) + ")" : "";
  }

  private boolean nullsDistinct() {
    if (accept("nulls", "not", "distinct")) {
      return true;
    }
    accept("nulls", "distinct");
    return false;
  }

  private List<String> include() {
    return accept("include") ? nameList() : List.of();
  }

  /** {@code WITH (...)}, {@code USING INDEX TABLESPACE t}, then the deferral. */
  private Constraint.Deferral indexParametersAndDeferral() {
    if (accept("with")) {
      parenthesized();
    }
    if (accept("using", "index", "tablespace")) {
      identifier();
    }
    Constraint.Deferral deferral = deferral();
    enforced();
    return deferral;
  }

  /** {@code [NOT] DEFERRABLE} and {@code INITIALLY DEFERRED|IMMEDIATE}, in either order. */
  final Constraint.Deferral deferral() {
    boolean deferrable = false;
    boolean initiallyDeferred = false;
    while (true) {
      if (accept("deferrable")) {
        deferrable = true;
      } else if (accept("not", "deferrable")) {
        deferrable = false;
      } else if (accept("initially", "deferred")) {
        initiallyDeferred = true;
      } else if (accept("initially", "immediate")) {
        initiallyDeferred = false;
      } else {
        break;
      }
    }
    return deferrable || initiallyDeferred
        ? new Constraint.Deferral(deferrable || initiallyDeferred, initiallyDeferred)
        : Constraint.Deferral.NONE;
  }

  private static Constraint.Deferral merge(Constraint.Deferral a, Constraint.Deferral b) {
    return b.equals(Constraint.Deferral.NONE) ? a : b;
  }

  /** PostgreSQL 18's {@code [NOT] ENFORCED}: accepted, not kept. */
  private void enforced() {
    if (!accept("enforced")) {
      accept("not", "enforced");
    }
  }

  // ---------------------------------------------------------------- table constraints

  /** Whether a table constraint (not a column) starts here. */
  final boolean isTableConstraintStart() {
    return is("constraint")
        || is("check")
        || is("unique")
        || is("primary", "key")
        || is("foreign", "key")
        || is("exclude")
        || (is("not", "null") && peek(2) != null);
  }

  /** {@code [CONSTRAINT name] CHECK|UNIQUE|PRIMARY KEY|FOREIGN KEY|EXCLUDE|NOT NULL ...}. */
  final Constraint tableConstraint() {
    String name = accept("constraint") ? identifier() : null;
    if (accept("check")) {
      String expression = parenthesized();
      boolean noInherit = accept("no", "inherit");
      deferral();
      boolean notValid = accept("not", "valid");
      noInherit |= accept("no", "inherit");
      enforced();
      return new Constraint.Check(name, expression, noInherit, notValid);
    }
    if (accept("unique")) {
      boolean nullsNotDistinct = nullsDistinct();
      if (accept("using", "index")) {
        String index = identifier();
        return new Constraint.Unique(
            name, List.of(), nullsNotDistinct, List.of(), index, deferralAndNotValid());
      }
      List<String> columns = keyColumns();
      List<String> include = include();
      return new Constraint.Unique(
          name, columns, nullsNotDistinct, include, null, indexParametersAndDeferral());
    }
    if (accept("primary", "key")) {
      if (accept("using", "index")) {
        String index = identifier();
        return new Constraint.PrimaryKey(name, List.of(), List.of(), index, deferralAndNotValid());
      }
      List<String> columns = keyColumns();
      List<String> include = include();
      return new Constraint.PrimaryKey(name, columns, include, null, indexParametersAndDeferral());
    }
    if (accept("foreign", "key")) {
      List<String> columns = keyColumns();
      expect("references");
      return references(name, columns);
    }
    if (accept("exclude")) {
      String method = accept("using") ? identifier() : null;
      String elements = parenthesized();
      include();
      if (accept("with")) {
        parenthesized();
      }
      if (accept("using", "index", "tablespace")) {
        identifier();
      }
      String where = null;
      if (accept("where")) {
        where = parenthesized();
      }
      Constraint.Deferral deferral = deferral();
      return new Constraint.Exclusion(name, method, elements, where, deferral);
    }
    if (accept("not", "null")) {
      String column = identifier();
      boolean notValid = accept("not", "valid");
      accept("no", "inherit");
      return new Constraint.NotNull(name, column, notValid);
    }
    throw error("expected a constraint");
  }

  /** A key's columns: names, the last one possibly {@code WITHOUT OVERLAPS} or {@code PERIOD}. */
  private List<String> keyColumns() {
    expectSymbol("(");
    List<String> names = new ArrayList<>();
    do {
      accept("period");
      names.add(identifier());
      accept("without", "overlaps");
    } while (acceptSymbol(","));
    expectSymbol(")");
    return names;
  }

  private Constraint.Deferral deferralAndNotValid() {
    Constraint.Deferral deferral = deferral();
    accept("not", "valid");
    return merge(deferral, deferral());
  }
}
