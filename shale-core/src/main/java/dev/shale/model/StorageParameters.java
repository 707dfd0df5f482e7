package dev.shale.model;

import java.util.Locale;
import java.util.Map;

/**
 * The table storage parameters PostgreSQL 14 to 18 know, and their values as the server keeps them:
 * an integer as the number (leading zeros gone), a keyword lowercased, a decimal as written.
 */
public final class StorageParameters {
  private StorageParameters() {}

  private enum Kind {
    INTEGER,
    REAL,
    BOOLEAN,
    INDEX_CLEANUP
  }

  private static final Map<String, Kind> KNOWN =
      Map.ofEntries(
          Map.entry("fillfactor", Kind.INTEGER),
          Map.entry("toast_tuple_target", Kind.INTEGER),
          Map.entry("parallel_workers", Kind.INTEGER),
          Map.entry("autovacuum_enabled", Kind.BOOLEAN),
          Map.entry("vacuum_index_cleanup", Kind.INDEX_CLEANUP),
          Map.entry("vacuum_truncate", Kind.BOOLEAN),
          Map.entry("autovacuum_vacuum_threshold", Kind.INTEGER),
          Map.entry("autovacuum_vacuum_scale_factor", Kind.REAL),
          Map.entry("autovacuum_vacuum_insert_threshold", Kind.INTEGER),
          Map.entry("autovacuum_vacuum_insert_scale_factor", Kind.REAL),
          Map.entry("autovacuum_analyze_threshold", Kind.INTEGER),
          Map.entry("autovacuum_analyze_scale_factor", Kind.REAL),
          Map.entry("autovacuum_vacuum_cost_delay", Kind.REAL),
          Map.entry("autovacuum_vacuum_cost_limit", Kind.INTEGER),
          Map.entry("autovacuum_freeze_min_age", Kind.INTEGER),
          Map.entry("autovacuum_freeze_max_age", Kind.INTEGER),
          Map.entry("autovacuum_freeze_table_age", Kind.INTEGER),
          Map.entry("autovacuum_multixact_freeze_min_age", Kind.INTEGER),
          Map.entry("autovacuum_multixact_freeze_max_age", Kind.INTEGER),
          Map.entry("autovacuum_multixact_freeze_table_age", Kind.INTEGER),
          Map.entry("log_autovacuum_min_duration", Kind.INTEGER),
          Map.entry("user_catalog_table", Kind.BOOLEAN));

  /** The parameters the TOAST table takes, with the prefix {@code toast.}. */
  private static final java.util.Set<String> TOAST =
      java.util.Set.of(
          "autovacuum_enabled",
          "vacuum_index_cleanup",
          "vacuum_truncate",
          "autovacuum_vacuum_threshold",
          "autovacuum_vacuum_scale_factor",
          "autovacuum_vacuum_insert_threshold",
          "autovacuum_vacuum_insert_scale_factor",
          "autovacuum_vacuum_cost_delay",
          "autovacuum_vacuum_cost_limit",
          "autovacuum_freeze_min_age",
          "autovacuum_freeze_max_age",
          "autovacuum_freeze_table_age",
          "autovacuum_multixact_freeze_min_age",
          "autovacuum_multixact_freeze_max_age",
          "autovacuum_multixact_freeze_table_age",
          "log_autovacuum_min_duration");

  private static final java.util.Set<String> BOOLEANS =
      java.util.Set.of("on", "off", "true", "false", "yes", "no", "1", "0");

  private static Kind kind(String name) {
    if (name.startsWith("toast.")) {
      String bare = name.substring("toast.".length());
      return TOAST.contains(bare) ? KNOWN.get(bare) : null;
    }
    return KNOWN.get(name);
  }

  /**
   * What is wrong with the option {@code name = value} (name lowercased) of a view, or null; a
   * materialized view takes the storage parameters of a table.
   */
  public static String viewProblem(String name, String value, boolean materialized) {
    if (materialized) {
      return problem(name, value);
    }
    String v = canonical(value);
    return switch (name) {
      case "security_barrier", "security_invoker" ->
          BOOLEANS.contains(v) ? null : "the value must be true or false, not " + value;
      case "check_option" ->
          v.equals("local") || v.equals("cascaded")
              ? null
              : "the value must be local or cascaded, not " + value;
      default ->
          "PostgreSQL has no view option "
              + name
              + " (security_barrier, security_invoker, check_option)";
    };
  }

  private static final Map<String, Map<String, Kind>> INDEX =
      Map.of(
          "btree", Map.of("fillfactor", Kind.INTEGER, "deduplicate_items", Kind.BOOLEAN),
          "hash", Map.of("fillfactor", Kind.INTEGER),
          "gist", Map.of("fillfactor", Kind.INTEGER, "buffering", Kind.INDEX_CLEANUP),
          "spgist", Map.of("fillfactor", Kind.INTEGER),
          "gin", Map.of("fastupdate", Kind.BOOLEAN, "gin_pending_list_limit", Kind.INTEGER),
          "brin", Map.of("pages_per_range", Kind.INTEGER, "autosummarize", Kind.BOOLEAN));

  /**
   * What is wrong with the storage parameter {@code name = value} (name lowercased) of an index of
   * {@code method} (null for btree), or null. An access method an extension adds is not judged.
   */
  public static String indexProblem(String method, String name, String value) {
    Map<String, Kind> known = INDEX.get(method == null ? "btree" : method);
    if (known == null) {
      return null;
    }
    Kind kind = known.get(name);
    if (kind == null) {
      return "a "
          + (method == null ? "btree" : method)
          + " index has no storage parameter "
          + name
          + " (it has "
          + String.join(", ", new java.util.TreeSet<>(known.keySet()))
          + ")";
    }
    return valueProblem(kind, value);
  }

  /** Fixed-length types and their sizes (rounded up for alignment). */
  private static final Map<String, Integer> FIXED =
      Map.ofEntries(
          Map.entry("smallint", 2),
          Map.entry("integer", 4),
          Map.entry("bigint", 8),
          Map.entry("smallserial", 2),
          Map.entry("serial", 4),
          Map.entry("bigserial", 8),
          Map.entry("real", 4),
          Map.entry("double precision", 8),
          Map.entry("boolean", 1),
          Map.entry("date", 4),
          Map.entry("uuid", 16),
          Map.entry("money", 8),
          Map.entry("oid", 4),
          Map.entry("\"char\"", 1),
          Map.entry("interval", 16),
          Map.entry("macaddr", 6),
          Map.entry("macaddr8", 8),
          Map.entry("point", 16));

  /** A row larger than this may be TOASTed (TOAST_TUPLE_THRESHOLD for 8 kB pages). */
  private static final int TOAST_TUPLE_THRESHOLD = 2032;

  /**
   * Whether PostgreSQL makes a TOAST table for a new table of these column types, as
   * needs_toast_table decides: a column that may be TOASTed, and a row that may outgrow the
   * threshold (any column of unbounded length, or bounded ones adding up to more). Lengths are for
   * UTF-8 (four bytes a character); a type Shale does not know counts as unbounded.
   */
  public static boolean needsToastTable(java.util.List<ColumnType> types) {
    boolean toastable = false;
    boolean unbounded = false;
    long length = 24;
    for (ColumnType type : types) {
      if (type.isArray()) {
        toastable = true;
        unbounded = true;
        continue;
      }
      if (type.isUserDefined()) {
        length += 4; // an enum
        continue;
      }
      String name = type.name();
      String base = name.replaceAll("\\(.*\\)", "").strip();
      Integer fixed = FIXED.get(base);
      if (fixed == null && (base.startsWith("time") || base.startsWith("timestamp"))) {
        fixed = 12;
      }
      if (fixed != null) {
        length += fixed;
        continue;
      }
      toastable = true;
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^[a-z ]+\\((\\d+)(?:,\\s*-?\\d+)?\\)").matcher(name);
      if (m.find()) {
        long n = Long.parseLong(m.group(1));
        if (base.equals("character varying") || base.equals("character")) {
          length += n * 4 + 4;
          continue;
        }
        if (base.equals("numeric")) {
          length += (n / 4 + 2) * 2 + 4;
          continue;
        }
        if (base.equals("bit") || base.equals("bit varying")) {
          length += (n + 7) / 8 + 8;
          continue;
        }
      }
      unbounded = true;
    }
    return toastable && (unbounded || length > TOAST_TUPLE_THRESHOLD);
  }

  /** What is wrong with {@code name = value} (name lowercased), or null. */
  public static String problem(String name, String value) {
    Kind kind = kind(name);
    if (kind == null) {
      return "PostgreSQL has no table storage parameter " + name;
    }
    return valueProblem(kind, value);
  }

  private static String valueProblem(Kind kind, String value) {
    String v = canonical(value);
    return switch (kind) {
      case INTEGER ->
          v.matches("-?[0-9]+") ? null : "the value must be a whole number, not " + value;
      case REAL ->
          v.matches("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")
              ? null
              : "the value must be a number, not " + value;
      case BOOLEAN -> BOOLEANS.contains(v) ? null : "the value must be on or off, not " + value;
      case INDEX_CLEANUP ->
          BOOLEANS.contains(v) || v.equals("auto")
              ? null
              : "the value must be auto, on or off, not " + value;
    };
  }

  /** The value as the server keeps it. */
  public static String canonical(String value) {
    String v = value.strip();
    if (v.matches("-?[0-9]+")) {
      boolean negative = v.startsWith("-");
      String digits = (negative ? v.substring(1) : v).replaceFirst("^0+(?=.)", "");
      return (negative ? "-" : "") + digits;
    }
    return v.matches("[A-Za-z_]+") ? v.toLowerCase(Locale.ROOT) : v;
  }

  /** How a value is written in WITH (...) or SET (...): numbers and words bare, the rest quoted. */
  public static String sql(String value) {
    return value.matches("-?[0-9.eE+-]+|[a-z_]+") ? value : "'" + value.replace("'", "''") + "'";
  }
}
