package dev.shale.loader;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.Trigger;
import dev.shale.schema.TriggerDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Declared triggers as model triggers, with the problems PostgreSQL would refuse them for said in
 * plain words before any SQL runs.
 */
final class TriggerTranslator {
  /** {@code OLD.} or {@code NEW.} outside quotes: a reference to a row's values. */
  private static final Pattern OLD_ROW = Pattern.compile("(?i)(?<![\\w$\"])old\\s*\\.");

  private static final Pattern NEW_ROW = Pattern.compile("(?i)(?<![\\w$\"])new\\s*\\.");

  private TriggerTranslator() {}

  /** The triggers of one table, sorted by the table; problems are added to {@code problems}. */
  static List<Trigger> translate(
      String where,
      List<TriggerDef> defs,
      Set<String> columnNames,
      Set<String> generatedColumns,
      List<String> problems) {
    List<Trigger> triggers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TriggerDef def : defs) {
      String what = where + ": trigger " + def.name();
      String nameProblem = Identifiers.problem(def.name());
      if (nameProblem != null) {
        problems.add(what + ": " + nameProblem);
      }
      if (!names.add(def.name())) {
        problems.add(what + " is declared twice");
        continue;
      }
      Trigger trigger = trigger(what, def, columnNames, generatedColumns, problems);
      if (trigger != null) {
        triggers.add(trigger);
      }
    }
    return triggers;
  }

  private static Trigger trigger(
      String what,
      TriggerDef def,
      Set<String> columnNames,
      Set<String> generatedColumns,
      List<String> problems) {
    int before = problems.size();
    String timing = def.timing();
    if (timing == null) {
      if (def.isConstraint()) {
        timing = "AFTER";
      } else {
        problems.add(what + " needs before() or after()");
      }
    }
    if (def.isConstraint() && "BEFORE".equals(timing)) {
      problems.add(what + " is a constraint trigger, which fires after(), not before()");
    }
    boolean forEachRow = def.isForEachRow();
    if (def.isConstraint() && !forEachRow) {
      problems.add(
          what + " is a constraint trigger, which fires FOR EACH ROW (drop forEachStatement())");
    }
    List<String> events = def.events().stream().distinct().toList();
    if (events.isEmpty()) {
      problems.add(
          what + " fires on no event: add onInsert(), onUpdate(), onDelete() or onTruncate()");
    }
    if (events.contains("TRUNCATE") && forEachRow) {
      problems.add(
          what
              + " fires on TRUNCATE, which PostgreSQL supports FOR EACH STATEMENT only (drop"
              + " forEachRow()"
              + (def.isConstraint()
                  ? ", or constraint(): a constraint trigger fires per row)"
                  : ")"));
    }
    List<String> columns = new ArrayList<>();
    for (String column : def.updateColumns()) {
      if (columns.contains(column)) {
        problems.add(what + ": onUpdate(...) names column " + column + " twice");
      } else if (!columnNames.contains(column)) {
        problems.add(what + ": onUpdate(...) names column " + column + ", which the table lacks");
      } else {
        columns.add(column);
      }
    }
    String when = def.whenCondition() == null ? null : def.whenCondition().strip();
    if (when != null && when.isEmpty()) {
      problems.add(what + ": when(...) is empty");
      when = null;
    }
    when = rowNamesLowerCase(when);
    if (when != null) {
      String unquoted = withoutQuotedText(when);
      boolean old = OLD_ROW.matcher(unquoted).find();
      boolean neu = NEW_ROW.matcher(unquoted).find();
      if (!forEachRow && (old || neu)) {
        problems.add(
            what
                + ": when(...) reads OLD or NEW, which a FOR EACH STATEMENT trigger has not"
                + " (add forEachRow())");
      } else if (old && events.equals(List.of("INSERT"))) {
        problems.add(what + ": when(...) reads OLD, which an INSERT trigger has not");
      } else if (neu && events.equals(List.of("DELETE"))) {
        problems.add(what + ": when(...) reads NEW, which a DELETE trigger has not");
      }
      if ("BEFORE".equals(timing)) {
        for (String column : generatedColumns) {
          if (Pattern.compile(
                  "(?<![\\w$\"])new\\s*\\.\\s*\"?"
                      + Pattern.quote(column.toLowerCase(Locale.ROOT))
                      + "\"?(?![\\w$])")
              .matcher(unquotedNames(when))
              .find()) {
            problems.add(
                what
                    + ": when(...) reads the generated column NEW."
                    + column
                    + ", which a before() trigger cannot (its value is computed after)");
          }
        }
      }
    }
    if (def.oldTableName() != null || def.newTableName() != null) {
      if (!"AFTER".equals(timing)) {
        problems.add(what + ": transition tables (referencing...) need an after() trigger");
      }
      if (def.isConstraint()) {
        problems.add(what + ": a constraint trigger cannot have transition tables");
      }
      if (events.size() > 1) {
        problems.add(
            what + ": transition tables (referencing...) need a trigger on one event only");
      }
      if (!columns.isEmpty()) {
        problems.add(what + ": transition tables cannot go with onUpdate(columns...)");
      }
      if (def.oldTableName() != null && !events.contains("UPDATE") && !events.contains("DELETE")) {
        problems.add(what + ": referencingOldTable(...) needs onUpdate() or onDelete()");
      }
      if (def.newTableName() != null && !events.contains("UPDATE") && !events.contains("INSERT")) {
        problems.add(what + ": referencingNewTable(...) needs onInsert() or onUpdate()");
      }
      for (String relation : java.util.Arrays.asList(def.oldTableName(), def.newTableName())) {
        if (relation != null && Identifiers.problem(relation) != null) {
          problems.add(
              what + ": transition table " + relation + ": " + Identifiers.problem(relation));
        }
      }
      if (def.oldTableName() != null && def.oldTableName().equals(def.newTableName())) {
        problems.add(what + ": the old and new transition tables need different names");
      }
    }
    if (def.functionName() == null) {
      problems.add(what + " needs execute(function)");
    }
    if (problems.size() > before) {
      return null;
    }
    QualifiedName from = def.fromTable() == null ? null : qualified(def.fromTable());
    return new Trigger(
        def.name(),
        timing,
        events,
        columns,
        forEachRow,
        when,
        function(def),
        def.arguments(),
        def.oldTableName(),
        def.newTableName(),
        def.isConstraint(),
        def.isDeferrable(),
        def.isInitiallyDeferred(),
        from,
        def.state());
  }

  /**
   * The functions and tables triggers name must be declared: a function with no input arguments
   * that returns trigger (or one in a schema an extension provides, or in pg_catalog), a FROM table
   * among the tables.
   */
  static void checkReferences(SchemaModel model, List<String> problems) {
    for (Table table : model.tables()) {
      Set<String> constraints = new HashSet<>();
      if (table.primaryKey() != null) {
        constraints.add(table.primaryKey().name());
      }
      table.uniques().forEach(u -> constraints.add(u.name()));
      table.checks().forEach(c -> constraints.add(c.name()));
      table.foreignKeys().forEach(f -> constraints.add(f.name()));
      for (Trigger trigger : table.triggers()) {
        String what = "table " + table.name() + ": trigger " + trigger.name();
        checkPartitioned(model, table, trigger, what, problems);
        if (trigger.constraint() && constraints.contains(trigger.name())) {
          problems.add(
              what
                  + " is a constraint trigger named like a constraint of the table; PostgreSQL"
                  + " keeps both names in one list: rename one");
        }
        QualifiedName fn = trigger.function();
        List<Routine> named =
            model.routines().stream().filter(r -> r.name().equals(fn) && !r.procedure()).toList();
        if (named.isEmpty()) {
          if (!providedByExtension(model, fn)) {
            problems.add(
                what
                    + " executes "
                    + fn
                    + "(), which is not declared: declare it with function(\""
                    + fn.name()
                    + "\").returns(\"trigger\")..."
                    + (model.extensions().stream().anyMatch(e -> e.schema().equals(fn.schema()))
                        ? " (if an extension provides it, install the extension in a schema of"
                            + " its own, where Shale takes what it does not know for the"
                            + " extension's)"
                        : ""));
          }
        } else if (named.stream()
            .noneMatch(r -> r.identityArguments().isEmpty() && "trigger".equals(r.returns()))) {
          problems.add(
              what
                  + " executes "
                  + fn
                  + "(), which must take no arguments and return trigger (declare returns(\"trigger\"))");
        }
        if (trigger.from() != null && model.table(trigger.from()).isEmpty()) {
          problems.add(what + ": from(\"" + trigger.from() + "\") names no declared table");
        }
      }
    }
  }

  /**
   * A row trigger of a partitioned table is PostgreSQL's to copy onto every partition, under its
   * own name: a partition may not declare another of that name, and such a trigger may not have
   * transition tables (PostgreSQL refuses both).
   */
  private static void checkPartitioned(
      SchemaModel model, Table table, Trigger trigger, String what, List<String> problems) {
    if (table.partitioning() == null) {
      return;
    }
    if (trigger.forEachRow() && (trigger.oldTable() != null || trigger.newTable() != null)) {
      problems.add(
          what
              + ": PostgreSQL has no row trigger with transition tables on a "
              + (table.partitioning().isPartitioned() ? "partitioned table" : "partition")
              + ": make it forEachStatement() or drop referencing...(...)");
    }
    QualifiedName parent = table.partitioning().parent();
    Set<QualifiedName> seen = new HashSet<>();
    while (parent != null && seen.add(parent)) {
      Table ancestor = model.table(parent).orElse(null);
      if (ancestor == null) {
        return;
      }
      for (Trigger inherited : ancestor.triggers()) {
        if (inherited.forEachRow() && inherited.name().equals(trigger.name())) {
          problems.add(
              what
                  + ": the partitioned table "
                  + ancestor.name()
                  + " has a row trigger of that name, which PostgreSQL copies onto every"
                  + " partition: rename one of them");
        }
      }
      parent = ancestor.partitioning() == null ? null : ancestor.partitioning().parent();
    }
  }

  /**
   * Whether an undeclared trigger function may come from an extension: one in pg_catalog, or in a
   * schema an extension lives in where the schema declares no routine of its own (there, an
   * undeclared name is more likely a function the schema dropped by mistake), or one of the trigger
   * functions PostgreSQL's contrib extensions install wherever they are created.
   */
  private static boolean providedByExtension(SchemaModel model, QualifiedName fn) {
    if (fn.schema().equals("pg_catalog")) {
      return true;
    }
    if (model.extensions().stream().noneMatch(e -> e.schema().equals(fn.schema()))) {
      return false;
    }
    return CONTRIB_TRIGGER_FUNCTIONS.contains(fn.name())
        || model.routines().stream().noneMatch(r -> r.name().schema().equals(fn.schema()));
  }

  /** Trigger functions of contrib extensions: spi, lo and tcn. */
  private static final Set<String> CONTRIB_TRIGGER_FUNCTIONS =
      Set.of(
          "autoinc",
          "insert_username",
          "moddatetime",
          "check_primary_key",
          "check_foreign_key",
          "lo_manage",
          "triggered_change_notification");

  /**
   * The trigger functions of pg_catalog that a user's trigger may call: an unqualified name finds
   * them before public's, as pg_catalog comes first on the search path (the others, RI_FKey_* and
   * unique_key_recheck, serve constraints).
   */
  private static final Set<String> BUILT_IN_TRIGGER_FUNCTIONS =
      Set.of(
          "suppress_redundant_updates_trigger",
          "tsvector_update_trigger",
          "tsvector_update_trigger_column");

  /** The function a trigger executes; a name without schema as the server resolves it. */
  private static QualifiedName function(TriggerDef def) {
    String schema = def.functionSchema();
    if (schema == null) {
      schema = BUILT_IN_TRIGGER_FUNCTIONS.contains(def.functionName()) ? "pg_catalog" : "public";
    }
    return new QualifiedName(schema, def.functionName());
  }

  private static QualifiedName qualified(String name) {
    int dot = name.indexOf('.');
    return dot < 0
        ? new QualifiedName("public", name)
        : new QualifiedName(name.substring(0, dot), name.substring(dot + 1));
  }

  /**
   * {@code when} with the row names {@code OLD} and {@code NEW} (before a dot, outside quotes) in
   * lower case, as the server prints them: the same condition, spelled as introspection reads it.
   */
  static String rowNamesLowerCase(String when) {
    if (when == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(when);
    char quote = 0;
    for (int i = 0; i < when.length(); i++) {
      char c = when.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (i + 3 <= when.length()
          && (i == 0 || !isNamePart(when.charAt(i - 1)) && when.charAt(i - 1) != '.')
          && (when.regionMatches(true, i, "old", 0, 3) || when.regionMatches(true, i, "new", 0, 3))
          && followedByDot(when, i + 3)) {
        out.replace(i, i + 3, when.substring(i, i + 3).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static boolean followedByDot(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length()
        && text.charAt(i) == '.'
        && (at == text.length() || !isNamePart(text.charAt(at)));
  }

  /** {@code text} lower case, with string literals blanked out (quoted names kept). */
  private static String unquotedNames(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean literal = false;
    for (char c : text.toCharArray()) {
      if (c == '\'') {
        literal = !literal;
        out.append(c);
      } else {
        out.append(literal ? ' ' : c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code text} with what is inside single or double quotes blanked out. */
  static String withoutQuotedText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          out.append(c);
        } else {
          out.append(' ');
        }
      } else {
        if (c == '\'' || c == '"') {
          quote = c;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
