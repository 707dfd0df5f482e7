package dev.shale.db;

import dev.shale.sql.Identifiers;
import dev.shale.sql.ScriptStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indexes PostgreSQL marks invalid: what a failed {@code CREATE INDEX CONCURRENTLY} leaves. */
final class InvalidIndexes {
  private InvalidIndexes() {}

  private static final String NAME = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";

  /** A table or index name as a statement writes it: quoted or not, with its schema or not. */
  static final String QUALIFIED = NAME + "(?:\\s*\\.\\s*" + NAME + ")?";

  /** The index (group 1) and its table (group 2) of a re-runnable concurrent build. */
  private static final Pattern BUILD_IF_NOT_EXISTS =
      Pattern.compile(
          "^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+IF\\s+NOT\\s+EXISTS\\s+("
              + QUALIFIED
              + ")\\s+ON\\s+(?:ONLY\\s+)?("
              + QUALIFIED
              + ")",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the named index exists invalid, with its schema-qualified name: an unqualified index
   * name lives in the schema of its table, whatever the search_path.
   */
  private static final String INVALID =
      "SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)"
          + " FROM pg_catalog.pg_index i"
          + " JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE NOT i.indisvalid AND i.indrelid = pg_catalog.to_regclass(?)"
          + " AND (c.oid = pg_catalog.to_regclass(?) OR c.relname = ?)";

  /**
   * Drops the invalid indexes that a failed earlier run of these statements left: an index that
   * {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} would build but that exists invalid. Without
   * this, the statement would skip it ("already exists") and leave the index unusable. Each drop is
   * {@code DROP INDEX CONCURRENTLY}, so it takes no lock that blocks the table.
   *
   * @return the indexes dropped, as the statements name them
   */
  static List<String> dropLeftovers(Connection connection, List<ScriptStatement> statements)
      throws SQLException {
    List<String> dropped = new ArrayList<>();
    for (ScriptStatement statement : statements) {
      Matcher m = BUILD_IF_NOT_EXISTS.matcher(statement.sql());
      if (!m.find()) {
        continue;
      }
      String name = m.group(1);
      String leftover = null;
      try (PreparedStatement check = connection.prepareStatement(INVALID)) {
        check.setString(1, m.group(2));
        check.setString(2, name);
        check.setString(3, name.contains(".") ? "" : Identifiers.unquote(name));
        try (ResultSet rs = check.executeQuery()) {
          if (rs.next()) {
            leftover = rs.getString(1);
          }
        }
      }
      if (leftover == null) {
        continue;
      }
      try (Statement drop = connection.createStatement()) {
        drop.execute("DROP INDEX CONCURRENTLY IF EXISTS " + leftover);
      }
      dropped.add(name);
    }
    return dropped;
  }

  /** Every invalid index of the database, schema-qualified and quoted as needed. */
  static Set<String> list(Connection connection) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT n.nspname, c.relname FROM pg_catalog.pg_index i"
                    + " JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE NOT i.indisvalid ORDER BY 1, 2")) {
      while (rs.next()) {
        names.add(Identifiers.quote(rs.getString(1)) + "." + Identifiers.quote(rs.getString(2)));
      }
    }
    return names;
  }
}
