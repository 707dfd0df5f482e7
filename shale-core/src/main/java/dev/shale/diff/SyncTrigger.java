package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.ColumnReplacement;
import dev.shale.model.ColumnType;
import dev.shale.model.PgNames;
import dev.shale.model.QualifiedName;
import dev.shale.model.Routine;
import dev.shale.model.Trigger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The trigger that keeps the two columns of an expand-and-contract pair in step while old and new
 * application code run side by side, and the expressions that convert between them.
 *
 * <p>Old code writes only the old column, new code only the new one; the trigger tells them apart
 * by what a statement changed. On INSERT, a new column left NULL is computed from the old one,
 * otherwise the new column wins. On UPDATE, the column that changed is copied to the other; when
 * both or neither changed nothing is copied, except into a new column that is still NULL: an update
 * of other columns of a row the backfill has not reached yet computes it there and then. Without
 * that, the row would fail the new column's NOT VALID checks (which hold for every row written),
 * and could move, as a new row version, to a page the backfill has passed and stay NULL for good. A
 * write of the new column that already equals the conversion of the old one (the backfill's own
 * updates) leaves the old column as it was, so that a lossy round trip ({@code text → jsonb →
 * text}) never rewrites data that nobody changed.
 */
final class SyncTrigger {
  private SyncTrigger() {}

  /** The name of the pair's trigger: {@code shale_sync_<new column>}. */
  static String triggerName(String replacement) {
    return clip("shale_sync_" + replacement);
  }

  /** The pair's function, in the table's schema: {@code shale_sync_<table>_<new column>}. */
  static QualifiedName functionName(QualifiedName table, String replacement) {
    String name = "shale_sync_" + table.name() + "_" + replacement;
    return new QualifiedName(
        table.schema(),
        fits(name) ? name : PgNames.makeObjectName(table.name(), replacement, "shale_sync"));
  }

  static Trigger trigger(ColumnPair pair) {
    return new Trigger(
        pair.trigger(),
        "BEFORE",
        List.of("INSERT", "UPDATE"),
        List.of(),
        true,
        null,
        pair.function(),
        pair.arguments(),
        null,
        null,
        false,
        false,
        false,
        null,
        Trigger.ENABLED);
  }

  /**
   * The trigger function. {@code columns} are the table's columns as they stand while the pair
   * exists (the old and the new one among them).
   */
  static Routine function(
      ColumnPair pair,
      Column old,
      Column replacement,
      ColumnReplacement how,
      List<Column> columns,
      Predicate<ColumnType> hasEquality) {
    String o = "NEW." + quote(pair.old());
    String n = "NEW." + quote(pair.replacement());
    String oldO = "OLD." + quote(pair.old());
    String oldN = "OLD." + quote(pair.replacement());
    String forward = forward(pair, old, replacement, how);
    String back = back(pair, old, replacement, how, columns);
    Comparison oldType = new Comparison(hasEquality.test(old.type()));
    Comparison newType = new Comparison(hasEquality.test(replacement.type()));
    // Columns other than the old one that the using expression reads: when an update changes one
    // of them and not the new column, the new column is computed again.
    List<String> inputs =
        how.using() == null
            ? List.of()
            : columns.stream()
                .filter(c -> !c.name().equals(pair.old()) && !c.name().equals(pair.replacement()))
                .filter(c -> ViewDependencies.mentionsColumn(how.using(), c.name()))
                .map(
                    c ->
                        new Comparison(hasEquality.test(c.type()))
                            .distinct("NEW." + quote(c.name()), "OLD." + quote(c.name())))
                .toList();
    String body =
        "\n-- Written by shale generate: copies writes between "
            + quote(pair.old())
            + " and "
            + quote(pair.replacement())
            + "\n-- until the contract migration drops the old column.\nBEGIN\n"
            + "  IF TG_OP = 'INSERT' THEN\n"
            + ("    IF " + n + " IS NULL THEN\n")
            + ("      " + n + " := " + forward + ";\n")
            + ("    ELSIF " + o + " IS NULL OR " + newType.distinct(n, forward) + " THEN\n")
            + ("      " + o + " := " + back + ";\n")
            + "    END IF;\n"
            + ("  ELSIF " + oldType.distinct(o, oldO) + "\n")
            + ("      AND " + newType.same(n, oldN) + " THEN\n")
            + ("    " + n + " := " + forward + ";\n")
            + ("  ELSIF " + newType.distinct(n, oldN) + "\n")
            + ("      AND " + oldType.same(o, oldO) + "\n")
            + ("      AND " + newType.distinct(n, forward) + " THEN\n")
            + ("    " + o + " := " + back + ";\n")
            + (inputs.isEmpty()
                ? ""
                : "  ELSIF "
                    + newType.same(n, oldN)
                    + "\n      AND ("
                    + String.join("\n        OR ", inputs)
                    + ") THEN\n"
                    + ("    " + n + " := " + forward + ";\n"))
            + ("  ELSIF " + n + " IS NULL THEN\n")
            + ("    " + n + " := " + forward + ";\n")
            + "  END IF;\n"
            + "  RETURN NEW;\n"
            + "END\n";
    return new Routine(
        pair.function(),
        false,
        List.of(),
        "trigger",
        "plpgsql",
        "volatile",
        false,
        false,
        "unsafe",
        List.of(),
        body);
  }

  /** The new column's value computed from the row in {@code NEW}. */
  private static String forward(
      ColumnPair pair, Column old, Column replacement, ColumnReplacement how) {
    if (how.using() != null) {
      return "(SELECT " + how.using() + " FROM (SELECT NEW.*) AS shale_row)";
    }
    return convertedInto("NEW." + quote(pair.old()), old.type(), replacement.type());
  }

  /** The old column's value computed from the row in {@code NEW}, the new column under its name. */
  private static String back(
      ColumnPair pair,
      Column old,
      Column replacement,
      ColumnReplacement how,
      List<Column> columns) {
    if (how.reverse() != null) {
      String row =
          columns.stream()
              .filter(c -> !c.name().equals(pair.old()))
              .map(
                  c ->
                      "NEW."
                          + quote(c.name())
                          + " AS "
                          + quote(
                              c.name().equals(pair.replacement()) ? pair.finalName() : c.name()))
              .collect(Collectors.joining(", "));
      return "(SELECT " + how.reverse() + " FROM (SELECT " + row + ") AS shale_row)";
    }
    return converted("NEW." + quote(pair.replacement()), replacement.type(), old.type());
  }

  /**
   * The backfill's value of the new column, over a row of the table in an UPDATE: the using
   * expression, a cast, or the old column itself.
   */
  static String backfill(String oldName, Column old, Column replacement, ColumnReplacement how) {
    if (how.using() != null) {
      return "(" + how.using() + ")";
    }
    return convertedInto(quote(oldName), old.type(), replacement.type());
  }

  /** Whether a pair's backfill value is a using expression (written in parentheses) or a cast. */
  static boolean isUsing(String backfillValue) {
    return backfillValue.startsWith("(");
  }

  private static String converted(String value, ColumnType from, ColumnType to) {
    return from.equals(to) ? value : "CAST(" + value + " AS " + type(to) + ")";
  }

  /**
   * The conversion into the new column: a cast to a length-limited character or bit type would cut
   * a value that does not fit without a word, so the cast goes to the unlimited type and the
   * assignment to the column checks the length (and fails, as ALTER … TYPE would).
   */
  private static String convertedInto(String value, ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return value;
    }
    String unlimited = unlimited(to.name());
    return unlimited == null
        ? converted(value, from, to)
        : "CAST(" + value + " AS " + unlimited + "[]".repeat(to.dimensions()) + ")";
  }

  /** The unlimited type of a length-limited built-in character or bit type, or null. */
  private static String unlimited(String type) {
    for (String[] kind :
        new String[][] {
          {"character varying(", "character varying"},
          {"character(", "bpchar"},
          {"bit varying(", "bit varying"},
          {"bit(", "bit varying"}
        }) {
      if (type.startsWith(kind[0])) {
        return kind[1];
      }
    }
    return null;
  }

  /**
   * Comparisons of two values of one type in the trigger. A type without an equality operator
   * (json, xml, the geometric types, most composite types) is compared by its text.
   */
  private record Comparison(boolean hasEquality) {
    String distinct(String a, String b) {
      return hasEquality
          ? a + " IS DISTINCT FROM " + b
          : "(" + a + ")::text IS DISTINCT FROM (" + b + ")::text";
    }

    String same(String a, String b) {
      return hasEquality
          ? a + " IS NOT DISTINCT FROM " + b
          : "(" + a + ")::text IS NOT DISTINCT FROM (" + b + ")::text";
    }
  }

  /** Built-in types without a default equality operator. */
  private static final Set<String> WITHOUT_EQUALITY =
      Set.of(
          "json",
          "xml",
          "point",
          "line",
          "lseg",
          "box",
          "path",
          "polygon",
          "circle",
          "txid_snapshot",
          "pg_snapshot",
          "jsonpath",
          "refcursor");

  /**
   * Whether values of {@code type} can be compared with IS DISTINCT FROM: built-in types but those
   * of {@link #WITHOUT_EQUALITY}, and enums; other user types (composites, domains, ranges) are
   * compared by their text, which always works.
   */
  static boolean hasEquality(ColumnType type, Set<QualifiedName> enums) {
    if (type.isUserDefined()) {
      return enums.contains(type.userType());
    }
    return !WITHOUT_EQUALITY.contains(type.name());
  }

  static String type(ColumnType type) {
    String base =
        type.isUserDefined() ? quote(type.schema()) + "." + quote(type.name()) : type.name();
    return base + "[]".repeat(type.dimensions());
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static boolean fits(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length <= PgNames.MAX_IDENTIFIER_BYTES;
  }

  /** {@code name} cut to the bytes PostgreSQL keeps, on a character boundary. */
  static String clip(String name) {
    while (!fits(name)) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static final java.util.regex.Pattern ASSIGNMENT =
      java.util.regex.Pattern.compile("(?ms)^\\s*NEW\\.(\"(?:[^\"]|\"\")*\") := (.*?);$");

  private static final java.util.regex.Pattern ROW =
      java.util.regex.Pattern.compile("\\bNEW\\.(?=[\"*])");

  /**
   * A statement that plans every conversion the trigger {@code function} of {@code table} runs, as
   * it runs them, and changes no row: {@code UPDATE table AS shale_new SET new = …, old = … WHERE
   * false}. Read back from the assignments this class wrote into the function's body, with the row
   * {@code NEW} as the updated row.
   */
  static String check(String table, Routine function) {
    java.util.Map<String, String> sets = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher m = ASSIGNMENT.matcher(function.body());
    while (m.find()) {
      sets.putIfAbsent(m.group(1), ROW.matcher(m.group(2)).replaceAll("shale_new."));
    }
    if (sets.isEmpty()) {
      throw new IllegalStateException("no assignment in the body of " + function.name());
    }
    return "UPDATE "
        + table
        + " AS shale_new SET "
        + sets.entrySet().stream()
            .map(e -> e.getKey() + " = " + e.getValue())
            .collect(Collectors.joining(", "))
        + " WHERE false";
  }
}
