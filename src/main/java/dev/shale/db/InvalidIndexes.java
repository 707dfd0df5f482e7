package dev.shale.db;

import dev.shale.sql.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/** Indexes PostgreSQL marks invalid: what a failed {@code CREATE INDEX CONCURRENTLY} leaves. */
final class InvalidIndexes {
  private InvalidIndexes() {}

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
