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
 * The table that records which migrations ran (docs/architecture.md): {@code name} (the file stem,
 * primary key), {@code checksum}, {@code applied_at}, {@code execution_ms}, {@code applied_by},
 * {@code success}.
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
    // plain identifiers only: a typo or a trailing comment would otherwise name a new table,
    // whose empty history makes every migration look pending
    if (parts.length > 2
        || java.util.Arrays.stream(parts)
            .anyMatch(p -> !p.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}"))) {
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

  /**
   * Creates the schema and the table unless the table exists. Checking first matters: {@code CREATE
   * … IF NOT EXISTS} still needs the CREATE privilege, which a deploy user often lacks.
   */
  public void ensure(Connection c) throws SQLException {
    if (exists(c)) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + sqlName()
              + " (name text PRIMARY KEY, checksum text NOT NULL,"
              + " applied_at timestamptz NOT NULL DEFAULT now(),"
              + " execution_ms bigint NOT NULL, applied_by text NOT NULL DEFAULT current_user,"
              + " success boolean NOT NULL)");
    } catch (SQLException e) {
      String why =
          "25006".equals(e.getSQLState())
              ? "the server is read-only (a replica, or default_transaction_read_only): point"
                  + " --url at the primary"
              : "42501".equals(e.getSQLState())
                  ? "this user may not create it; have an owner create it once, or grant CREATE"
                      + " on the database/schema, or set `history` to a schema this user owns"
                  : "see the server's message";
      throw new DatabaseException(
          "cannot create the history table " + this + ": " + e.getMessage() + " (" + why + ")", e);
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
      if ("42501".equals(e.getSQLState())) {
        throw new DatabaseException(
            "cannot read the history table "
                + this
                + ": "
                + e.getMessage()
                + " (grant this user USAGE on schema "
                + schema
                + " and SELECT, INSERT, UPDATE on the table)",
            e);
      }
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

  /**
   * Records {@code name} as applied (or, with {@code success} false, as failed or in progress),
   * only while {@code lock} is held; {@code replace} overwrites an earlier (failed) row.
   *
   * @throws DatabaseException when the lock was lost: another run may be migrating
   */
  void record(
      Connection c,
      String name,
      String checksum,
      long executionMs,
      boolean success,
      boolean replace,
      AdvisoryLock lock)
      throws SQLException {
    String sql =
        replace
            ? "UPDATE "
                + sqlName()
                + " SET checksum = ?, execution_ms = ?, success = ?, applied_at = now(),"
                + " applied_by = current_user WHERE name = ? AND "
                + lock.heldCondition()
            : "INSERT INTO "
                + sqlName()
                + " (checksum, execution_ms, success, name) SELECT ?, ?, ?, ? WHERE "
                + lock.heldCondition();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, checksum);
      st.setLong(2, executionMs);
      st.setBoolean(3, success);
      st.setString(4, name);
      if (st.executeUpdate() != 1) {
        throw new DatabaseException(
            "the migration lock was lost (its session was terminated?) before "
                + name
                + " could be recorded in "
                + this
                + ": another migrate may be running. Run `shale status`, then migrate again");
      }
    }
  }

  @Override
  public String toString() {
    return schema + "." + table;
  }
}
