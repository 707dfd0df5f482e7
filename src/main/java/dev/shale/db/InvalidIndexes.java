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

  private static final Pattern BUILD_IF_NOT_EXISTS =
      Pattern.compile(
          "^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+IF\\s+NOT\\s+EXISTS\\s+"
              + "((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)"
              + "(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*))?)\\s+ON\\s",
          Pattern.CASE_INSENSITIVE);

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
      try (PreparedStatement check =
          connection.prepareStatement(
              "SELECT NOT i.indisvalid FROM pg_catalog.pg_index i"
                  + " WHERE i.indexrelid = pg_catalog.to_regclass(?)")) {
        check.setString(1, name);
        try (ResultSet rs = check.executeQuery()) {
          if (!rs.next() || !rs.getBoolean(1)) {
            continue;
          }
        }
      }
      try (Statement drop = connection.createStatement()) {
        drop.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name);
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
