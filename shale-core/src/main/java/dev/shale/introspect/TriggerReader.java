package dev.shale.introspect;

import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.Trigger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The triggers of the tables read ({@code triggers.sql}), added to the model after the rest is
 * assembled. A trigger whose function or FROM table the model does not hold (a function outside the
 * schemas read, a table outside the filters) is listed as unmanaged instead: the schema could not
 * declare it.
 */
final class TriggerReader {
  private TriggerReader() {}

  /** One row of {@code triggers.sql}. */
  record TriggerRow(QualifiedName table, Trigger trigger) {}

  static Introspection attach(Connection c, List<String> schemas, Introspection read)
      throws SQLException {
    SchemaModel model = read.model();
    Set<String> enumTypes = new HashSet<>();
    for (EnumType e : model.enums()) {
      QualifiedName n = e.name();
      enumTypes.add(
          n.schema().equals("public") && !dev.shale.sql.Identifiers.shadowedByCatalog(n.name())
              ? n.name()
              : n.toString());
    }
    ServerText.Context context = new ServerText.Context(Set.of(), enumTypes);
    List<TriggerRow> rows =
        CatalogQuery.load("triggers.sql", Map.of()).rows(c, schemas, rs -> row(rs, context));
    if (rows.isEmpty()) {
      return read;
    }
    List<UnmanagedObject> unmanaged = new ArrayList<>(read.unmanaged());
    Map<QualifiedName, List<Trigger>> byTable = new HashMap<>();
    for (TriggerRow row : rows) {
      Trigger t = row.trigger();
      if (model.table(row.table()).isEmpty()) {
        continue; // the table is outside the filters
      }
      String what = row.table().schema() + "." + t.name() + " on " + row.table().name();
      if (!declarable(model, t.function())) {
        unmanaged.add(new UnmanagedObject("trigger calling an unmanaged function", what));
      } else if (t.from() != null && model.table(t.from()).isEmpty()) {
        unmanaged.add(new UnmanagedObject("constraint trigger from an unmanaged table", what));
      } else {
        byTable.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(t);
      }
    }
    List<Table> tables =
        model.tables().stream()
            .map(t -> byTable.containsKey(t.name()) ? t.withTriggers(byTable.get(t.name())) : t)
            .toList();
    return new Introspection(model.withTables(tables), unmanaged, read.defaultVersions());
  }

  /** Whether a schema could name {@code function}: as the loader's checks allow. */
  private static boolean declarable(SchemaModel model, QualifiedName function) {
    return function.schema().equals("pg_catalog")
        || model.extensions().stream().anyMatch(e -> e.schema().equals(function.schema()))
        || model.routines().stream()
            .anyMatch(
                r ->
                    r.name().equals(function)
                        && !r.procedure()
                        && r.identityArguments().isEmpty()
                        && "trigger".equals(r.returns()));
  }

  private static TriggerRow row(ResultSet rs, ServerText.Context context) throws SQLException {
    int type = rs.getInt("type");
    List<String> events = new ArrayList<>();
    if ((type & 4) != 0) {
      events.add("INSERT");
    }
    if ((type & 8) != 0) {
      events.add("DELETE");
    }
    if ((type & 16) != 0) {
      events.add("UPDATE");
    }
    if ((type & 32) != 0) {
      events.add("TRUNCATE");
    }
    String fromTable = rs.getString("from_table");
    Trigger trigger =
        new Trigger(
            rs.getString("name"),
            (type & 2) != 0 ? "BEFORE" : "AFTER",
            events,
            CatalogQuery.strings(rs, "columns"),
            (type & 1) != 0,
            ServerText.expression(when(rs.getString("definition")), context),
            new QualifiedName(rs.getString("function_schema"), rs.getString("function_name")),
            arguments(rs.getBytes("args"), rs.getInt("nargs")),
            rs.getString("old_table"),
            rs.getString("new_table"),
            rs.getBoolean("is_constraint"),
            rs.getBoolean("deferrable"),
            rs.getBoolean("initially_deferred"),
            fromTable == null ? null : new QualifiedName(rs.getString("from_schema"), fromTable),
            state(rs.getString("enabled")));
    return new TriggerRow(
        new QualifiedName(rs.getString("schema"), rs.getString("table_name")), trigger);
  }

  private static String state(String tgenabled) {
    switch (tgenabled) {
      case "D":
        return "disabled";
      case "R":
        return "replica";
      case "A":
        return "always";
      default:
        return Trigger.ENABLED;
    }
  }

  /** The arguments in {@code tgargs}: each ended by a zero byte. */
  private static List<String> arguments(byte[] args, int count) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; args != null && i < args.length && out.size() < count; i++) {
      if (args[i] == 0) {
        out.add(new String(args, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * The WHEN condition of a trigger's printed definition ({@code ... FOR EACH ROW WHEN (cond)
   * EXECUTE FUNCTION ...}), with its parentheses, or null.
   */
  static String when(String definition) {
    if (definition == null) {
      return null;
    }
    int at = definition.indexOf(" FOR EACH ROW WHEN (");
    int open = at < 0 ? -1 : at + " FOR EACH ROW WHEN ".length();
    if (open < 0) {
      at = definition.indexOf(" FOR EACH STATEMENT WHEN (");
      open = at < 0 ? -1 : at + " FOR EACH STATEMENT WHEN ".length();
    }
    if (open < 0) {
      return null;
    }
    int depth = 0;
    char quote = 0;
    for (int i = open; i < definition.length(); i++) {
      char ch = definition.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return definition.substring(open, i + 1);
      }
    }
    return null;
  }
}
