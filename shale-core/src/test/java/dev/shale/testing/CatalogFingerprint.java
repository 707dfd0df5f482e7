package dev.shale.testing;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * A canonical text describing the schema objects of a database, for comparing two catalogs.
 *
 * <p>Two databases holding the same schema give the same text, whatever the order the objects were
 * created in and whatever the physical order of the columns: columns are listed by name. Covered:
 * schemas; tables (persistence, storage options, partitioning, inheritance, row-level security);
 * columns (type, collation when not the type's default, NOT NULL, default, identity with its
 * sequence options, generated expression, sequences owned by the column); constraints (by name,
 * with {@code pg_get_constraintdef}, deferrability, validity); indexes (by name, with {@code
 * pg_get_indexdef}); enums with their labels in order; sequences not owned by a column; views and
 * materialized views (whitespace-normalized {@code pg_get_viewdef}); comments on all of these;
 * extensions in these schemas (name, schema, version); row-level security policies (kind, command,
 * roles, expressions); functions and procedures not owned by an extension ({@code
 * pg_get_functiondef}); triggers that are not internal ({@code pg_get_triggerdef} with the {@code
 * UPDATE OF} columns sorted, whose order means nothing, and the enabled state). Not covered:
 * domains, composite types, owners and privileges, data.
 *
 * <p>All names and expressions are schema-qualified: the text is produced with {@code search_path =
 * pg_catalog} (restored afterwards). A constant number of set-based catalog queries is used,
 * whatever the number of tables.
 */
public final class CatalogFingerprint {

  /** The history table's schema, left out of the default schema list. */
  public static final String HISTORY_SCHEMA = "shale";

  private CatalogFingerprint() {}

  /**
   * The fingerprint of every non-system schema (all but {@code pg_*}, {@code information_schema}
   * and {@value #HISTORY_SCHEMA}).
   */
  public static String of(Connection c) throws SQLException {
    return of(c, null);
  }

  /**
   * The fingerprint of the given schemas; {@code null} means every non-system schema (see {@link
   * #of(Connection)}). Schemas that do not exist are left out.
   */
  public static String of(Connection c, List<String> schemas) throws SQLException {
    String oldPath;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('search_path')")) {
      rs.next();
      oldPath = rs.getString(1);
    }
    set(c, "pg_catalog");
    boolean ok = false;
    try {
      String result = collect(c, schemas);
      ok = true;
      return result;
    } finally {
      try {
        set(c, oldPath);
      } catch (SQLException e) {
        if (ok) {
          throw e;
        }
        // keep the original failure
      }
    }
  }

  private static void set(Connection c, String searchPath) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('search_path', ?, false)")) {
      ps.setString(1, searchPath);
      ps.execute();
    }
  }

  /**
   * Throws an {@link AssertionFailedError} (with expected and actual, so IDEs show a comparison)
   * whose message is the unified diff, unless the fingerprints are equal.
   */
  public static void assertEqual(String expected, String actual, String message) {
    if (!expected.equals(actual)) {
      String prefix = message == null || message.isEmpty() ? "" : message + "\n";
      String diff = diff(expected, actual);
      if (diff.isEmpty()) {
        diff = "(they differ only in line terminators)";
      }
      throw new AssertionFailedError(prefix + "catalogs differ:\n" + diff, expected, actual);
    }
  }

  /** As {@link #assertEqual(String, String, String)} without a message. */
  public static void assertEqual(String expected, String actual) {
    assertEqual(expected, actual, null);
  }

  /** A unified diff from {@code expected} to {@code actual} with 3 lines of context. */
  public static String diff(String expected, String actual) {
    return diff(expected, actual, "expected", "actual", 3);
  }

  /**
   * A unified diff between two fingerprints; empty when they are equal. Each hunk header names the
   * object (the last unindented line) the hunk starts in, like {@code diff -p}.
   */
  public static String diff(
      String original, String revised, String originalName, String revisedName, int context) {
    List<String> a = lines(original);
    List<String> b = lines(revised);
    Patch<String> patch = DiffUtils.diff(a, b);
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    List<String> out =
        UnifiedDiffUtils.generateUnifiedDiff(originalName, revisedName, a, patch, context);
    Pattern hunk = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+\\d+(?:,\\d+)? @@$");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i);
      Matcher m = hunk.matcher(line);
      if (m.matches()) {
        String owner = hunkOwner(a, Integer.parseInt(m.group(1)), out, i + 1);
        if (owner != null) {
          line = line + " " + owner;
        }
      }
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /** The object (unindented line) that the first changed line of a hunk belongs to. */
  private static String hunkOwner(List<String> original, int start, List<String> diff, int from) {
    int index = start == 0 ? -1 : start - 1; // 0-based index in original of the hunk's first line
    for (int i = from; i < diff.size(); i++) {
      String l = diff.get(i);
      if (l.startsWith("-") || l.startsWith("+")) {
        String text = l.substring(1);
        if (!text.isEmpty() && !text.startsWith(" ")) {
          return text;
        }
        // a removed line is original[index]; an added line comes after original[index - 1]
        return ownerOf(original, l.startsWith("-") ? index : index - 1);
      }
      if (l.startsWith("@@")) {
        break;
      }
      index++;
    }
    return null;
  }

  private static String ownerOf(List<String> lines, int index) {
    for (int i = Math.min(index, lines.size() - 1); i >= 0; i--) {
      String l = lines.get(i);
      if (!l.isEmpty() && !l.startsWith(" ")) {
        return l;
      }
    }
    return null;
  }

  private static List<String> lines(String s) {
    return s.lines().toList();
  }

  // ---------------------------------------------------------------------------------------------

  /** One top-level object: its header line and its indented detail lines. */
  private static final class Node {
    final String header;
    final List<String> head = new ArrayList<>(); // properties, in fixed order
    final TreeMap<String, List<String>> members = new TreeMap<>(); // sorted member entries

    Node(String header) {
      this.header = header;
    }

    List<String> member(String key) {
      return members.computeIfAbsent(key, k -> new ArrayList<>());
    }
  }

  private static final Map<String, String> KIND_ORDER =
      Map.of("table", "3", "foreign table", "4", "view", "5", "materialized view", "6");

  private static final String SCHEMAS_DEFAULT =
      "SELECT n.nspname FROM pg_catalog.pg_namespace n"
          + " WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'"
          + " AND n.nspname <> '"
          + HISTORY_SCHEMA
          + "'";

  private static final String SCHEMAS =
      "SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace')"
          + " FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)";

  /** Relations other than sequences and indexes. */
  private static final String RELATIONS =
      """
      SELECT n.nspname, c.relname, c.relkind, c.relpersistence,
             (SELECT pg_catalog.array_agg(o ORDER BY o)
                FROM (SELECT pg_catalog.unnest(c.reloptions) AS o
                      UNION ALL
                      SELECT 'toast.' || pg_catalog.unnest(t.reloptions)
                        FROM pg_catalog.pg_class t WHERE t.oid = c.reltoastrelid) AS opts)::text,
             c.relrowsecurity, c.relforcerowsecurity,
             CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
             CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
             (SELECT pg_catalog.string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)
                FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid),
             CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,
             pg_catalog.obj_description(c.oid, 'pg_class')
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
         AND n.nspname = ANY (?)
         AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                          WHERE d.classid = 'pg_catalog.pg_class'::regclass
                            AND d.objid = c.oid AND d.deptype = 'e')
      """;

  private static final String COLUMNS =
      """
      SELECT n.nspname, c.relname, a.attname,
             pg_catalog.format_type(a.atttypid, a.atttypmod),
             a.attnotnull, a.attidentity, a.attgenerated,
             pg_catalog.pg_get_expr(d.adbin, d.adrelid),
             CASE WHEN a.attcollation <> t.typcollation
                  THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
             END,
             pg_catalog.col_description(c.oid, a.attnum)
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
        LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
       WHERE a.attnum > 0 AND NOT a.attisdropped
         AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
         AND n.nspname = ANY (?)
      """;

  /** Every sequence, with the column owning it, if any ('i' identity, 'a' serial / OWNED BY). */
  private static final String SEQUENCES =
      """
      SELECT n.nspname, c.relname,
             pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
             s.seqmin, s.seqmax, s.seqcache, s.seqcycle, c.relpersistence,
             tn.nspname, tc.relname, a.attname, d.deptype,
             pg_catalog.obj_description(c.oid, 'pg_class')
        FROM pg_catalog.pg_sequence s
        JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_catalog.pg_depend d
               ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
              AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
              AND d.deptype IN ('a', 'i')
        LEFT JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
        LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
        LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
       WHERE n.nspname = ANY (?)
         AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                          WHERE e.classid = 'pg_catalog.pg_class'::regclass
                            AND e.objid = c.oid AND e.deptype = 'e')
      """;

  private static final String CONSTRAINTS =
      """
      SELECT n.nspname, c.relname, k.conname, k.contype,
             pg_catalog.pg_get_constraintdef(k.oid),
             k.condeferrable, k.condeferred, k.convalidated,
             pg_catalog.obj_description(k.oid, 'pg_constraint')
        FROM pg_catalog.pg_constraint k
        JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype <> 'n' AND n.nspname = ANY (?)
      """;

  private static final String INDEXES =
      """
      SELECT n.nspname, t.relname, i.relname, pg_catalog.pg_get_indexdef(i.oid),
             x.indisvalid, pg_catalog.obj_description(i.oid, 'pg_class')
        FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
        JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = ANY (?)
      """;

  private static final String POLICIES =
      """
      SELECT n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd,
             ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.oid) END
                     FROM pg_catalog.unnest(p.polroles) AS r(oid) ORDER BY 1)::text,
             pg_catalog.pg_get_expr(p.polqual, p.polrelid),
             pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)
        FROM pg_catalog.pg_policy p
        JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ANY (?)
      """;

  private static final String TRIGGERS =
      """
      SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled,
             pg_catalog.array_to_string(ARRAY(
               SELECT pg_catalog.quote_ident(a.attname)
                 FROM pg_catalog.unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum
                ORDER BY k.i), ', '),
             pg_catalog.array_to_string(ARRAY(
               SELECT pg_catalog.quote_ident(a.attname)
                 FROM pg_catalog.unnest(t.tgattr::int2[]) AS k(attnum)
                 JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum
                ORDER BY a.attname), ', ')
        FROM pg_catalog.pg_trigger t
        JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ANY (?) AND NOT t.tgisinternal
      """;

  /**
   * Privileges on relations, schemas and functions other than the owner's own and PUBLIC's default
   * EXECUTE on functions and USAGE/CREATE on the public schema, one line per grantee; a function
   * whose EXECUTE PUBLIC lost, one line too.
   */
  private static final String GRANTS =
      """
      WITH s AS (SELECT pg_catalog.unnest(?::text[]) AS nspname),
      obj AS (
        SELECT CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'relation' END AS kind,
               pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS name,
               c.relacl AS acl, c.relowner AS owner
          FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname IN (SELECT nspname FROM s) AND c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')
        UNION ALL
        SELECT 'schema', pg_catalog.quote_ident(n.nspname), n.nspacl, n.nspowner
          FROM pg_catalog.pg_namespace n WHERE n.nspname IN (SELECT nspname FROM s)
        UNION ALL
        SELECT 'routine', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
                 || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
               p.proacl, p.proowner
          FROM pg_catalog.pg_proc p
          JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname IN (SELECT nspname FROM s) AND p.prokind IN ('f', 'p')
      )
      SELECT o.kind || ' ' || o.name,
             CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END,
             pg_catalog.string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN '*' ELSE '' END,
                                   ',' ORDER BY a.privilege_type)
        FROM obj o, LATERAL pg_catalog.aclexplode(o.acl) a
       WHERE a.grantee <> o.owner
         AND NOT (a.grantee = 0 AND o.kind = 'routine' AND a.privilege_type = 'EXECUTE')
         AND NOT (a.grantee = 0 AND o.kind = 'schema' AND o.name = 'public')
       GROUP BY 1, 2
      UNION ALL
      SELECT o.kind || ' ' || o.name, 'PUBLIC', 'EXECUTE revoked'
        FROM obj o
       WHERE o.kind = 'routine' AND o.acl IS NOT NULL
         AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(o.acl) a
                          WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
       ORDER BY 1, 2
      """;

  private static final String EXTENSIONS =
      """
      SELECT e.extname, n.nspname, e.extversion
        FROM pg_catalog.pg_extension e
        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
       WHERE n.nspname = ANY (?)
      """;

  private static final String FUNCTIONS =
      """
      SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid),
             pg_catalog.pg_get_functiondef(p.oid)
        FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
       WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY (?)
         AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                          WHERE e.classid = 'pg_catalog.pg_proc'::regclass
                            AND e.objid = p.oid AND e.deptype = 'e')
      """;

  private static final String ENUMS =
      """
      SELECT n.nspname, t.typname,
             (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', '
                                           ORDER BY e.enumsortorder)
                FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid),
             pg_catalog.obj_description(t.oid, 'pg_type')
        FROM pg_catalog.pg_type t
        JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
       WHERE t.typtype = 'e' AND n.nspname = ANY (?)
         AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                          WHERE e.classid = 'pg_catalog.pg_type'::regclass
                            AND e.objid = t.oid AND e.deptype = 'e')
      """;

  private static final String DOMAINS =
      """
      SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod),
             CASE WHEN t.typcollation <> b.typcollation THEN co.collname END,
             pg_catalog.pg_get_expr(t.typdefaultbin, 0, true), t.typnotnull,
             (SELECT pg_catalog.string_agg(k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid),
                                           E'\n' ORDER BY k.conname)
                FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'),
             pg_catalog.obj_description(t.oid, 'pg_type')
        FROM pg_catalog.pg_type t
        JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
        JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
        LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
       WHERE t.typtype = 'd' AND n.nspname = ANY (?)
         AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                          WHERE e.classid = 'pg_catalog.pg_type'::regclass
                            AND e.objid = t.oid AND e.deptype = 'e')
      """;

  private static final String COMPOSITES =
      """
      SELECT n.nspname, t.typname,
             (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' '
                                           || pg_catalog.format_type(a.atttypid, a.atttypmod),
                                           E'\n' ORDER BY a.attnum)
                FROM pg_catalog.pg_attribute a
               WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
             pg_catalog.obj_description(t.oid, 'pg_type')
        FROM pg_catalog.pg_type t
        JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
        JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
       WHERE t.typtype = 'c' AND n.nspname = ANY (?)
         AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                          WHERE e.classid = 'pg_catalog.pg_type'::regclass
                            AND e.objid = t.oid AND e.deptype = 'e')
      """;

  private interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Array schemas, RowHandler h)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, schemas);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          h.row(rs);
        }
      }
    }
  }

  private static String collect(Connection c, List<String> requested) throws SQLException {
    List<String> names = new ArrayList<>();
    if (requested == null) {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(SCHEMAS_DEFAULT)) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    } else {
      names.addAll(requested);
    }
    Array schemas = c.createArrayOf("text", names.toArray());

    // key = "<kind order> <qualified name>" so that output groups by kind, then sorts by name
    TreeMap<String, Node> nodes = new TreeMap<>();
    Map<String, Node> relations = new TreeMap<>(); // qualified name -> node

    query(
        c,
        SCHEMAS,
        schemas,
        rs -> {
          String name = ident(rs.getString(1));
          Node node = nodes.computeIfAbsent("0 schema " + name, k -> new Node("schema " + name));
          comment(node.head, rs.getString(2));
        });

    query(
        c,
        EXTENSIONS,
        schemas,
        rs ->
            nodes.put(
                "0 extension " + rs.getString(1),
                new Node(
                    "extension "
                        + ident(rs.getString(1))
                        + " in "
                        + ident(rs.getString(2))
                        + " version "
                        + rs.getString(3))));

    query(
        c,
        FUNCTIONS,
        schemas,
        rs -> {
          String name =
              ident(rs.getString(1)) + "." + ident(rs.getString(2)) + "(" + rs.getString(3) + ")";
          Node node = new Node("routine " + name);
          node.head.addAll(List.of(rs.getString(4).split("\n", -1)));
          nodes.put("1 routine " + name, node);
        });

    query(
        c,
        ENUMS,
        schemas,
        rs -> {
          String name = qualified(rs.getString(1), rs.getString(2));
          String labels = rs.getString(3);
          Node node =
              new Node("enum " + name + " (" + (labels == null ? "" : oneLine(labels)) + ")");
          comment(node.head, rs.getString(4));
          nodes.put("1 enum " + name, node);
        });

    query(
        c,
        DOMAINS,
        schemas,
        rs -> {
          String name = qualified(rs.getString(1), rs.getString(2));
          Node node = new Node("domain " + name + " as " + rs.getString(3));
          if (rs.getString(4) != null) {
            node.head.add("collate " + rs.getString(4));
          }
          if (rs.getString(5) != null) {
            node.head.add("default " + rs.getString(5));
          }
          if (rs.getBoolean(6)) {
            node.head.add("not null");
          }
          if (rs.getString(7) != null) {
            for (String check : rs.getString(7).split("\n")) {
              node.head.add("constraint " + check);
            }
          }
          comment(node.head, rs.getString(8));
          nodes.put("1 domain " + name, node);
        });

    query(
        c,
        COMPOSITES,
        schemas,
        rs -> {
          String name = qualified(rs.getString(1), rs.getString(2));
          Node node = new Node("composite type " + name);
          if (rs.getString(3) != null) {
            for (String field : rs.getString(3).split("\n")) {
              node.head.add("field " + field);
            }
          }
          comment(node.head, rs.getString(4));
          nodes.put("1 composite type " + name, node);
        });

    query(
        c,
        RELATIONS,
        schemas,
        rs -> {
          String name = qualified(rs.getString(1), rs.getString(2));
          String kind =
              switch (rs.getString(3)) {
                case "r", "p" -> "table";
                case "f" -> "foreign table";
                case "v" -> "view";
                case "m" -> "materialized view";
                default -> throw new IllegalStateException(rs.getString(3));
              };
          Node node = new Node(kind + " " + name);
          if ("u".equals(rs.getString(4))) {
            node.head.add("unlogged");
          }
          if (rs.getString(5) != null) {
            node.head.add("options " + rs.getString(5));
          }
          if (rs.getBoolean(6)) {
            node.head.add("row level security" + (rs.getBoolean(7) ? " forced" : ""));
          }
          if (rs.getString(8) != null) {
            node.head.add("partition by " + oneLine(rs.getString(8)));
          }
          String parents = rs.getString(10);
          if (rs.getString(9) != null) {
            node.head.add("partition of " + parents + " " + oneLine(rs.getString(9)));
          } else if (parents != null) {
            node.head.add("inherits " + parents);
          }
          if (rs.getString(11) != null) {
            node.head.add("as " + normalizeQuery(rs.getString(11)));
          }
          comment(node.head, rs.getString(12));
          nodes.put(KIND_ORDER.get(kind) + " " + kind + " " + name, node);
          relations.put(name, node);
        });

    query(
        c,
        COLUMNS,
        schemas,
        rs -> {
          Node rel = relations.get(qualified(rs.getString(1), rs.getString(2)));
          if (rel == null) {
            return; // extension member
          }
          String column = ident(rs.getString(3));
          StringBuilder b = new StringBuilder("column ").append(column);
          b.append(' ').append(rs.getString(4));
          if (rs.getString(9) != null) {
            b.append(" collate ").append(rs.getString(9));
          }
          if (rs.getBoolean(5)) {
            b.append(" not null");
          }
          String expr = rs.getString(8);
          String generated = rs.getString(7);
          if (generated != null && !generated.isEmpty()) {
            b.append(" generated always as (").append(oneLine(expr)).append(')');
            b.append("s".equals(generated) ? " stored" : " virtual");
          } else if (expr != null) {
            b.append(" default ").append(oneLine(expr));
          }
          String identity = rs.getString(6);
          if ("a".equals(identity)) {
            b.append(" generated always as identity");
          } else if ("d".equals(identity)) {
            b.append(" generated by default as identity");
          }
          List<String> entry = rel.member("1 " + column);
          entry.add(0, b.toString());
          detailComment(entry, rs.getString(10));
        });

    query(
        c,
        SEQUENCES,
        schemas,
        rs -> {
          String name = qualified(rs.getString(1), rs.getString(2));
          String options =
              "as "
                  + rs.getString(3)
                  + " start "
                  + rs.getLong(4)
                  + " increment "
                  + rs.getLong(5)
                  + " min "
                  + rs.getLong(6)
                  + " max "
                  + rs.getLong(7)
                  + " cache "
                  + rs.getLong(8)
                  + (rs.getBoolean(9) ? " cycle" : " no cycle")
                  + ("u".equals(rs.getString(10)) ? " unlogged" : "");
          String deptype = rs.getString(14);
          Node owner =
              deptype == null ? null : relations.get(qualified(rs.getString(11), rs.getString(12)));
          if (owner == null) {
            Node node = new Node("sequence " + name + " " + options);
            comment(node.head, rs.getString(15));
            nodes.put("2 sequence " + name, node);
            return;
          }
          // member lists of a column: [0] = the column line (or added later), then details
          List<String> entry = owner.member("1 " + ident(rs.getString(13)));
          if ("i".equals(deptype)) {
            // the identity sequence's name is an implementation detail: only its options count
            entry.add("  identity " + options);
          } else {
            String comment = rs.getString(15);
            entry.add(
                "  owns sequence "
                    + name
                    + " "
                    + options
                    + (comment == null ? "" : " comment " + literal(comment)));
          }
        });

    query(
        c,
        CONSTRAINTS,
        schemas,
        rs -> {
          Node rel = relations.get(qualified(rs.getString(1), rs.getString(2)));
          if (rel == null) {
            return;
          }
          String name = ident(rs.getString(3));
          String line =
              "constraint "
                  + name
                  + " "
                  + oneLine(rs.getString(5))
                  + (rs.getBoolean(6)
                      ? " [deferrable" + (rs.getBoolean(7) ? " deferred]" : "]")
                      : "")
                  + (rs.getBoolean(8) ? "" : " [not valid]");
          List<String> entry = rel.member("2 " + name);
          entry.add(line);
          detailComment(entry, rs.getString(9));
        });

    query(
        c,
        INDEXES,
        schemas,
        rs -> {
          Node rel = relations.get(qualified(rs.getString(1), rs.getString(2)));
          if (rel == null) {
            return;
          }
          String name = ident(rs.getString(3));
          List<String> entry = rel.member("3 " + name);
          entry.add(
              "index "
                  + name
                  + " "
                  + oneLine(rs.getString(4))
                  + (rs.getBoolean(5) ? "" : " [invalid]"));
          detailComment(entry, rs.getString(6));
        });

    query(
        c,
        POLICIES,
        schemas,
        rs -> {
          Node rel = relations.get(qualified(rs.getString(1), rs.getString(2)));
          if (rel == null) {
            return;
          }
          String name = ident(rs.getString(3));
          rel.member("4 " + name)
              .add(
                  "policy "
                      + name
                      + (rs.getBoolean(4) ? " permissive" : " restrictive")
                      + " for "
                      + rs.getString(5)
                      + " to "
                      + rs.getString(6)
                      + (rs.getString(7) == null ? "" : " using " + oneLine(rs.getString(7)))
                      + (rs.getString(8) == null ? "" : " with check " + oneLine(rs.getString(8))));
        });

    query(
        c,
        TRIGGERS,
        schemas,
        rs -> {
          Node rel = relations.get(qualified(rs.getString(1), rs.getString(2)));
          if (rel == null) {
            return;
          }
          String name = ident(rs.getString(3));
          String definition = oneLine(rs.getString(4));
          if (!rs.getString(6).isEmpty()) {
            // the columns of UPDATE OF are a set: the server keeps them as written, and a rename
            // keeps a place the name would not sort to (followed by ON, or by OR TRUNCATE)
            definition =
                definition.replace(
                    "UPDATE OF " + rs.getString(6) + " ", "UPDATE OF " + rs.getString(7) + " ");
          }
          rel.member("5 " + name)
              .add("trigger " + name + " [" + rs.getString(5) + "] " + definition);
        });

    query(
        c,
        GRANTS,
        schemas,
        rs -> {
          String object = rs.getString(1);
          nodes
              .computeIfAbsent("9 grants on " + object, k -> new Node("grants on " + object))
              .head
              .add("  to " + rs.getString(2) + ": " + rs.getString(3));
        });

    StringBuilder out = new StringBuilder();
    for (Node node : nodes.values()) {
      out.append(node.header).append('\n');
      for (String h : node.head) {
        out.append("  ").append(h).append('\n');
      }
      for (List<String> entry : node.members.values()) {
        sortDetails(entry);
        for (String line : entry) {
          out.append("  ").append(line).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Keeps the first line (the member itself) and sorts the detail lines under it. */
  private static void sortDetails(List<String> entry) {
    if (entry.size() > 2) {
      TreeSet<String> rest = new TreeSet<>(entry.subList(1, entry.size()));
      String first = entry.get(0);
      entry.clear();
      entry.add(first);
      entry.addAll(rest);
    }
  }

  private static void comment(List<String> target, String comment) {
    if (comment != null) {
      target.add("comment " + literal(comment));
    }
  }

  private static void detailComment(List<String> entry, String comment) {
    if (comment != null) {
      entry.add("  comment " + literal(comment));
    }
  }

  private static String qualified(String schema, String name) {
    return ident(schema) + "." + ident(name);
  }

  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

  /** Quotes an identifier the way PostgreSQL's quote_ident would (keywords aside). */
  static String ident(String s) {
    if (PLAIN.matcher(s).matches()) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String literal(String s) {
    return "'" + oneLine(s.replace("'", "''")) + "'";
  }

  /** Escapes line breaks so that every entry stays on one line. */
  private static String oneLine(String s) {
    return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  /** A view query with all runs of white space collapsed to one space, no trailing semicolon. */
  static String normalizeQuery(String q) {
    String s = q.strip().replaceAll("\\s+", " ");
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s;
  }
}
