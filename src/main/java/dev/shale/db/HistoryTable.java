package dev.shale.db;

import dev.shale.sql.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The table that records which migrations ran (design.md): {@code name} (the file stem, primary
 * key), {@code checksum}, {@code applied_at}, {@code execution_ms}, {@code applied_by}, {@code
 * success}.
 *
 * @param schema its schema
 * @param table its name
 */
public record HistoryTable(String schema, String table) {
  public static final String DEFAULT = "shale.migrations";

  /** {@code schema.table}, or a bare {@code table} in {@code public}. */
  public static HistoryTable parse(String qualified) {
    String text = qualified == null ? DEFAULT : qualified.strip();
    String[] parts = text.split("\\.", -1);
    if (parts.length > 2 || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException(
          "history table '" + qualified + "': write schema.table, e.g. " + DEFAULT);
    }
    return parts.length == 1
        ? new HistoryTable("public", parts[0])
        : new HistoryTable(parts[0], parts[1]);
  }

  /** The quoted, always schema-qualified name for SQL. */
  public String sqlName() {
    return Identifiers.quote(schema) + "." + Identifiers.quote(table);
  }

  public boolean exists(Connection c) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT 1 FROM pg_catalog.pg_class r JOIN pg_catalog.pg_namespace n ON n.oid ="
                + " r.relnamespace WHERE n.nspname = ? AND r.relname = ?")) {
      st.setString(1, schema);
      st.setString(2, table);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Creates the schema and the table unless they exist. */
  public void create(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + sqlName()
              + " (name text PRIMARY KEY, checksum text NOT NULL,"
              + " applied_at timestamptz NOT NULL DEFAULT now(),"
              + " execution_ms bigint NOT NULL, applied_by text NOT NULL DEFAULT current_user,"
              + " success boolean NOT NULL)");
    }
  }

  /** Every row, by name; empty when the table does not exist yet. */
  public List<AppliedMigration> read(Connection c) throws SQLException {
    if (!exists(c)) {
      return List.of();
    }
    List<AppliedMigration> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT name, checksum, applied_at, execution_ms, applied_by, success FROM "
                    + sqlName()
                    + " ORDER BY name")) {
      while (rs.next()) {
        rows.add(
            new AppliedMigration(
                rs.getString(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getLong(4),
                rs.getString(5),
                rs.getBoolean(6)));
      }
    } catch (SQLException e) {
      if ("42703".equals(e.getSQLState()) || "42883".equals(e.getSQLState())) {
        throw new DatabaseException(
            "the history table "
                + this
                + " exists but does not have Shale's columns (name, checksum, applied_at,"
                + " execution_ms, applied_by, success): is it another tool's table? Set `history`"
                + " in shale.toml to another name",
            e);
      }
      throw e;
    }
    return rows;
  }

  /** Records {@code name} as applied (or failed) with the given checksum and duration. */
  public void record(Connection c, String name, String checksum, long executionMs, boolean success)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO "
                + sqlName()
                + " (name, checksum, execution_ms, success) VALUES (?, ?, ?, ?)")) {
      st.setString(1, name);
      st.setString(2, checksum);
      st.setLong(3, executionMs);
      st.setBoolean(4, success);
      st.executeUpdate();
    }
  }

  /** Marks {@code name}, recorded earlier as not (yet) successful, as finished. */
  public void complete(Connection c, String name, long executionMs, boolean success)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE "
                + sqlName()
                + " SET success = ?, execution_ms = ?, applied_at = now() WHERE name = ?")) {
      st.setBoolean(1, success);
      st.setLong(2, executionMs);
      st.setString(3, name);
      st.executeUpdate();
    }
  }

  /** Forgets {@code name} (a failed migration about to be retried). */
  public void delete(Connection c, String name) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("DELETE FROM " + sqlName() + " WHERE name = ?")) {
      st.setString(1, name);
      st.executeUpdate();
    }
  }

  @Override
  public String toString() {
    return schema + "." + table;
  }
}
